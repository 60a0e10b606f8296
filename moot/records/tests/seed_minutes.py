"""Parsed records built by hand, shaped like the seed page and an exempt item.

Tests build ``Minutes`` directly so they do not depend on the parser.
"""

from datetime import date

from moot.minutes.records import (
    Action,
    Block,
    Commitment,
    Contact,
    Exchange,
    Exempt,
    InformationRequest,
    Item,
    MeetingFacts,
    Minutes,
    Recommendation,
    Report,
    Representation,
    Resolution,
    Response,
)

TITLE = (
    "ARRANGEMENTS BY THE COUNCIL AND ITS PARTNERS TO TACKLE CHILD SEXUAL EXPLOITATION"
)
SECRET = "The preferred bidder offered 4.2 million pounds for Tyrls House"


def seed_item() -> Item:
    return Item(
        title=TITLE,
        report=Report(
            summary="The report of the Strategic Director of Children’s Services "
            "(Document “J”) provides an update to the report previously presented.",
            document="J",
            author="Strategic Director of Children’s Services",
        ),
        recommendations=[
            Recommendation(
                "1",
                "That it be noted that the 9 Point Strategic "
                "Response to CSE be reviewed and replaced.",
            ),
            Recommendation(
                "2",
                "That a further update be submitted to the "
                "Committee in 12 month’s time.",
            ),
            Recommendation(
                "3", "That subsequent reports be provided to Area Committees."
            ),
        ],
        contact=Contact("Mark Griffin", "01274 434361"),
        minutes=[
            Block(
                "paragraph",
                text="The Strategic Director highlighted the "
                "progress that had been made since the last report:",
            ),
            Block(
                "list",
                items=[
                    "Barnardo’s Nightwatch continued to work effectively.",
                    "Mr Shapeshifter toured schools.",
                ],
            ),
        ],
        exchanges=[
            Exchange(
                asked_by="Members",
                points=["Had bus drivers had any training on CSE?"],
                responses=[
                    Response(
                        None, "Work on CSE was being undertaken with bus companies."
                    )
                ],
            )
        ],
        representations=[
            Representation(
                by="A resident who was affected by CSE and her supporter",
                points=[
                    "Had parents been consulted on the nine point strategic response?"
                ],
            )
        ],
        information_requests=[
            InformationRequest(
                "Data on the number of children under 16 diagnosed with a STD.",
                "refused",
                "It would not be possible to collate and obtain this data.",
            )
        ],
        resolutions=[
            Resolution(
                "1",
                "That an update on the progress be submitted to the "
                "Committee in 12 months time.",
            ),
            Resolution(
                "2", "That tailored reports on CSE be provided to Area Committees."
            ),
        ],
        actions=[Action("Strategic Director, Children’s Services")],
        commitments=[
            Commitment(
                kind="resolution",
                resolution="1",
                text="An update on the progress to the Committee.",
                owner="Strategic Director, Children’s Services",
                recipient="the Committee",
                due_phrase="in 12 months time",
                due_date=date(2019, 9, 19),
            ),
            Commitment(
                kind="resolution",
                resolution="2",
                text="Tailored reports on CSE to Area Committees.",
                owner="Strategic Director, Children’s Services",
                recipient="Area Committees",
            ),
            Commitment(
                kind="undertaking",
                resolution=None,
                text="A revised structure for a Safeguarding Board in place.",
                due_phrase="by April 2019",
                due_date=date(2019, 4, 30),
            ),
        ],
    )


def exempt_item() -> Item:
    return Item(
        number="12.",
        title="Disposal of Tyrls House",
        exempt=Exempt(
            3,
            "Information relating to the financial or business "
            "affairs of any particular person.",
        ),
        report=Report(summary=SECRET, document="K", author="Director of Place"),
        recommendations=[Recommendation("1", SECRET)],
        contact=Contact("Secret Contact Person", "01274 000000"),
        minutes=[Block("paragraph", text=SECRET)],
        resolutions=[Resolution("1", SECRET)],
        commitments=[
            Commitment(
                kind="resolution",
                resolution="1",
                text=SECRET,
                owner="Secret Owner",
                due_date=date(2019, 1, 1),
            )
        ],
    )


def seed_minutes(meeting_date: date | None = None) -> Minutes:
    return Minutes(meeting=MeetingFacts(date=meeting_date), items=[seed_item()])
