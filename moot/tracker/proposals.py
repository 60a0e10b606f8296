"""How likely a later item delivered a promise, with the reasons.

A clerk trusts a proposal for the reasons a clerk would give:

1. an explicit reference: the item says it follows the promise's item (a
   reference the tracker resolved, ``references.py``), and it speaks of this
   promise (the promise is the only one of its item, or the item's title
   names what was promised, or it shares enough of the promise's words);
2. the place and time: the item comes to the committee the promise was for
   (the promising committee for "the Committee", each of a set for "Area
   Committees", the body named otherwise), or near the due date;
3. what it is about: words of the promise that tell it from its subject (not
   the subject's title, nor the names of committees, owners or recipients,
   which every item on the subject shares) in the item's title and text, or
   the same subject (nearly the same title) coming back.

An item that follows another item, comes more than a year after the due
date, is standing business (a business planner lists matters, it does not
report on them), or a promise kept outside meetings ("circulate to Members")
lowers the chance. Scores are between 0 and 1, meant as the chance a clerk
confirms; nothing under ``THRESHOLD`` is proposed, and nothing without the
place or time or an explicit reference. The scorer reads only the structure
the parser gave and the words of stored rows; it never parses text again.
This module scores one pair; ``candidates.py`` finds the pairs.
"""

import functools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from moot.minutes.decision_phrases import regexes

from .proposal_phrases import OUTSIDE_MEETINGS, STANDING_TITLES

