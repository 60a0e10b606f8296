"""The parser's shortcuts never change an answer: a line the shortcut skips is
one the pattern cannot match, on every phrase of every table and every line
of the real corpus (its tuned part), the fixtures and the seed."""

import importlib
import pkgutil
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from moot import minutes
from moot.minutes import (
    chrome,
    commitments,
    dates,
    decision_phrases,
    exchanges,
    exempt,
    exempt_phrases,
    heading_phrases,
    inline_headings,
    item,
    meeting_phrases,
    pages,
    previous_reference_phrases,
    promise_phrases,
    quick,
    reference_phrases,
    references,
)
from moot.minutes.corpus import documents
from moot.minutes.dates import DATE, DATE_RE, search_date
from moot.minutes.decision_phrases import LABEL_HINT_RE
from moot.minutes.exempt import KEYWORDS
from moot.minutes.tests.test_seed import SEED

HERE = Path(__file__).parent
MODULES = [
    decision_phrases,
    exempt_phrases,
    heading_phrases,
    meeting_phrases,
    previous_reference_phrases,
    promise_phrases,
    reference_phrases,
]


def _tables() -> list[tuple[str, Any]]:
    """Every row of every phrase table (``Phrase``, ``Label``: a pattern and
    its ``regex``)."""
    rows = []
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, list) and value and hasattr(value[0], "regex"):
                rows += [(f"{module.__name__}.{name}", row) for row in value]
    return rows


def _module_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the parser's modules hold, alone or in tables."""
    found: dict[int, re.Pattern[str]] = {}

    def collect(value: Any, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            found[id(value)] = value
        elif isinstance(value, (list, tuple)) and depth < 3:
            for element in value:
                collect(element, depth + 1)

    for info in pkgutil.iter_modules(minutes.__path__):
        module = importlib.import_module(f"moot.minutes.{info.name}")
        for value in vars(module).values():
            collect(value)
    return list(found.values())


ROWS = _tables()
PATTERNS = [row.regex for _, row in ROWS] + _module_patterns()


@cache
def _lines() -> list[str]:
    """Lines and paragraphs of the corpus's tuned part (the unseen part is
    only scored), the fixtures and the seed."""
    tuned = [d.path for d in documents() if not d.unseen and d.path.suffix != ".pdf"]
    files = [
        *tuned,
        *(HERE / "fixtures").rglob("*.txt"),
        *([SEED] if SEED.exists() else []),
    ]
    lines: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += text.split("\n")
        lines += text.split("\n\n")
    return lines


@pytest.mark.parametrize(
    "row", [row for _, row in ROWS], ids=[name for name, _ in ROWS]
)
def test_every_phrase_example_passes_the_shortcut(row):
    low = quick.lowered(row.example)
    if row.regex.search(row.example):
        assert quick.may_match(row.regex, low)


def test_no_line_of_the_corpus_is_skipped_that_a_pattern_finds():
    lines = _lines()
    assert len(lines) > 5_000
    screened = [p for p in PATTERNS if quick.needed_words(p) is not None]
    assert len(screened) > 100
    for pattern in screened:
        for line in lines:
            if not quick.may_match(pattern, quick.lowered(line)):
                assert pattern.search(line) is None, (pattern.pattern, line)


@pytest.mark.parametrize("pattern", [KEYWORDS, LABEL_HINT_RE])
def test_caseless_search_finds_what_the_pattern_finds(pattern):
    for line in _lines():
        assert quick.search_caseless(pattern, line) == bool(pattern.search(line))


@pytest.mark.parametrize(
    "text",
    [
        "The report was EXEMPT",
        "ſchedule 12A",  # a long s: re.IGNORECASE reads it as s, str.lower does not
        "CONFİDENTIAL",  # a dotted capital I lower-cases to two characters
        "confıdential",
    ],
)
def test_characters_where_lower_case_and_ignorecase_differ(text):
    assert quick.search_caseless(KEYWORDS, text) == bool(KEYWORDS.search(text))
    for pattern in PATTERNS:
        if pattern.search(text):
            assert quick.may_match(pattern, quick.lowered(text))


def test_words_a_pattern_needs():
    assert quick.needed_words(re.compile(r"\breport(?:s|ed)?\s+back\b", re.I)) == {
        "report"
    }
    assert quick.needed_words(re.compile(r"(?:moved|seconded)\s+by", re.I)) == {
        "moved",
        "seconded",
    }
    assert quick.needed_words(re.compile(r"(?:a|b)?\d+")) is None


def test_the_date_look_ahead_finds_the_same_dates():
    plain = re.compile(DATE, re.IGNORECASE)
    text = "\n".join(_lines())
    found = [(m.span(), m.groupdict()) for m in DATE_RE.finditer(text)]
    assert len(found) > 100
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_the_look_ahead_finds_what_the_plain_pattern_finds():
    text = "\n".join(_lines())
    changed = 0
    for _, row in ROWS:
        plain = re.compile(row.pattern, row.regex.flags)
        if plain.pattern == row.regex.pattern:
            continue
        changed += 1
        spans = [m.span() for m in row.regex.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], row.pattern
    assert changed > 50


LOOKED_AHEAD = re.compile(
    r"^(\(\?[aiLmsux]+\))?\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:(.*)\)$", re.S
)


@pytest.mark.parametrize(
    "pattern",
    [
        dates.PERIOD_RE,
        dates.DATED_RE,
        dates.DUE_HINT_RE,
        dates.MONTH_ONLY_RE,
        dates.NEXT_MEETING_RE,
        pages._MARKER,
        commitments.NARRATIVE_HINT_RE,
        commitments.UNDERTAKING_CUE_RE,
        references.HINT,
        inline_headings.STANDING_RE,
        chrome._SUPPORTING,
        commitments.SENTENCE_RE,
        exchanges.SENTENCE_RE,
        exempt.SENTENCE_END,
        decision_phrases.INLINE_PART_RE,
        item.FUTURE_REPORT_RE,
        item.PAST_REPORT_RE,
        meeting_phrases.inline_label_regex(),
    ],
    ids=lambda pattern: pattern.pattern[:30],
)
def test_a_module_pattern_with_its_look_ahead_finds_the_same(pattern):
    written = LOOKED_AHEAD.fullmatch(pattern.pattern)
    assert written, "compiled with compile_fast"
    plain = re.compile((written.group(1) or "") + written.group(2), pattern.flags)
    text = "\n".join(_lines())
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def test_a_date_is_searched_for_only_where_a_year_is_written():
    lines = _lines()
    assert sum(bool(DATE_RE.search(line)) for line in lines) > 100
    for line in lines:
        found, expected = search_date(line), DATE_RE.search(line)
        assert (found and found.span()) == (expected and expected.span())
