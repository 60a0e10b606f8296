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
from .records import Commitment, Exchange, Item

_ACTS = (
    r"report|submit|provide|circulate|bring|present|prepare|write|return|arrange|"
    r"investigate|update|share|publish|produce|consult|review|ensure|liaise|contact|"
    r"explore|develop|send|organise|organize|hold|meet|look"
)
PROMISE_RE = re.compile(
    r"\bbe\s+(?:re-?)?(?:submitted|provided|presented|circulated|reported|brought|sent|"
    r"produced|prepared|made\s+available|published|arranged|issued|shared|undertaken|"
    r"investigated|explored|developed|written|completed|delivered|implemented|"
    r"organised|organized|held|scheduled|added|included|notified|informed|consulted|"
    r"kept\s+informed|updated)\b"
    r"|\breport(?:s|ed|ing)?\s+back\b"
    r"|\b(?:to|will|shall|should)\s+(?:" + _ACTS + r")\b"
    r"|\breturn(?:s|ing)?\s+(?:to|within)\b",
    re.IGNORECASE,
)
ONLY_NOTES_RE = re.compile(
    r"\b(?:be|is|are|was|were)\s+(?:duly\s+)?(?:noted|approved|endorsed|appointed|"
    r"agreed|adopted|received|welcomed|accepted|confirmed|elected|signed)\b",
    re.IGNORECASE,
)
_OWNER = (
    r"(?!That\b|It\b|This\b)(?P<owner>[Oo]fficers|[Ss]taff|[A-Z][\w’'&-]*"
    r"(?:,?\s+(?:[A-Z][\w’'&-]*|of|and|for|the))*?)"
)
_TO_ACT = (
    r"\s+(?:be\s+(?:requested|asked|instructed|authorised|invited)\s+to\s+|to\s+|"
    r"will\s+|should\s+|shall\s+)?(?:(?:urgently|then|also)\s+)?(?:" + _ACTS + r")\b"
)
OWNER_RE = re.compile(r"(?:^|\b[Tt]hat\s+)(?:the\s+)?" + _OWNER + _TO_ACT)
# "ACTION: Head of Finance to include ...": an action names its owner and any task.
OWNER_TASK_RE = re.compile(
    r"^\(?(?P<owner>[A-Z][^()]{1,80}?)\)?\s+to\s+(?P<task>[a-z]+\b.*)$"
)
# "... with staff to report back", "directing staff to present ..."
DIRECTED_OWNER_RE = re.compile(
    r"\b(?:with|directing|requesting|asking|instructing|and)\s+(?:the\s+)?"
    r"(?P<owner>staff|officers|[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for)){0,6}?)"
    r"\s+to\s+(?:" + _ACTS + r")\b"
)
_RECIPIENT = (
    r"(?:the\s+|all\s+|relevant\s+|each\s+)?(?:[A-Za-z’'-]+\s+){0,4}?"
    r"(?:Committees?|Members|members|Councillors|councillors|Board|Cabinet|Council|"
    r"Panel|Group|Executive|Forum|Partnership|Sub-Committee|Scrutiny)"
)
PASSIVE_RECIPIENT_RE = re.compile(
    r"^(?:That\s+|that\s+)?(?:the\s+)?(?P<r>[\w’' ,-]{2,80}?)\s+be\s+"
    r"(?:notified|informed|consulted|advised|kept\s+informed|updated|written\s+to)\b"
)
RECIPIENT_RE = re.compile(
    r"\b(?:submitted|provided|presented|reported|circulated|sent|brought|returned|"
    r"report(?:ed)?\s+back|report|circulate|submit|provide|present|send|bring|return)"
    r"(?:\s+[^.;]{0,80}?)?\s+to\s+(?P<r>" + _RECIPIENT + r")\b"
)
CLAUSE_RE = re.compile(
    r";\s*|,\s+(?:and\s+)?(?=(?:with|directing|requesting|asking|instructing)\b)"
)
DATED_HINT_RE = re.compile(r"\d| month| week| day| year")
UNDERTAKING_CUE_RE = re.compile(
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
    for resolution in item.resolutions:
        if is_promise(resolution.text):
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
    return found


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


def is_promise(text: str) -> bool:
    """Does this resolution promise something later, or only note or agree?"""
    if PROMISE_RE.search(text) or OWNER_RE.search(text):
        return True
    if ONLY_NOTES_RE.search(text):
        return False
    return any(due.date or "meeting" in due.phrase for due in find_due(text, None))


def owner_in(text: str) -> str | None:
    """The owner the text names ("That the Director of Finance report ...",
    "... with staff to report back ...")."""
    match = OWNER_RE.search(text.strip()) or DIRECTED_OWNER_RE.search(text)
    return match.group("owner").strip(" ,") if match else None


def recipient_in(text: str) -> str | None:
    """Whom the promise is for ("to the Committee", "to Area Committees",
    "the owners ... be notified")."""
    if " to " not in text and " be " not in text:
        return None
    match = RECIPIENT_RE.search(text) or PASSIVE_RECIPIENT_RE.match(text.strip())
    return match.group("r").strip() if match else None


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


def _may_be_dated(clause: str) -> bool:
    """A cheap test: every dated phrase has a digit or a period word."""
    return DATED_HINT_RE.search(clause) is not None


def _first(dues: list[Due]) -> Due | None:
    return dues[0] if dues else None
