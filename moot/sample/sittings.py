"""What a fictional sitting adds to its agenda: the meeting's own papers, a
webcast link, declarations of interest and recorded votes by name.

Drawn from their own random stream (seeded by the council's name), so adding
them leaves every other part of a seeded sample council as it was.
"""

import random
from datetime import date
from typing import Any

from moot.records.models import AgendaItem, Declaration, Document, Meeting, Person, Vote

from . import words

INTERESTS = [
    ("personal", "Lives in {ward} ward, near the site"),
    ("personal", "Is a member of the {place} Allotments Society"),
    ("disclosable pecuniary", "Owns a property on the street concerned"),
    ("other registrable", "Is a governor of a school in {ward} ward"),
]


class Sittings:
    def __init__(self, name: str, place: str, provenance: dict[str, Any]) -> None:
        self.rng, self.place, self.p = random.Random(name), place, provenance

    def webcast(self, slug: str, day: date, held: bool) -> str:
        """A link to a fictional webcast (on example.org) for half the held meetings."""
        if not held or self.rng.random() < 0.5:
            return ""
        return f"https://webcasts.example.org/{slug}/{day.isoformat()}"

    def papers(self, meeting: Meeting) -> list[Document]:
        """The agenda pack, and the printed minutes once the meeting is held."""
        rows = [self._paper(meeting, 1, "agenda", "Agenda pack")]
        if meeting.status == "held":
            rows.append(self._paper(meeting, 2, "minutes", "Printed minutes"))
        return rows

    def _paper(self, meeting: Meeting, n: int, role: str, title: str) -> Document:
        return Document(
            meeting=meeting,
            position=n,
            role=role,
            title=f"{title}, {meeting.committee.name}, {meeting.date:%-d %B %Y}",
            kind="pdf",
            **self.p,
        )

    def start(self, meeting: Meeting, position: int) -> int | None:
        """Seconds into the webcast where an item starts."""
        if not meeting.webcast_url:
            return None
        return (position - 1) * 540 + self.rng.randint(0, 300)

    def declarations(
        self, meeting: Meeting, items: list[AgendaItem], members: list[Person]
    ) -> list[Declaration]:
        """A declaration or two, recorded under the disclosures item."""
        disclosures = next((i for i in items if i.position == 1), None)
        concerned = [i for i in items if i.position > 2]
        if meeting.status != "held" or disclosures is None or not concerned:
            return []
        rows = []
        for n in range(1, self.rng.choice([0, 0, 1, 2]) + 1):
            member, about = self.rng.choice(members), self.rng.choice(concerned)
            kind, text = self.rng.choice(INTERESTS)
            rows.append(
                Declaration(
                    meeting=meeting,
                    agenda_item=disclosures,
                    about_item=about,
                    about_number=about.number.rstrip("."),
                    position=n,
                    person=member,
                    member=member.name,
                    kind=kind,
                    interest=text.format(
                        ward=member.ward or self.rng.choice(words.WARDS),
                        place=self.place,
                    ),
                    **self.p,
                )
            )
        return rows

    def votes(self, resolution: Any, members: list[Person]) -> list[Vote]:
        """Who voted which way, for a resolution "carried 7-2"."""
        if resolution.vote != "carried 7-2" or len(members) < 9:
            return []
        against = set(self.rng.sample(range(9), 2))
        return [
            Vote(
                resolution=resolution,
                person=person,
                name=person.name,
                choice="against" if n in against else "for",
                **self.p,
            )
            for n, person in enumerate(members[:9])
        ]