EXPLICIT = 0.95
SPOKEN_OF_ELSEWHERE = 0.3  # follows the promise's item but speaks of another
THRESHOLD = 0.5
WEIGHTS = {"words": 0.45, "title": 0.2, "subject": 0.2, "committee": 0.2, "due": 0.15}
CEILING = 0.9  # without an explicit reference
PENALTY = 0.5  # factor for each reason against
SAME_SUBJECT = 0.5  # share of title words two items on one subject share
ENOUGH_WORDS = 0.4  # share of the promise's words that speaks of it
MIN_SHARED_WORDS = 2
DUE_WINDOW_DAYS = 183
LONG_AFTER_DUE_DAYS = 365
MONTHS = set(
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
GENERIC_RECIPIENTS = {"", "the committee", "this committee", "committee"}
GENERIC_RECIPIENTS |= {"the board", "this board", "the panel", "this panel"}
GENERIC_RECIPIENTS |= {"the sub-committee", "this sub-committee"}
STOP = set(
    """a an and are as at be been by for from has have in into is it its of on
    or that the their these this those to was were will with which who would
    report reports update updates further progress committee committees council
    meeting meetings months month time times year years within submitted
    presented provided considered noted note notes be next subsequent officers
    officer members member item items issue agreed shall should could may can
    following future activity activities work position general relation respect
    regard""".split()
)
_STANDING = regexes(STANDING_TITLES)
_OUTSIDE = regexes(OUTSIDE_MEETINGS)
PLURAL = re.compile(r"([\w-]+) committees\b")
BODY_WORD = re.compile(r"\b(?:committee|cabinet|council|board|panel|executive)")


def words(text: str) -> set[str]:
    """Words that can tell one matter from another: not numbers, years or
    months, which any two items of a season share."""
    tokens = re.findall(r"[a-z][a-z0-9]*", text.lower().replace("’", "'"))
    return {t for t in tokens if len(t) > 2 and t not in STOP and t not in MONTHS}


@dataclass
class Delivery:
    """A stored item as a possible delivery: where, when, and its words."""

    pk: int
    body: int
    committee: int
    committee_name: str
    day: date
    title: str
    title_words: set[str]
    words: set[str]
    follows: set[int] = field(default_factory=set)  # items it says it follows
    standing: bool = field(init=False)  # business that lists matters

    def __post_init__(self) -> None:
        self.standing = any(p.search(self.title) for p in _STANDING)


@dataclass
class Promise:
    """A tracked commitment as the scorer sees it."""

    pk: int
    item: int
    item_title: str
    body: int
    committee: int
    committee_name: str
    made: date
    recipient: str
    due: date | None
    own_words: set[str]  # what tells this promise from its subject
    subject: set[str]  # the words of its item's title
    only: bool = True  # the only tracked promise of its item
    last: date = field(init=False)  # the last day an item may deliver it
    outside: bool = field(init=False)  # kept outside meetings ("to Members")

    @classmethod
    def of(cls, row: dict[str, Any], only: bool = True) -> "Promise":
        """From a commitment's values (``candidates.PROMISE_FIELDS``)."""
        names = words(f"{row['recipient']} {row['owner']} {row['committee_name']}")
        subject = words(row["item_title"]) - names
        return cls(
            pk=row["pk"],
            item=row["agenda_item_id"],
            item_title=row["item_title"],
            body=row["body"],
            committee=row["committee"],
            committee_name=row["committee_name"],
            made=row["made"],
            recipient=" ".join((row["recipient"] or "").lower().split()),
            due=row["due_date"],
            own_words=words(row["text"]) - names - subject,
            subject=subject,
            only=only,
        )

    def __post_init__(self) -> None:
        self.outside = any(p.search(self.recipient) for p in _OUTSIDE)
        self.last = _years_after(self.due or _years_after(self.made, 2), 1)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass
class Proposal:
    promise: int
    item: int
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


def for_committee(p: Promise, committee: int, name: str) -> str:
    """Why the committee ``committee`` called ``name`` is one ``p`` was for,
    if it is: the promising committee for "the Committee", one of a set for
    "Area Committees", the one named otherwise."""
    if p.outside:
        return ""
    return _for(p.recipient, committee == p.committee, name)


@functools.lru_cache(maxsize=4096)
def _for(recipient: str, promising: bool, name: str) -> str:
    # Recipients and committees repeat: each pair is worked out once.
    if recipient in GENERIC_RECIPIENTS:
        return f"Same committee: {name}" if promising else ""
    plural = PLURAL.search(recipient)
    if plural:
        if f"{plural[1]} committee" in name.lower():
            return f"For {recipient.title()}: {name} is one"
        return ""
    named = recipient.removeprefix("the ")
    if named in name.lower() or name.lower() in named:
        return f"For {name}"
    if promising and not _names_a_body(named):
        return f"Same committee: {name}"
    return ""


def _names_a_body(recipient: str) -> bool:
    return BODY_WORD.search(recipient) is not None


def due_window(p: Promise, d: Delivery) -> float:
    """1 at the due date, falling to 0 six months either side."""
    if p.due is None:
        return 0.0
    return max(0.0, 1 - abs((d.day - p.due).days) / DUE_WINDOW_DAYS)


def score(p: Promise, d: Delivery) -> Proposal:
    """The chance a clerk confirms ``d`` as delivering ``p``, with the reasons."""
    proposal = Proposal(p.pk, d.pk)
    if d.day <= p.made or d.day > p.last:
        return proposal
    committee = for_committee(p, d.committee, d.committee_name)
    window = due_window(p, d)
    if p.item in d.follows:
        proposal.score, proposal.reasons = _explicit(p, d, committee, window)
    elif committee or window:  # where or when it was due
        proposal.score, proposal.reasons = _likely(p, d, committee, window)
    return proposal


def _explicit(
    p: Promise, d: Delivery, committee: str, window: float
) -> tuple[float, list[str]]:
    """``d`` follows ``p``'s item: it delivers ``p`` if it speaks of this
    promise, or comes where (and, for an item of several promises, when) it
    was due."""
    reasons = [f"This item says it follows “{p.item_title}”"]
    here = committee and (p.only or window)
    if (_speaks(p, d) or here) and not p.outside and not d.standing:
        return EXPLICIT, reasons + ([committee] if committee else [])
    return SPOKEN_OF_ELSEWHERE, [*reasons, "It speaks of another of its promises"]


def _speaks(p: Promise, d: Delivery) -> bool:
    shared = p.own_words & d.words
    share = len(shared) / len(p.own_words) if p.own_words else 0.0
    return bool(p.own_words & d.title_words) or (
        len(shared) >= MIN_SHARED_WORDS and share >= ENOUGH_WORDS
    )


def _likely(
    p: Promise, d: Delivery, committee: str, window: float
) -> tuple[float, list[str]]:
    """No reference: what it is about, then where and when, less what is
    against it."""
    chance, reasons = _about(p, d)
    if not reasons:
        return 0.0, []  # nothing says it is the same matter
    if committee:
        chance += WEIGHTS["committee"]
        reasons.append(committee)
    if window:
        chance += WEIGHTS["due"] * window
        reasons.append(f"Due {p.due:%-d %B %Y}, near this meeting")
    chance = min(chance, CEILING)
    for why in _against(p, d):
        chance *= PENALTY
        reasons.append(why)
    return round(chance, 2), reasons


def _about(p: Promise, d: Delivery) -> tuple[float, list[str]]:
    """How far ``d`` is about what ``p`` promised, with the reasons."""
    chance, reasons = 0.0, []
    shared = sorted(p.own_words & d.words) if p.own_words else []
    if len(shared) >= MIN_SHARED_WORDS:
        share = len(shared) / len(p.own_words)
        chance += WEIGHTS["words"] * min(1.0, share * 2)
        reasons.append(f"Shares the words: {', '.join(shared[:8])}")
    in_title = sorted(p.own_words & d.title_words) if p.own_words else []
    if in_title:
        chance += WEIGHTS["title"]
        reasons.append(f"Its title names {', '.join(in_title[:4])}")
    if _same_subject(p, d):
        chance += WEIGHTS["subject"]
        reasons.append(f"The same subject as “{p.item_title}”")
    return chance, reasons


def _same_subject(p: Promise, d: Delivery) -> bool:
    if not p.subject or not d.title_words:
        return False
    both = p.subject & d.title_words
    return len(both) / len(p.subject | d.title_words) >= SAME_SUBJECT


def _against(p: Promise, d: Delivery) -> list[str]:
    """The reasons against ``d`` delivering ``p``, each halving the chance."""
    found = []
    if d.follows:
        found.append("It says it follows another item")
    if p.due is not None and (d.day - p.due).days > LONG_AFTER_DUE_DAYS:
        found.append("More than a year after the due date")
    if d.standing:
        found.append("Standing business, which lists matters")
    if p.outside:
        found.append(f"Promised to {p.recipient}, outside a meeting")
    return found
