"""What happened, as facts a subscriber can be told once each.

A fact's key names the state it reports (a commitment's status and due date,
a decision's wording, an agenda's list of items), so the same state announced
twice is one fact, and a new state is a new one. Facts are read only through
the public querysets: an exempt item yields nothing, not even its title.
"""

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from moot.records.models import AgendaItem, Meeting, Resolution
from moot.tracker.models import Commitment, InformationRequest

from .models import Subscription

Kind = Subscription.Kind
Concern = tuple[str, int]


@dataclass(frozen=True)
class Fact:
    key: str
    subject: str
    text: str
    url: str
    concerns: frozenset[Concern] = field(default_factory=frozenset)


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _on(day: date | None) -> str:
    return f"{day:%-d %B %Y}" if day else "no date"


def _item_concerns(item: AgendaItem) -> set[Concern]:
    out: set[Concern] = {
        (Kind.ITEM, item.pk),
        (Kind.COMMITTEE, item.meeting.committee_id),
    }
    if item.issue_id:
        out.add((Kind.ISSUE, item.issue_id))
    return out


def item_facts(item_ids: Iterable[int]) -> Iterator[Fact]:
    """Decisions, commitments and answers on these items (public ones only)."""
    items = AgendaItem.objects.public().open().filter(pk__in=list(item_ids))
    for item in items.select_related("meeting__committee"):
        at = f"{item.meeting.committee.name}, {_on(item.meeting.date)}"
        concerns = _item_concerns(item)
        for res in Resolution.objects.public().filter(agenda_item=item):
            yield Fact(
                f"decision:{res.pk}:{_digest(res.text, res.vote)}",
                f"Decision: {item.title}"[:300],
                f"{at}: the meeting decided: {res.text}"
                + (f" ({res.vote})" if res.vote else ""),
                item.get_absolute_url(),
                frozenset(concerns),
            )
        for c in Commitment.objects.public().filter(agenda_item=item):
            yield commitment_fact(c, item, concerns)
        answered = InformationRequest.objects.public().filter(agenda_item=item)
        for req in answered.exclude(outcome=InformationRequest.Outcome.PENDING):
            reply = req.answer if req.outcome == req.Outcome.PROVIDED else req.reason
            yield Fact(
                f"request:{req.pk}:{req.outcome}:{_digest(reply)}",
                f"Information request {req.get_outcome_display().lower()}: "
                f"{item.title}"[:300],
                f"Asked at {at}: {req.text}\n"
                f"{req.get_outcome_display()} on {_on(req.answered)}: {reply}",
                item.get_absolute_url(),
                frozenset(concerns),
            )


def commitment_fact(
    c: Commitment, item: AgendaItem, concerns: set[Concern], overdue: bool = False
) -> Fact:
    """A commitment's state: made, fulfilled, withdrawn ... or past its date."""
    meeting = item.meeting
    state = "overdue" if overdue else c.status
    now = c.get_status_display()
    if overdue:
        now = "open past its due date" + (
            ""
            if c.is_overdue()
            else "; this site holds no minutes of the council since, so it "
            "cannot say whether it was done"
        )
    due = f"Due: {_on(c.due_date)}" + (f" ({c.due_phrase})" if c.due_phrase else "")
    lines = [
        f"The promise: {c.text}",
        f"Made at {meeting.committee.name}, {_on(meeting.date)}.",
        due + ".",
        f"Now: {now}.",
    ]
    if c.fulfilled_on:
        lines.append(f"Fulfilled on {_on(c.fulfilled_on)}.")
    headline = {
        "overdue": "Past its due date",
        Commitment.Status.FULFILLED: "Fulfilled",
    }.get(state, f"Commitment {c.get_status_display().lower()}")
    people = {(Kind.PERSON, c.owner_person_id)} if c.owner_person_id else set()
    return Fact(
        f"commitment:{c.pk}:{state}:{c.due_date}",
        f"{headline}: {c.text}"[:300],
        "\n".join(lines),
        c.get_absolute_url(),
        frozenset(concerns | people | {(Kind.COMMITMENT, c.pk)}),
    )


def match_fact(item: AgendaItem, search: int) -> Fact:
    """A public item newly found by the search subscription ``search``."""
    meeting = item.meeting
    return Fact(
        f"match:{item.pk}",
        f"New in your search: {item.title}"[:300],
        f"{item.title}\n{meeting.committee.name}, {_on(meeting.date)}.",
        item.get_absolute_url(),
        frozenset({(Kind.SEARCH, search)}),
    )


def meeting_facts(meeting_ids: Iterable[int]) -> Iterator[Fact]:
    """A meeting's date, status and agenda (public items' titles)."""
    meetings = Meeting.objects.public().filter(pk__in=list(meeting_ids))
    for meeting in meetings.select_related("committee"):
        titles = list(
            AgendaItem.objects.public()
            .filter(meeting=meeting)
            .order_by("position")
            .values_list("number", "title")
        )
        agenda = "\n".join(f"{n} {t}".strip() for n, t in titles) or "(no items yet)"
        yield Fact(
            f"meeting:{meeting.pk}:{_digest(meeting.date, meeting.status, titles)}",
            f"Meeting: {meeting.committee.name}, {_on(meeting.date)}"[:300],
            f"{meeting.committee.name} meets on {_on(meeting.date)} "
            f"({meeting.get_status_display().lower()}). The agenda:\n{agenda}",
            meeting.get_absolute_url(),
            frozenset({(Kind.COMMITTEE, meeting.committee_id)}),
        )


def overdue_facts(today: date, days: int = 7) -> Iterator[Fact]:
    """Commitments whose due date passed in the last ``days`` days."""
    passed = (
        Commitment.objects.public()
        .past_due(today)
        .filter(due_date__gte=date.fromordinal(today.toordinal() - days))
        .select_related("agenda_item__meeting__committee")
    )
    for c in passed:
        item = c.agenda_item
        yield commitment_fact(c, item, _item_concerns(item), overdue=True)
