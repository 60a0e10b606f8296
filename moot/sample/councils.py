"""Synthetic council records for demos, tests and benchmarks.

``generate(items, seed, today)`` builds whole councils: committees, members,
years of meetings and their items with reports, recommendations, minutes,
questions, resolutions, commitments (some fulfilled, some overdue), exempt
items and documents with text. The same seed and ``today`` give the same
records. Rows are written with ``bulk_create`` a few hundred meetings at a time,
so 100,000 items take minutes and bounded memory.

Why not through the loader (``moot.records.load``), as every real record goes:
``bench/sample_load.py --items 200`` measured 63.7 items/s here and 0.3 items/s
for the same number of seed-like items through ``store`` (216 times slower). A
profile of 24 items puts three quarters of the loader's time in the tracker's
work on each stored item (proposing fulfilments among similar items); the
rest, about 5 items/s (content rows, change announcements and commitments
written item by item), is still over ten times slower than the bulk path.
100,000 items would take days.
Nor could plain records say what the sample needs: commitments already
fulfilled or withdrawn, attendance drawn from members.
"""

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify

from moot.records.dates import municipal_year
from moot.records.models import (
    Action,
    AgendaItem,
    Attendance,
    Body,
    Committee,
    Declaration,
    Document,
    Meeting,
    Membership,
    MinutesBlock,
    Person,
    Question,
    QuestionResponse,
    Recommendation,
    Report,
    Resolution,
    Vote,
)
from moot.records.pdf import text_pdf
from moot.records.slugs import item_slug
from moot.tracker.models import Commitment, InformationRequest

from . import words
from .sittings import Sittings

ITEMS_PER_BODY = 25_000
CHUNK = 200  # meetings written per round of bulk_create
PDF_FILES = 60  # documents per body that get a real PDF file on disk
RECOMMENDATIONS = [
    "That the {topic} be approved.",
    "That progress on the {topic} be noted.",
    "That a further report be presented in 12 months.",
]
COLOURS = ["#1d70b8", "#005a30", "#4c2c92", "#912b88", "#21847c", "#8a6830"]


def generate(items: int, seed: int, today: date | None = None) -> list[str]:
    """Create sample councils holding ``items`` agenda items; return a summary.

    A council already there (same seed) is left alone, so running it again
    is safe.
    """
    today = today or date.today()
    bodies = max(1, math.ceil(items / ITEMS_PER_BODY))
    lines = []
    for index in range(bodies):
        share = items // bodies + (1 if index < items % bodies else 0)
        place = words.PLACES[(seed + index) % len(words.PLACES)]
        suffix = (
            f" {index // len(words.PLACES) + 1}" if bodies > len(words.PLACES) else ""
        )
        name = f"{place}{suffix} Borough Council"
        if Body.objects.filter(name=name).exists():
            lines.append(f"{name}: already there, left alone.")
            continue
        rng = random.Random(f"{seed}:{index}")
        with transaction.atomic():
            count = Council(rng, name, today).build(share)
        lines.append(f"{name}: {count} items.")
    return lines


def _year_before(day: date) -> str:
    return municipal_year(day - timedelta(365))


def _provenance() -> dict:
    return {"source": "moot sample", "importer": "sample", "imported": timezone.now()}


@dataclass
class Batch:
    """Rows for a chunk of meetings, written model by model."""

    rows: dict[type[models.Model], list[models.Model]] = field(default_factory=dict)

    def add(self, row: models.Model) -> None:
        self.rows.setdefault(type(row), []).append(row)

    done: dict[type[models.Model], list[models.Model]] = field(default_factory=dict)

    def write(self, *kinds: type[models.Model]) -> None:
        for model in kinds:
            self.done[model] = model._default_manager.bulk_create(
                self.rows.pop(model, []), batch_size=1000
            )

    def written(self, model: type[models.Model]) -> list[Any]:
        """The rows of ``model`` written last, with their keys."""
        return self.done.get(model, [])


