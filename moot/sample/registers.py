"""The sample council's registers: decisions, a forward plan, interests.

Fictional, like the rest of the sample (``councils.py``): the council is
marked ``is_sample`` and every row says it came from ``moot sample``. A few
decisions are exempt, so the demo shows how one appears.
"""

import random
from datetime import date, timedelta
from typing import Any

from moot.decisions.models import Decision, ForwardPlanEntry, RegisteredInterest
from moot.records.models import Body, Committee, Person

from . import words

OFFICERS = ["Director of Place", "Director of Resources", "Director of People"]
VERBS = ["approve", "adopt", "procure a contractor for", "consult on"]
INTERESTS = [
    (RegisteredInterest.Category.EMPLOYMENT, "Self-employed {trade}."),
    (RegisteredInterest.Category.LAND, "Residential property in {ward} ward."),
    (
        RegisteredInterest.Category.MEMBERSHIPS,
        "Trustee of {ward} Community Association.",
    ),
    (RegisteredInterest.Category.SECURITIES, "Shares in {last} Holdings Ltd."),
    (
        RegisteredInterest.Category.GIFTS,
        "Hospitality at the {place} Civic Awards dinner.",
    ),
]
TRADES = ["electrician", "bookkeeper", "architect", "gardener", "teacher"]


def build(
    rng: random.Random,
    body: Body,
    committees: list[Committee],
    members: list[Person],
    today: date,
    provenance: dict[str, Any],
) -> None:
    """Decisions over the last year, a plan for the months ahead, interests."""
    executive = next(c for c in committees if c.name == "Executive")
    taken = [
        _decision(rng, body, executive, members, today, 7 * n, provenance)
        for n in range(1, 31)
    ]
    Decision.objects.bulk_create(taken)
    entries = []
    for decision in taken[:6]:
        entries.append(
            _entry(
                rng,
                body,
                decision.title,
                decision.decision_maker,
                decision.decided,
                provenance,
                decision=decision,
            )
        )
    for n in range(1, 13):
        topic = rng.choice(words.TOPICS)
        day = today + timedelta(14 * n)
        entries.append(
            _entry(
                rng,
                body,
                f"{topic}: decision to {rng.choice(VERBS)} it",
                "Executive",
                day,
                provenance,
            )
        )
    ForwardPlanEntry.objects.bulk_create(entries)
    RegisteredInterest.objects.bulk_create(
        _interests(rng, body, members, today, provenance)
    )


def _decision(
    rng: random.Random,
    body: Body,
    executive: Committee,
    members: list[Person],
    today: date,
    days_ago: int,
    provenance: dict[str, Any],
) -> Decision:
    """One decision ``days_ago`` before ``today``: past call-in, implemented."""
    day = today - timedelta(days_ago)
    topic = rng.choice(words.TOPICS)
    verb = rng.choice(VERBS)
    kind = rng.random()
    person = committee = None
    if kind < 0.4:
        maker, committee = "Executive", executive
    elif kind < 0.7:
        person = rng.choice(members)
        maker = f"{person.name.removeprefix('Councillor ')}, Cabinet Member"
    else:
        maker = f"{rng.choice(OFFICERS)} (under delegated powers)"
    exempt = rng.random() < 0.1
    return Decision(
        body=body,
        title=f"{topic}: decision to {verb} it",
        decision_maker=maker,
        committee=committee,
        person=person,
        decided=day,
        published=day + timedelta(2),
        is_key=rng.random() < 0.4,
        subject_to_call_in=committee is not None or person is not None,
        call_in_deadline=day + timedelta(9) if committee or person else None,
        status=Decision.Status.IMPLEMENTED if days_ago > 14 else Decision.Status.MADE,
        status_text="",
        wards="; ".join(rng.sample(words.WARDS, rng.randint(0, 2))),
        purpose="" if exempt else f"To {verb} the {topic}.",
        text="" if exempt else f"That the {topic} be agreed as set out in the report.",
        reasons="" if exempt else f"The {topic} meets the Council's priorities.",
        alternatives=""
        if exempt
        else "To do nothing: rejected as it would not meet the Council's duties.",
        is_exempt=exempt,
        exempt_paragraphs=[3] if exempt else [],
        **provenance,
    )


def _entry(
    rng: random.Random,
    body: Body,
    title: str,
    maker: str,
    day: date | None,
    provenance: dict[str, Any],
    decision: Decision | None = None,
) -> ForwardPlanEntry:
    return ForwardPlanEntry(
        body=body,
        title=title,
        decision_maker=maker,
        expected=day,
        expected_text=f"Not before {day:%-d %B %Y}" if day else "",
        first_published=(day - timedelta(35)) if day else None,
        is_key=True,
        wards="; ".join(rng.sample(words.WARDS, rng.randint(0, 2))),
        summary=f"Notice of a key decision: {title.lower()}.",
        decision=decision,
        **provenance,
    )


def _interests(
    rng: random.Random,
    body: Body,
    members: list[Person],
    today: date,
    provenance: dict[str, Any],
) -> list[RegisteredInterest]:
    rows = []
    for person in members:
        for category, words_ in rng.sample(INTERESTS, rng.randint(1, 3)):
            text = words_.format(
                trade=rng.choice(TRADES),
                ward=person.ward or rng.choice(words.WARDS),
                last=person.name.split()[-1],
                place=body.short_name,
            )
            rows.append(
                RegisteredInterest(
                    person=person,
                    category=category,
                    description=text,
                    registered=today - timedelta(rng.randint(30, 900)),
                    **provenance,
                )
            )
    return rows
