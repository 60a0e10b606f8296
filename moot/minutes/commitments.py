"""Promises: which resolutions, actions and answers commit someone to
something later, who, for whom, and by when.

A resolution that only notes, approves, endorses or appoints promises
nothing. One that says a report "be submitted", "be circulated", "report
back", or names a due phrase does. Dated promises officers make in their
answers ("a revised structure ... in place by April 2019") are undertakings,
for a clerk to confirm.
"""

import re
from datetime import date

from .dates import Due, find_due
from .decision_phrases import regexes
from .promise_phrases import (
    ADOPTIONS,
    DIRECTIONS,
    NARRATIVE_PROMISES,
    NOT_PROMISES,
    OWNERS,
    PROMISES,
    RECIPIENTS,
    RECOMMENDATION_LEADS,
)
from .quick import candidates, compile_fast
from .records import Block, Commitment, Exchange, Item, Recommendation, Resolution

_PROMISES = regexes(PROMISES)
_NOT_PROMISES = regexes(NOT_PROMISES)
_DIRECTIONS = regexes(DIRECTIONS)
_NARRATIVE = regexes(NARRATIVE_PROMISES)
_OWNERS = regexes(OWNERS)
_RECIPIENTS = regexes(RECIPIENTS)
_ADOPTIONS = regexes(ADOPTIONS)
_RECOMMENDATION_LEADS = regexes(RECOMMENDATION_LEADS)
# "(2) ", "ii) ", "a. ": the label of a list entry.
ENTRY_LABEL_RE = re.compile(r"^\(?(?P<n>\d{1,3}|[ivxIVX]{1,5}|[a-zA-Z])[.)]\s+")
WORD_RE = re.compile(r"[a-z]{3,}")
ECHO = 0.5  # share of words a resolution repeats of a recommendation
# "ACTION: Head of Finance to include ...": an action names its owner and any task.
OWNER_TASK_RE = re.compile(
    r"^\(?(?P<owner>[A-Z][^()]{1,80}?)\)?\s+to\s+(?P<task>[a-z]+\b.*)$"
)
NARRATIVE_HINT_RE = compile_fast(
    r"\b(?:would|will|is\s+to|are\s+to|agreed|undert|offered|promised|committed|"
    r"direct|to\s+be|to\s+\w+)",
    re.IGNORECASE,
)
SENTENCE_RE = compile_fast(r"(?<=[.!?])\s+(?=[A-Z(])")
CLAUSE_RE = re.compile(
    r";\s*|,\s+(?:and\s+)?(?=(?:with|directing|requesting|asking|instructing)\b)"
)
DATED_HINT_RE = re.compile(r"\d| month| week| day| year")
UNDERTAKING_CUE_RE = compile_fast(
    r"\b(?:would|will|to\s+be|plans?|planned|expected|intend(?:ed|s)?|aim(?:ed|s)?|"
    r"due|in\s+place|going\s+to)\b",
    re.IGNORECASE,
)


def find_commitments(
    item: Item, action_lines: list[str], meeting: date | None, dayfirst: bool
) -> list[Commitment]:
    """Every promise in ``item``'s resolutions, action lines and answers."""
    default_owner = item.actions[0].owner if item.actions else None
    found: list[Commitment] = []
    for resolution in resolutions_of(item):
        if is_promise(resolution.text, meeting):
            for clause, due in _promises(resolution.text, meeting, dayfirst):
                found.append(
                    Commitment(
                        kind="resolution",
                        resolution=resolution.number,
                        text=resolution.text,
                        owner=owner_in(clause) or default_owner,
                        recipient=recipient_in(clause),
                        due_phrase=due.phrase if due else None,
                        due_date=due.date if due else None,
                    )
                )
    found.extend(recommended(item, meeting, dayfirst, default_owner))
    for line in action_lines:
        task = OWNER_TASK_RE.match(line)
        owner = task.group("owner").strip() if task else None
        if owner:  # "ACTION: X to do Y" is a promise by its form
            due = _first(find_due(line, meeting, dayfirst))
            found.append(
                Commitment(
                    kind="action",
                    resolution=None,
                    text=line,
                    owner=owner,
                    recipient=recipient_in(line),
                    due_phrase=due.phrase if due else None,
                    due_date=due.date if due else None,
                )
            )
    found.extend(undertakings(item.exchanges, meeting, dayfirst))
    decided = {resolution.text for resolution in item.resolutions}
    for promise in narrative_promises(item.minutes, meeting, dayfirst):
        if promise.text in decided or _known(promise.text, found):
            continue
        promise.owner = promise.owner or default_owner
        found.append(promise)
    return found