class Council:
    def __init__(self, rng: random.Random, name: str, today: date) -> None:
        self.rng, self.name, self.today = rng, name, today
        self.place = name.split()[0]
        self.p = _provenance()
        self.minute = 0
        self.pdfs = 0
        self._questions: list[Question] = []
        self._pending: list[tuple[Resolution, Commitment]] = []
        self.sittings = Sittings(name, self.place, self.p)

    def build(self, items: int) -> int:
        self.body = Body.objects.create(
            name=self.name,
            slug=slugify(self.name),
            short_name=self.place,
            colour=self.rng.choice(COLOURS),
            is_sample=True,
            **self.p,
        )
        self.committees = self._committees()
        self.members = self._people()
        meetings = self._meeting_plan(items)
        made = 0
        for start in range(0, len(meetings), CHUNK):
            made += self._write_meetings(meetings[start : start + CHUNK], items - made)
        return made

    def _committees(self) -> list[Committee]:
        rows = [
            Committee(
                body=self.body,
                name=name,
                slug=f"{self.body.slug}-{slugify(name)}",
                purpose=purpose,
                **self.p,
            )
            for name, purpose in words.COMMITTEES
        ]
        return Committee.objects.bulk_create(rows)

    def _people(self) -> dict[int, list[Person]]:
        rng, people = self.rng, []
        for i in range(60):
            name = f"Councillor {rng.choice(words.FIRST)} {rng.choice(words.LAST)}"
            people.append(
                Person(
                    name=name,
                    slug=f"{self.body.slug}-{slugify(name)}-{i + 1}",
                    body=self.body,
                    party=rng.choice(words.PARTIES),
                    ward=rng.choice(words.WARDS),
                    **self.p,
                )
            )
        people = Person.objects.bulk_create(people)
        members, seats = {}, []
        for committee in self.committees:
            chosen = rng.sample(people, 9)
            members[committee.pk] = chosen
            for n, person in enumerate(chosen):
                role = ["chair", "deputy-chair"][n] if n < 2 else "member"
                start = date(
                    self.today.year - 1 if self.today.month < 5 else self.today.year,
                    5,
                    20,
                )
                seats.append(
                    Membership(
                        person=person,
                        committee=committee,
                        role=role,
                        start=start,
                        **self.p,
                    )
                )
        Membership.objects.bulk_create(seats)
        return members

    def _meeting_plan(self, items: int) -> list[Meeting]:
        per_committee = math.ceil(items / 6 / len(self.committees))
        plan = []
        for committee in self.committees:
            day = self.today + timedelta(self.rng.randint(3, 60))
            for _ in range(per_committee):
                held = day < self.today
                plan.append(
                    Meeting(
                        committee=committee,
                        date=day,
                        start_time=f"{self.rng.choice([10, 14, 18])}:00",
                        venue=f"Room {self.rng.randint(1, 4)}, {self.place} City Hall",
                        status="held" if held else "scheduled",
                        minutes_status="approved" if held else "none",
                        webcast_url=self.sittings.webcast(committee.slug, day, held),
                        **self.p,
                    )
                )
                day -= timedelta(self.rng.randint(21, 42))
        # Newest first, so upcoming and recent meetings get agendas; surplus
        # meetings at the far end of the record stay without items.
        plan.sort(key=lambda m: m.date, reverse=True)
        return plan

    def _write_meetings(self, meetings: list[Meeting], left: int) -> int:
        meetings = Meeting.objects.bulk_create(meetings)
        batch, made = Batch(), 0
        plans = []
        for meeting in meetings:
            if made >= left:
                break
            count = min(self.rng.randint(5, 9), left - made)
            for position in range(1, count + 1):
                item = self._item(meeting, position)
                batch.add(item)
                plans.append(item)
            made += count
            if meeting.status == "held":
                self._attendance(batch, meeting)
        batch.write(AgendaItem, Attendance)
        self._sittings(batch, meetings, plans)
        for item in plans:
            self._content(batch, item)
        batch.write(Report, Recommendation, MinutesBlock, Question, Resolution, Action)
        self._votes(batch)
        for question in self._questions:
            for n, text in enumerate(question._answers, 1):  # type: ignore[attr-defined]
                batch.add(
                    QuestionResponse(
                        question=question,
                        position=n,
                        text=text,
                        by=question._by,  # type: ignore[attr-defined]
                        **self.p,
                    )
                )
        for resolution, commitment in self._pending:
            commitment.resolution = resolution
            batch.add(commitment)
        batch.write(
            QuestionResponse,
            Commitment,
            InformationRequest,
            Document,
            Declaration,
            Vote,
        )
        self._questions, self._pending = [], []
        return made

    def _sittings(
        self, batch: Batch, meetings: list[Meeting], items: list[AgendaItem]
    ) -> None:
        """Each meeting's own papers and the interests declared at it."""
        for meeting in meetings:
            members = self.members[meeting.committee_id]
            own = [i for i in items if i.meeting is meeting]
            for paper in self.sittings.papers(meeting):
                batch.add(paper)
            for declaration in self.sittings.declarations(meeting, own, members):
                batch.add(declaration)

    def _votes(self, batch: Batch) -> None:
        """Votes by name on the resolutions just written."""
        for resolution in batch.written(Resolution):
            members = self.members[resolution.agenda_item.meeting.committee_id]
            for vote in self.sittings.votes(resolution, members):
                batch.add(vote)

    def _item(self, meeting: Meeting, position: int) -> AgendaItem:
        self.minute += 1
        rng = self.rng
        if position <= 2:
            title = words.PROCEDURAL[position - 1]
        else:
            title = rng.choice(words.TOPICS)
        exempt = position > 2 and rng.random() < 0.03
        paragraph = rng.choice(list(words.EXEMPT)) if exempt else None
        refs = (
            [f"Minute {rng.randint(1, 120)} ({_year_before(meeting.date)})"]
            if position > 2 and rng.random() < 0.2
            else []
        )
        return AgendaItem(
            meeting=meeting,
            position=position,
            number=f"{self.minute}.",
            title=title,
            slug=item_slug(title),
            webcast_start=self.sittings.start(meeting, position),
            is_exempt=exempt,
            exempt_paragraph=paragraph,
            exempt_reason=words.EXEMPT[paragraph] if exempt and paragraph else "",
            previous_references=refs,
            **self.p,
        )

    def _attendance(self, batch: Batch, meeting: Meeting) -> None:
        for n, person in enumerate(self.members[meeting.committee_id]):
            kind = "apologies" if self.rng.random() < 0.12 else "present"
            batch.add(
                Attendance(
                    meeting=meeting,
                    person=person,
                    name=person.name,
                    kind=kind,
                    position=n,
                    **self.p,
                )
            )

    def _fill(self, template: str, topic: str, author: str) -> str:
        return template.format(
            topic=topic,
            topic_lower=topic.lower(),
            author=author,
            place=self.rng.choice(words.WARDS),
            partner=self.rng.choice(words.PARTNERS),
            n=self.rng.randint(3, 40),
        )

    def _content(self, batch: Batch, item: AgendaItem) -> None:
        rng, p = self.rng, self.p
        if item.position <= 2:
            batch.add(
                MinutesBlock(
                    agenda_item=item,
                    position=1,
                    text="No disclosures of interest were received."
                    if item.position == 1
                    else "The minutes of the previous meeting were approved.",
                    **p,
                )
            )
            return
        topic, author = item.title, rng.choice(words.AUTHORS)
        letter = chr(ord("A") + rng.randint(0, 20))
        contact = f"{rng.choice(words.FIRST)} {rng.choice(words.LAST)}"
        report = Report(
            agenda_item=item,
            position=1,
            letter=letter,
            title=f"Document “{letter}”",
            summary=f"The report of the {author} (Document “{letter}”) sets out "
            f"the {topic} "
            f"and progress made since it was last considered.",
            author=author,
            contact_name=contact,
            contact_phone=f"01632 {rng.randint(100000, 999999)}",
            **p,
        )
        batch.add(report)
        for n in range(1, rng.randint(1, 4) + 1):
            batch.add(
                Recommendation(
                    agenda_item=item,
                    position=n,
                    number=str(n),
                    text=self._fill(rng.choice(RECOMMENDATIONS), topic, author),
                    **p,
                )
            )
        held = item.meeting.status == "held"
        if rng.random() < 0.3:
            self._document(batch, item, report, topic)
        if not held:
            return
        for n in range(1, rng.randint(2, 5) + 1):
            if n == 3:
                bullets = [
                    self._fill(rng.choice(words.SENTENCES), topic, author)
                    for _ in range(rng.randint(2, 4))
                ]
                batch.add(
                    MinutesBlock(
                        agenda_item=item, position=n, kind="list", items=bullets, **p
                    )
                )
            else:
                batch.add(
                    MinutesBlock(
                        agenda_item=item,
                        position=n,
                        text=self._fill(rng.choice(words.SENTENCES), topic, author),
                        **p,
                    )
                )
        if rng.random() < 0.5:
            question = Question(
                agenda_item=item,
                position=1,
                asked_by="Members",
                points=[
                    self._fill(rng.choice(words.QUESTIONS), topic, author)
                    for _ in range(rng.randint(1, 3))
                ],
                **p,
            )
            question._answers = [  # type: ignore[attr-defined]  # kept for the answers
                self._fill(rng.choice(words.ANSWERS), topic, author)
                for _ in range(rng.randint(1, 2))
            ]
            question._by = author  # type: ignore[attr-defined]
            batch.add(question)
            self._questions.append(question)
        if rng.random() < 0.1:
            outcome = rng.choice(["provided", "refused", "pending"])
            batch.add(
                InformationRequest(
                    agenda_item=item,
                    position=1,
                    text=f"Members asked for figures on the {topic.lower()} by ward.",
                    requested_of=author,
                    outcome=outcome,
                    reason="The data is not held in that form."
                    if outcome == "refused"
                    else "",
                    **p,
                )
            )
        batch.add(Action(agenda_item=item, position=1, owner=author, **p))
        for n in range(1, rng.randint(1, 3) + 1):
            resolution = Resolution(
                agenda_item=item,
                position=n,
                number=str(n),
                text=self._fill(
                    rng.choice(
                        [
                            "That the {topic} be approved.",
                            "That the report be noted.",
                            "That a further report on the {topic} be presented.",
                        ]
                    ),
                    topic,
                    author,
                ),
                vote=rng.choice(["", "", "unanimously", "carried 7-2"]),
                **p,
            )
            batch.add(resolution)
            if rng.random() < 0.45:
                self._pending.append(
                    (resolution, self._commitment(item, n, topic, author))
                )

    def _commitment(
        self, item: AgendaItem, n: int, topic: str, author: str
    ) -> Commitment:
        phrase, days = self.rng.choice(words.DUE)
        due = item.meeting.date + timedelta(days)
        status = "open"
        if due < self.today:
            roll = self.rng.random()
            status = (
                "fulfilled" if roll < 0.6 else "withdrawn" if roll < 0.7 else "open"
            )
        return Commitment(
            agenda_item=item,
            position=n,
            kind="resolution",
            text=f"A further report on the {topic} to the "
            f"{item.meeting.committee.name} {phrase}.",
            owner=author,
            recipient=f"the {item.meeting.committee.name}",
            due_phrase=phrase,
            due_date=due,
            status=status,
            **self.p,
        )

    def _document(
        self, batch: Batch, item: AgendaItem, report: Report, topic: str
    ) -> None:
        rng = self.rng
        paragraphs = [
            self._fill(rng.choice(words.SENTENCES), topic, report.author)
            for _ in range(rng.randint(3, 8))
        ]
        if rng.random() < 0.2:
            paragraphs.append(
                f"The {rng.choice(words.RARE)} survey informed this appendix."
            )
        text = "\n\n".join([topic, *paragraphs])
        document = Document(
            agenda_item=item,
            report=report,
            position=1,
            title=f"{topic}: report",
            kind="pdf",
            text=text,
            is_exempt=item.is_exempt,
            accessibility_note="Text extracted for this page.",
            **self.p,
        )
        if self.pdfs < PDF_FILES:
            self.pdfs += 1
            data = text_pdf(text)
            name = f"documents/sample-{self.body.slug}-{self.pdfs}.pdf"
            path = Path(settings.MEDIA_ROOT) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            document.file.name, document.size = name, len(data)
        batch.add(document)
