"""Minutes of a fictional council with recorded votes by name and declarations
of interest, built as the parser's dataclasses, and the people they name."""

from datetime import date

from moot.minutes import records as parsed
from moot.records.load import Provenance, store
from moot.records.models import Body, Person

BODY = "Brackenfold Borough Council"
COMMITTEE = "Planning Committee"


# Words only the exempt item and the interest about it hold.
EXEMPT_WORDS = ["Quarrendon Depot", "sells the depot land"]


def minutes(
    *, exempt_seven: bool = False, exempt_eight: bool = False
) -> parsed.Minutes:
    declarations = parsed.Item(
        number="2",
        title="Declarations of interest",
        declarations=[
            parsed.Declaration(
                "Councillor Okafor", "Owns land next to the site", "personal", "7"
            ),
            parsed.Declaration("Cllr J. Reyes", "Member of the Canal Trust", None),
            parsed.Declaration("Councillor Nobody", "A tenant nearby", "other", "9"),
        ],
    )
    decision = parsed.Item(
        number="7",
        title="Land at Mill Lane",
        exempt=parsed.Exempt(3, "sale of land") if exempt_seven else None,
        resolutions=[
            parsed.Resolution(
                "1",
                "That permission be granted.",
                "carried 2-1",
                named_votes=[
                    parsed.NamedVote("Councillor Okafor", "for"),
                    parsed.NamedVote("Cllr J Reyes", "for"),
                    parsed.NamedVote("Councillor Pike", "against"),
                ],
            )
        ],
    )
    items = [declarations, decision]
    if exempt_eight:
        declarations.declarations.append(
            parsed.Declaration(
                "Councillor Okafor", "Her brother sells the depot land", "personal", "8"
            )
        )
        items.append(
            parsed.Item(
                number="8",
                title="Disposal of a property",
                exempt=parsed.Exempt(3, "Quarrendon Depot"),
                resolutions=[parsed.Resolution("1", "That Quarrendon Depot be sold.")],
            )
        )
    return parsed.Minutes(
        meeting=parsed.MeetingFacts(date=date(2025, 3, 4)), items=items
    )


def load(record: parsed.Minutes) -> None:
    store(record, Provenance("minutes.txt", "test"), body=BODY, committee=COMMITTEE)


def make_people() -> dict[str, Person]:
    body = Body.objects.create(name=BODY, slug="brackenfold")
    return {
        name: Person.objects.create(
            name=name, slug=name.lower().replace(" ", "-"), body=body
        )
        for name in ("Priya Okafor", "Jo Reyes", "Ann Reyes", "Sam Pike", "Tom Pike")
    }