def recommended(
    item: Item, meeting: date | None, dayfirst: bool, owner: str | None
) -> list[Commitment]:
    """Promises the report recommends. Where a resolution adopts "the
    recommendations" they are that resolution's; where the page holds no such
    decision they stay of kind ``recommendation`` (recommended, not yet
    decided); where a resolution repeats one in its own words, the
    resolution's promise is the one kept."""
    adopting = _adopting(item.resolutions)
    found = []
    for recommendation in item.recommendations + listed_recommendations(item.minutes):
        text = recommendation.text
        if not is_promise(text, meeting) or _echoed(recommendation, item.resolutions):
            continue
        for clause, due in _promises(text, meeting, dayfirst):
            found.append(
                Commitment(
                    kind="resolution" if adopting else "recommendation",
                    resolution=adopting.number if adopting else None,
                    text=text,
                    owner=owner_in(clause) or owner,
                    recipient=recipient_in(clause),
                    due_phrase=due.phrase if due else None,
                    due_date=due.date if due else None,
                )
            )
    return found


def resolutions_of(item: Item) -> list[Resolution]:
    """The item's resolutions, one that stops at a colon ("The Cabinet resolved
    that:") continued by the entries of the list that follows it in the text."""
    found = []
    for resolution in item.resolutions:
        entries = None
        if resolution.text.rstrip().endswith(":"):
            entries = _list_after(item.minutes, resolution.text)
        if not entries:
            found.append(resolution)
            continue
        for entry in entries:
            label = ENTRY_LABEL_RE.match(entry)
            number = label.group("n") if label else resolution.number
            text = entry[label.end() :] if label else entry
            found.append(Resolution(number, text, resolution.vote))
    return found


def listed_recommendations(blocks: list[Block]) -> list[Recommendation]:
    """Entries of a list that a paragraph opens as recommendations ("identified
    the following recommendations ...:-", "The Cabinet is asked to:")."""
    found = []
    for lead, after in zip(blocks, blocks[1:], strict=False):
        if lead.kind != "paragraph" or after.kind != "list":
            continue
        if not any(p.search((lead.text or "").rstrip()) for p in _RECOMMENDATION_LEADS):
            continue
        for entry in after.items or []:
            label = ENTRY_LABEL_RE.match(entry)
            text = entry[label.end() :] if label else entry
            found.append(Recommendation(label.group("n") if label else None, text))
    return found


def _list_after(blocks: list[Block], text: str) -> list[str] | None:
    """The entries of the list right after the paragraph that reads ``text``."""
    wanted = " ".join(text.split())
    for lead, after in zip(blocks, blocks[1:], strict=False):
        if lead.kind == "paragraph" and after.kind == "list":
            if " ".join((lead.text or "").split()).endswith(wanted):
                return after.items
    return None


def _adopting(resolutions: list[Resolution]) -> Resolution | None:
    return next(
        (r for r in resolutions if any(p.search(r.text) for p in _ADOPTIONS)), None
    )


def _echoed(recommendation: Recommendation, resolutions: list[Resolution]) -> bool:
    words = set(WORD_RE.findall(recommendation.text.casefold()))
    for resolution in resolutions:
        said = set(WORD_RE.findall(resolution.text.casefold()))
        if words and len(words & said) / len(words) >= ECHO:
            return True
    return False


def narrative_promises(
    blocks: list[Block], meeting: date | None, dayfirst: bool
) -> list[Commitment]:
    """Promises the narrative records ("a further report would be submitted
    to the Finance Sub Committee in March", "The Chair agreed to write to
    ..."): one per sentence, of kind ``undertaking``, for a clerk to confirm."""
    found = []
    for block in blocks:
        texts = [block.text or ""] if block.kind == "paragraph" else block.items or []
        for text in texts:
            if not NARRATIVE_HINT_RE.search(text):
                continue
            for sentence in SENTENCE_RE.split(text):
                if _search_any(_NARRATIVE, sentence):
                    due = _first(_later(find_due(sentence, meeting, dayfirst), meeting))
                    found.append(
                        Commitment(
                            kind="undertaking",
                            resolution=None,
                            text=sentence.strip(),
                            owner=owner_in(sentence),
                            recipient=recipient_in(sentence),
                            due_phrase=due.phrase if due else None,
                            due_date=due.date if due else None,
                        )
                    )
    return found


