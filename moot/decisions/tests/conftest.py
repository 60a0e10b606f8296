"""A small fictional council with an open, an exempt and a key decision, a
decision taken at an exempt item, a forward plan and registered interests."""

from datetime import date

import pytest

from moot.decisions.models import (
    Decision,
    DecisionDocument,
    ForwardPlanEntry,
    RegisteredInterest,
)
from moot.records.models import AgendaItem, Body, Committee, Meeting, Person

# Words only the exempt decisions hold: none may reach any public output.
SECRETS = ["Quarrendon Wharf", "7,654,321", "Ms Ottoline Brackwater", "Vexhollow"]


@pytest.fixture
def register(db):
    body = Body.objects.create(name="Fictional Borough Council", slug="fictional")
    cabinet = Committee.objects.create(body=body, name="Cabinet", slug="cabinet")
    member = Person.objects.create(name="Councillor Ada Fenwick", slug="ada", body=body)
    meeting = Meeting.objects.create(committee=cabinet, date=date(2025, 2, 3))
    closed = AgendaItem.objects.create(
        meeting=meeting, position=9, title="Disposal of land", is_exempt=True
    )
    open_ = Decision.objects.create(
        body=body,
        title="Adopt the Parks Strategy",
        decision_maker="Cabinet",
        committee=cabinet,
        decided=date(2025, 2, 3),
        is_key=True,
        subject_to_call_in=True,
        call_in_deadline=date(2025, 2, 12),
        wards="Abbey; Heaton",
        text="That the Parks Strategy be adopted.",
        reasons="The parks need a plan.",
        source_id="https://democracy.fictional.invalid/ieDecisionDetails.aspx?ID=1",
    )
    DecisionDocument.objects.create(
        decision=open_, title="Parks Strategy", url="https://fictional.invalid/p.pdf"
    )
    exempt = Decision.objects.create(
        body=body,
        title="Sale of the old depot",
        decision_maker="Ada Fenwick, Cabinet Member for Resources",
        person=member,
        decided=date(2025, 1, 20),
        wards="Idle",
        text=f"To sell the depot at {SECRETS[0]} for £{SECRETS[1]}.",
        reasons=f"The offer of {SECRETS[2]} is the best.",
        alternatives="None.",
        is_exempt=True,
        exempt_paragraphs=[3],
        exempt_reason=f"Names the buyer {SECRETS[3]}.",
    )
    DecisionDocument.objects.create(
        decision=exempt, title=f"Valuation {SECRETS[3]}", url="https://x.invalid/v.pdf"
    )
    at_item = Decision.objects.create(
        body=body,
        title="Disposal of land",
        decision_maker="Cabinet",
        decided=date(2025, 2, 3),
        meeting=meeting,
        agenda_item=closed,
        text=f"Land at {SECRETS[0]} sold.",
    )
    officer = Decision.objects.create(
        body=body,
        title="Grass cutting contract",
        decision_maker="Director of Place (under delegated powers)",
        decided=date(2024, 6, 1),
        wards="Heaton",
        text="Award the contract.",
    )
    ForwardPlanEntry.objects.create(
        body=body,
        title="Adopt the Parks Strategy",
        decision_maker="Cabinet",
        expected=date(2025, 2, 3),
        first_published=date(2024, 12, 20),
        is_key=True,
        summary="The strategy for parks.",
        decision=open_,
    )
    ForwardPlanEntry.objects.create(
        body=body,
        title="Purchase of a site",
        decision_maker="Cabinet",
        expected=date(2025, 6, 2),
        is_key=True,
        summary=f"Buying {SECRETS[0]}.",
        is_exempt=True,
        exempt_paragraphs=[3],
    )
    RegisteredInterest.objects.create(
        person=member,
        category=RegisteredInterest.Category.EMPLOYMENT,
        description="Self-employed architect.",
        registered=date(2024, 5, 20),
        url="https://democracy.fictional.invalid/mgRofI.aspx?UID=1",
    )
    return {
        "body": body,
        "open": open_,
        "exempt": exempt,
        "at_item": at_item,
        "officer": officer,
        "member": member,
    }
