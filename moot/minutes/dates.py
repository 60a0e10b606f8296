"""Dates in minutes: when a meeting was held and when a promise falls due.

The cheap path comes first: a few compiled patterns and ``datetime`` cover
almost every phrase clerks write ("in 12 months time", "by 31 October 2023",
"within 28 days", "by April 2019", "April 4, 2025"). ``dateutil`` does the
arithmetic (a month from 31 January is 28 February, not an error) and reads
what the patterns leave.
"""

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from .number_words import NUMBER_WORDS
from .promise_phrases import OPEN_DUES
from .quick import compile_fast, lowered, may_match

MONTHS = {
    name.casefold(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_ORD = r"(?:st|nd|rd|th)?"
_COUNT = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?:day|week|month|year)"

# A calendar date as clerks write it, British or US, with or without weekday.
DATE = (
    rf"(?:(?P<d1>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>\d{{4}})"
    rf"|(?P<n1>\d{{1,2}})[/.](?P<n2>\d{{1,2}})[/.](?P<ny>\d{{4}})"
    rf"|(?P<m3>{_MONTH})\.?,?\s+(?P<y3>\d{{4}}))\b"
)
# Behind a look-ahead for a digit or a month's first letter (read from the
# pattern), most positions fail at one test instead of four alternatives:
# three times faster, the same dates (tests/test_quick.py).
DATE_RE = compile_fast(DATE, re.IGNORECASE)
# Every date DATE_RE reads holds its year in four digits: a text without four
# digits in a row is passed over at the speed of a class scan.
_YEAR_RE = re.compile(r"\d\d\d\d")
PERIOD_RE = compile_fast(
    rf"\b(?P<lead>in|within|after|for|return(?:ing)?\s+within)\s+(?:the\s+next\s+)?"
    rf"(?P<count>{_COUNT})\s+(?P<unit>{_UNIT})s?(?:['’]s?)?(?:\s+time)?\b"
    r"(?:\s+(?:of|from|after)\s+(?P<anchor>(?:this|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|date|publication|implementation|completion|adoption|decision|"
    r"approval|award|receipt|start|launch)(?:\s+date)?))?",
    re.IGNORECASE,
)
DATED_RE = compile_fast(
    rf"\b(?P<lead>by|before|no\s+later\s+than|in|during|until|from|on|for)\s+"
    rf"(?P<end>the\s+end\s+of\s+)?(?P<when>{DATE_RE.pattern})",
    re.IGNORECASE,
)
# Every due phrase has a digit, a period word, a month name, "meeting" or an
# event word.
DUE_HINT_RE = compile_fast(
    r"\d|day|week|month|year|meeting|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    r"|cycle|agenda|complet|conclu|receipt|adoption|approval|outcome|publication",
    re.IGNORECASE,
)
# "in March": a month with no year is the next such month after the meeting.
MONTH_ONLY_RE = compile_fast(
    rf"\b(?P<lead>by|before|in|during|until|for)\s+(?:early\s+|late\s+|mid[- ])?"
    rf"(?P<month>(?-i:{_MONTH}))\b(?!\.?,?\s*(?:\d|of\b))",
    re.IGNORECASE,
)
# "the meeting held on 3 May 2024": a date the text looks back to, not a deadline.
PAST_ANCHOR_RE = re.compile(r"\b(?:held|dated|of|made|on|since|meeting)\s*$", re.I)
NEXT_MEETING_RE = compile_fast(
    r"\b(?:(?:to|at|by|until|for)\s+)?(?:the|its|their|a)\s+(?:next|following|future)\s+"
    r"(?:available\s+|scheduled\s+|ordinary\s+)?meeting\b",
    re.IGNORECASE,
)


OPEN_DUE_RES = [row.regex for row in OPEN_DUES]


@dataclass(frozen=True)
class Due:
    """A due phrase as written and the date it means (``None`` if open)."""

    phrase: str
    date: date | None


def read_date(text: str, dayfirst: bool = True) -> date | None:
    """The first calendar date written in ``text``, or ``None``.

    A month and year alone ("April 2019") mean the last day of that month,
    the latest moment the words allow. Numeric dates follow ``dayfirst``.
    """
    match = search_date(text)
    return _date_from_match(match, dayfirst) if match else None


def search_date(text: str, pos: int = 0) -> re.Match[str] | None:
    """``DATE_RE.search(text, pos)``, quick where there is no year."""
    return DATE_RE.search(text, pos) if _YEAR_RE.search(text, pos) else None


def _date_from_match(match: re.Match[str], dayfirst: bool) -> date | None:
    parts = match.groupdict()
    try:
        if parts["d1"]:
            return date(int(parts["y1"]), _month(parts["m1"]), int(parts["d1"]))
        if parts["d2"]:
            return date(int(parts["y2"]), _month(parts["m2"]), int(parts["d2"]))
        if parts["n1"]:
            first, second = int(parts["n1"]), int(parts["n2"])
            day, month = (first, second) if dayfirst else (second, first)
            if month > 12:  # the other style was meant: 4/15/2024 is April
                day, month = month, day
            return date(int(parts["ny"]), month, day)
        year, month = int(parts["y3"]), _month(parts["m3"])
        return date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None


def _month(name: str) -> int:
    folded = name.casefold().rstrip(".")
    return MONTHS[folded] if folded in MONTHS else MONTHS[folded[:3]]


def find_due(text: str, meeting: date | None, dayfirst: bool = True) -> list[Due]:
    """Every due phrase in ``text``, in order, with the date each means.

    Periods ("in 12 months time", "within 28 days") count from the meeting
    date, so without one their date stays ``None``. "The next meeting" is
    left for the calendar to fill.
    """
    found: list[tuple[int, Due]] = []
    if not DUE_HINT_RE.search(text):  # most sentences promise nothing
        return []
    low = lowered(text)
    for match in _finditer(PERIOD_RE, text, low):
        found.append((match.start(), Due(match.group(0), _add_period(match, meeting))))
    for match in _finditer(DATED_RE, text, low):
        if PAST_ANCHOR_RE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        when = DATE_RE.match(match.group("when"))
        due = _date_from_match(when, dayfirst) if when else None
        found.append((match.start(), Due(match.group(0), due)))
    for match in _finditer(MONTH_ONLY_RE, text, low):
        if PAST_ANCHOR_RE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        month = _month(match.group("month"))
        found.append((match.start(), Due(match.group(0), _next_month(month, meeting))))
    for match in _finditer(NEXT_MEETING_RE, text, low):
        found.append((match.start(), Due(match.group(0), None)))
    for pattern in OPEN_DUE_RES:
        for match in _finditer(pattern, text, low):
            found.append((match.start(), Due(match.group(0), None)))
    found.sort(key=lambda pair: pair[0])
    return [due for _, due in found]


def _finditer(
    pattern: re.Pattern[str], text: str, low: str | None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, skipped where the words it needs are absent."""
    return pattern.finditer(text) if may_match(pattern, low) else iter(())


def _add_period(match: re.Match[str], meeting: date | None) -> date | None:
    """The meeting date plus the period; a period counted from some other
    event ("within 14 days of its publication") has no date yet."""
    anchor = (match.group("anchor") or "this meeting").casefold()
    if meeting is None or not anchor.endswith("meeting"):
        return None
    count_text = match.group("count").casefold()
    count = int(count_text) if count_text.isdigit() else NUMBER_WORDS[count_text]
    unit = match.group("unit").casefold()
    periods = {
        "day": relativedelta(days=count),
        "week": relativedelta(weeks=count),
        "month": relativedelta(months=count),
        "year": relativedelta(years=count),
    }
    due: date = meeting + periods[unit]
    return due


def _next_month(month: int, meeting: date | None) -> date | None:
    """The last day of the first such month after the meeting ("in March"
    at a January meeting is this March; at a May meeting, next March)."""
    if meeting is None:
        return None
    year = meeting.year if month >= meeting.month else meeting.year + 1
    return date(year, month, calendar.monthrange(year, month)[1])