def _known(text: str, found: list[Commitment]) -> bool:
    """Already found from a resolution, an action or an answer."""
    return any(text in c.text or c.text in text for c in found)


def _later(dues: list[Due], meeting: date | None) -> list[Due]:
    """Deadlines, not dates the text looks back to."""
    return [d for d in dues if d.date is None or meeting is None or d.date > meeting]


def _promises(
    text: str, meeting: date | None, dayfirst: bool
) -> list[tuple[str, Due | None]]:
    """One (clause, due) per due phrase; a resolution with two deadlines
    ("completed by April 4, 2025, and directing staff to present ... by
    4/15/2024") makes two commitments, each with its own owner and recipient."""
    dues = find_due(text, meeting, dayfirst)
    if len(dues) <= 1:
        return [(text, _first(dues))]
    clauses = CLAUSE_RE.split(text)
    pairs: list[tuple[str, Due | None]] = []
    for clause in clauses:
        pairs.extend((clause, due) for due in find_due(clause, meeting, dayfirst))
    return pairs or [(text, dues[0])]


def is_promise(text: str, meeting: date | None = None) -> bool:
    """Does this resolution promise something later, or only note or agree?"""
    directed = any(p.search(text) for p in _DIRECTIONS)
    if directed:  # "notes ... and asks officers to report back"
        return True
    if _NOT_PROMISES[0].search(text):
        return False
    if _search_any(_PROMISES, text):
        return True
    if _OWNERS[0].search(text):  # "That the Director ... report to Cabinet"
        return True
    if _NOT_PROMISES[1].search(text):
        return False
    dues = _later(find_due(text, meeting), meeting)
    return any(due.date or "meeting" in due.phrase for due in dues)


def owner_in(text: str) -> str | None:
    """The owner the text names ("That the Director of Finance report ...",
    "... with staff to report back ...", "the Chair agreed to write ...")."""
    text = text.strip()
    for pattern in candidates(_OWNERS, text):
        match = pattern.search(text)
        if match:
            return match.group("owner").strip(" ,")
    return None


def recipient_in(text: str) -> str | None:
    """Whom the promise is for ("to the Committee", "write to Cllr Vanier",
    "the owners ... be notified")."""
    if " to " not in text and " be " not in text and " of " not in text:
        return None
    text = text.strip()
    for pattern in candidates(_RECIPIENTS, text):
        match = pattern.search(text)
        if match:
            return match.group("r").strip(" ,.")
    return None


def undertakings(
    exchanges: list[Exchange], meeting: date | None, dayfirst: bool
) -> list[Commitment]:
    """Dated promises in officers' answers, one per due phrase."""
    found = []
    for exchange in exchanges:
        for response in exchange.responses:
            for clause in re.split(r";\s*", response.text):
                found.extend(_undertakings_in(clause, response.by, meeting, dayfirst))
    return found


def _undertakings_in(
    clause: str, by: str | None, meeting: date | None, dayfirst: bool
) -> list[Commitment]:
    if not _may_be_dated(clause) or not UNDERTAKING_CUE_RE.search(clause):
        return []
    return [
        Commitment(
            kind="undertaking",
            resolution=None,
            text=clause.strip(),
            owner=by,
            recipient=recipient_in(clause),
            due_phrase=due.phrase,
            due_date=due.date,
        )
        for due in find_due(clause, meeting, dayfirst)
        if due.date and (meeting is None or due.date > meeting)
    ]


def _search_any(patterns: list[re.Pattern[str]], text: str) -> bool:
    """Whether any of ``patterns`` is found in ``text``."""
    return any(p.search(text) for p in candidates(patterns, text))


def _may_be_dated(clause: str) -> bool:
    """A cheap test: every dated phrase has a digit or a period word."""
    return DATED_HINT_RE.search(clause) is not None


def _first(dues: list[Due]) -> Due | None:
    return dues[0] if dues else None
