"""The demo's chain of accountability, built on the seed item.

``make demo`` loads a sample council and the seed item (19 September 2018,
promising "an update ... to the Committee in 12 months time"). This adds a
later item at the same committee, labelled as sample data in its own minutes,
that reports back as promised: it is stored through the loader like any
import, Moot proposes it as the fulfilment, and a clerk's confirmation
(simulated, and recorded as such) links the two. That later item makes a
promise of its own that nothing meets, so it is left overdue.
"""

from datetime import date

from moot.minutes.records import (
    Block,
    Item,
    MeetingFacts,
    Minutes,
    Report,
    Resolution,
)
from moot.minutes.records import (
    Commitment as ParsedCommitment,
)
from moot.records.load import Provenance, store
from moot.records.models import AgendaItem

from .models import Commitment, Fulfilment

BODY = "City of Bradford Metropolitan District Council"
COMMITTEE = "Corporate Overview and Scrutiny Committee"
SEED_DATE = date(2018, 9, 19)
LATER = date(2019, 9, 12)
OWNER = "Strategic Director, Children’s Services"
CLERK = "moot demo-chain (a clerk's confirmation, simulated for the demo)"


class ChainError(LookupError):
    """The seed item is not there to build on."""


def later_item() -> Item:
    return Item(
        number="24.",
        title="Arrangements by the Council and its Partners to tackle Child "
        "Sexual Exploitation: update",
        previous_references=[],
        report=Report(
            summary=f"The report of the {OWNER} (Document “K”) provides an update "
            "to the report presented to this Committee on 19 September 2018 on "
            "the 9 Point Strategic Response to CSE.",
            document="K",
            author=OWNER,
        ),
        minutes=[
            Block(
                "paragraph",
                text="Sample data: this item is invented, to show how Moot follows "
                "a promise made at one meeting to the item that keeps it.",
            )
        ],
        resolutions=[
            Resolution("1", "That the update be noted."),
            Resolution(
                "2",
                "That a report on the new Strategic Response to CSE be submitted "
                "to the Committee in six months time.",
            ),
        ],
        commitments=[
            ParsedCommitment(
                kind="resolution",
                resolution="2",
                text="That a report on the new Strategic Response to CSE be "
                "submitted to the Committee in six months time.",
                owner=OWNER,
                recipient="the Committee",
                due_phrase="in six months time",
                due_date=date(2020, 3, 12),
            )
        ],
    )


def build_chain() -> list[str]:
    """Add the later item and confirm it meets the seed's 12-month promise."""
    seed = (
        AgendaItem.objects.alive()
        .filter(
            meeting__committee__body__name=BODY,
            meeting__committee__name=COMMITTEE,
            meeting__date=SEED_DATE,
        )
        .first()
    )
    if seed is None:
        raise ChainError("The seed item is not loaded: run moot load-minutes first.")
    stored = store(
        Minutes(MeetingFacts(date=LATER), [later_item()]),
        Provenance("moot demo-chain (sample data)", "sample"),
        body=BODY,
        committee=COMMITTEE,
    )
    item = (stored.created + stored.updated + stored.unchanged)[0]
    promise = Commitment.objects.get(agenda_item=seed, due_phrase="in 12 months time")
    link = Fulfilment.objects.filter(commitment=promise, item=item).first()
    lines = [
        f"Seed item: {seed.get_absolute_url()}",
        f"Later item: {item.get_absolute_url()}",
    ]
    if link is None:
        lines.append("Moot did not propose the later item; nothing confirmed.")
        return lines
    if link.state == Fulfilment.State.PROPOSED:
        link.confirm(CLERK, "The update was presented as promised.")
    lines.append(f"Fulfilled: {promise.get_absolute_url()} by {item}.")
    lines.append("Left overdue: the later item's six-month promise.")
    return lines
