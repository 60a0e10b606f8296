"""Which open commitments a new item may fulfil, ranked, with the reasons.

Evidence, strongest first:

1. an explicit reference: the item's "Previous Reference: Minute 49 (2016/17)"
   names the commitment's item, or its text refers to "the report presented to
   this Committee on 19 September 2018" (or "in 2017") and the commitment was
   made at that committee then;
2. the same committee, or the committee the commitment was for ("the
   Committee", "Area Committees", "the Executive");
3. the due window: the item comes near the due date;
4. text similarity between the promise and the item.

Only an explicit reference or enough shared words make a proposal; the
committee and the due window only rank them, so an unrelated item at the
right committee at the right time is not proposed.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from moot.records.dates import municipal_year
from moot.records.models import AgendaItem, MinutesBlock, Report

from .models import Commitment, Fulfilment

EXPLICIT = 100.0
SAME_COMMITTEE = 20.0
DUE_WINDOW = 10.0
SIMILARITY = 40.0
MIN_SHARED_WORDS = 3
MIN_OVERLAP = 0.3

MINUTE_REF = re.compile(r"Minute\s+(\d+)\s*\((\d{4}/\d{2})\)", re.IGNORECASE)
REPORT_REF = re.compile(
    r"(?:report|item)s?\s+(?:previously\s+)?(?:presented|considered|submitted)"
    r"\s+(?:to|at|by)\s+this\s+Committee"
    r"(?:\s+(?:on|at its meeting (?:on|of))\s+(\d{1,2}\s+\w+\s+\d{4})"
    r"|\s+in\s+(?:\w+\s+)?(\d{4}))?",
    re.IGNORECASE,
)
STOP = set(
    """a an and are as at be been by for from has have in into is it its of on
    or that the their these this those to was were will with which who would
    report reports update updates further progress committee committees council
    meeting meetings months month time times year years within submitted
    presented provided considered noted be next subsequent""".split()
)


@dataclass
class Proposal:
    commitment: Commitment
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    evidence: bool = False  # an explicit reference or enough shared words


def words(text: str) -> set[str]:
    tokens = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return {t for t in tokens if len(t) > 2 and t not in STOP}


def item_text(item: AgendaItem) -> str:
    """The title, report summaries and first minutes of ``item``."""
    parts = [item.title]
    parts += Report.objects.filter(agenda_item=item).values_list("summary", flat=True)
    parts += MinutesBlock.objects.filter(agenda_item=item).values_list(
        "text", flat=True
    )[:3]
    return "\n".join(p for p in parts if p)


def candidates(item: AgendaItem):
    """Open commitments made before ``item`` in its body, not yet linked to it.

    Commitments of exempt items are left out: a clerk may link one by hand.
    """
    meeting = item.meeting
    return (
        Commitment.objects.alive()
        .filter(
            status=Commitment.Status.OPEN,
            agenda_item__deleted__isnull=True,
            agenda_item__is_exempt=False,
            agenda_item__meeting__committee__body_id=meeting.committee.body_id,
            agenda_item__meeting__date__lt=meeting.date,
        )
        .exclude(fulfilments__item=item)
        .select_related("agenda_item__meeting__committee")
    )


def _explicit(item: AgendaItem, text: str, c: Commitment) -> str:
    made = c.agenda_item.meeting
    number = re.sub(r"\D", "", c.agenda_item.number or "")
    for ref in item.previous_references or []:
        for minute, year in MINUTE_REF.findall(ref):
            if number and minute == number and year == municipal_year(made.date):
                return f"Previous reference: {ref}"
    if made.committee_id != item.meeting.committee_id:
        return ""
    for match in REPORT_REF.finditer(text):
        on, year = match[1], match[2]
        if on and _date(on) == made.date:
            return f"Refers to “{match[0]}”"
        if year and int(year) == made.date.year:
            return f"Refers to “{match[0]}”"
    return ""


def _date(text: str) -> date | None:
    try:
        return datetime.strptime(text, "%d %B %Y").date()
    except ValueError:
        return None


def _for_committee(item: AgendaItem, c: Commitment) -> str:
    committee = item.meeting.committee
    recipient = (c.recipient or "").lower()
    if recipient in ("", "the committee") and committee.pk == (
        c.agenda_item.meeting.committee_id
    ):
        return f"Same committee: {committee.name}"
    plural = re.search(r"(\w+) committees", recipient)
    if plural and f"{plural[1]} committee" in committee.name.lower():
        return f"For {c.recipient}: {committee.name} is one"
    if recipient and recipient.removeprefix("the ") in committee.name.lower():
        return f"For {c.recipient}"
    if committee.pk == c.agenda_item.meeting.committee_id:
        return f"Same committee: {committee.name}"
    return ""


def _due_window(item: AgendaItem, c: Commitment) -> float:
    """1 at the due date, falling to 0 six months either side."""
    if c.due_date is None:
        return 0.0
    gap = abs((item.meeting.date - c.due_date).days)
    return max(0.0, 1 - gap / 183)


def _similarity(new: set[str], c: Commitment) -> tuple[float, list[str]]:
    promise = words(f"{c.text} {c.agenda_item.title}") - words(
        f"{c.recipient} {c.agenda_item.meeting.committee.name}"
    )
    shared = sorted(promise & new)
    if not promise:
        return 0.0, shared
    return len(shared) / len(promise), shared


def score(item: AgendaItem, text: str, new: set[str], c: Commitment) -> Proposal:
    proposal = Proposal(c)
    explicit = _explicit(item, text, c)
    if explicit:
        proposal.score += EXPLICIT
        proposal.reasons.append(explicit)
        proposal.evidence = True
    overlap, shared = _similarity(new, c)
    if len(shared) >= MIN_SHARED_WORDS and overlap >= MIN_OVERLAP:
        proposal.evidence = True
    committee = _for_committee(item, c)
    if committee:
        proposal.score += SAME_COMMITTEE
        proposal.reasons.append(committee)
    window = _due_window(item, c)
    if window:
        proposal.score += DUE_WINDOW * window
        proposal.reasons.append(f"Due {c.due_date:%-d %B %Y}, near this meeting")
    if shared:
        proposal.score += SIMILARITY * overlap
        proposal.reasons.append(f"Shares the words: {', '.join(shared[:8])}")
    return proposal


def rank(item: AgendaItem) -> list[Proposal]:
    """Proposals for ``item``, best first; none for an exempt item."""
    if item.is_exempt or item.deleted:
        return []
    text = item_text(item)
    new = words(text)
    found = [score(item, text, new, c) for c in candidates(item)]
    found = [p for p in found if p.evidence]
    return sorted(found, key=lambda p: (-p.score, p.commitment.pk))


def propose(item: AgendaItem) -> list[Fulfilment]:
    """Store ``item``'s proposals for a clerk; decided links are left alone."""
    made = []
    for p in rank(item):
        link, created = Fulfilment.objects.get_or_create(
            commitment=p.commitment,
            item=item,
            defaults={"score": round(p.score, 2), "reasons": p.reasons},
        )
        if created:
            made.append(link)
    return made
