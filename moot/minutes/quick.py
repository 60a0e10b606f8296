r"""Cheap tests that spare a costly regex: the parser's speed, not its rules.

Python's ``re`` tries a case-insensitive pattern at every position of the
text, alternative by alternative; most of the parser's time went there, on
lines that could never match. Three exact shortcuts, each read once from the
pattern's own syntax, so a phrase table's rows stay plain patterns:

- ``may_match(pattern, low)``, ``candidates(table, text)``: every match of a
  pattern holds one of a few words ("report back" needs "report"); a line
  holding none of them is skipped with a substring test.
- ``with_look_ahead``, ``compile_fast``: a pattern behind a look-ahead for
  the characters a match can start with (``(?=[aiw])`` before
  ``\b(?:would|will|is\s+to)``), so most positions fail at one test.
- ``search_caseless(pattern, text)``: a case-insensitive pattern with no
  capitals in it finds the same places as its case-sensitive twin over the
  lower-cased text, which ``re`` scans several times faster.

The first and last work on ``lowered(text)``, which is ``None`` for the three
characters whose ``str.lower`` and ``re.IGNORECASE`` disagree (ı, İ, ſ): then
the full pattern runs, so the answer is always the pattern's own.
``tests/test_quick.py`` checks every shortcut against its pattern over the
real corpus.
"""

import importlib
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

# The syntax tree of a pattern (CPython 3.11+); private, so if it is missing
# no words are read and every pattern always runs.
_parser: Any
_c: Any
try:
    _parser = importlib.import_module("re._parser")
    _c = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover
    _parser = _c = None

# str.lower() and re.IGNORECASE disagree on these (ı ~ i, İ ~ i, ſ ~ s).
_DISAGREE = ("\u0130", "\u0131", "\u017f")
# Literal characters a needed word may hold: lower case has one form in both.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -_.,:;/&'’()")
# Testing more words than this costs more than running the pattern over a
# short line; over a long text (``LONG`` characters) up to ``MAX_WORDS_LONG``.
MAX_WORDS = 4
MAX_WORDS_LONG = 16
LONG = 200
# Classes a look-ahead may hold, by the parser's name for them.
_CATEGORIES: dict[Any, str] = {}
if _c is not None:
    _CATEGORIES = {
        _c.CATEGORY_DIGIT: r"\d",
        _c.CATEGORY_NOT_DIGIT: r"\D",
        _c.CATEGORY_SPACE: r"\s",
        _c.CATEGORY_NOT_SPACE: r"\S",
        _c.CATEGORY_WORD: r"\w",
        _c.CATEGORY_NOT_WORD: r"\W",
    }
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
# pattern's id: (the pattern, its test of the lowered text, or None)
# (Looked up by id: hashing a compiled pattern hashes its whole program.)
_TESTS: dict[int, tuple[re.Pattern[str], Callable[[str], bool] | None]] = {}
# pattern's id: (the pattern, its lower-case twin, or None)
_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
Test = Callable[[str], bool]
# table's id: (the table, each pattern with its test)
_TABLES: dict[
    int, tuple[list[re.Pattern[str]], list[tuple[re.Pattern[str], Test | None]]]
]
_TABLES = {}
# Patterns and tables made once, at import; more than this many means some
# are made afresh on each call, and the caches start again.
_CACHED = 2000


def lowered(text: str) -> str | None:
    """``text.lower()``, or ``None`` where lower-casing would not be exact."""
    if not text.isascii() and (
        _DISAGREE[0] in text or _DISAGREE[1] in text or _DISAGREE[2] in text
    ):
        return None
    return text.lower()


def may_match(pattern: re.Pattern[str], low: str | None) -> bool:
    """False only when ``pattern`` cannot match the text ``low`` was lowered
    from (``low`` is ``lowered(text)``)."""
    if low is None:
        return True
    test = _test_of(pattern)
    return test is None or test(low)


def candidates(patterns: list[re.Pattern[str]], text: str) -> Iterator[re.Pattern[str]]:
    """The patterns of a table, in order, less those that cannot match ``text``."""
    low = lowered(text)
    entry = _TABLES.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        _bound(_TABLES)
        entry = _TABLES[id(patterns)] = (patterns, [(p, _test_of(p)) for p in patterns])
    for pattern, test in entry[1]:
        if test is None or low is None or test(low):
            yield pattern


def _test_of(pattern: re.Pattern[str]) -> Test | None:
    entry = _TESTS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        _bound(_TESTS)
        entry = _TESTS[id(pattern)] = (pattern, _test(needed_words(pattern)))
    return entry[1]


def _bound(cache: dict[int, Any]) -> None:
    """An entry holds its key's object, so its id stays its own; a cache
    that grows past ``_CACHED`` starts again rather than hold them all."""
    if len(cache) >= _CACHED:
        cache.clear()


def _test(needs: frozenset[str] | None) -> Test | None:
    """The test of a lowered text for ``needs``, as cheap as it can be."""
    if not needs:
        return None
    words = tuple(sorted(needs))
    if len(words) == 1:
        word = words[0]
        return lambda low: word in low
    many = len(words) > MAX_WORDS

    def test(low: str) -> bool:
        if many and len(low) < LONG:
            return True  # a short text: the pattern costs less than the words
        for word in words:
            if word in low:
                return True
        return False

    return test


def search_caseless(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text) is not None``, faster where the pattern allows."""
    entry = _TWINS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        _bound(_TWINS)
        entry = _TWINS[id(pattern)] = (pattern, _twin(pattern))
    twin = entry[1]
    low = lowered(text) if twin is not None else None
    if twin is None or low is None:
        return pattern.search(text) is not None
    return twin.search(low) is not None


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive pattern that matches the lowered text where
    ``pattern`` matches the text: only for a pattern with no capitals (no
    ``[A-Z]``, ``\\S``, ``(?-i:``) and no flags but IGNORECASE."""
    source = pattern.pattern
    if pattern.flags & ~re.UNICODE != re.IGNORECASE or source != source.lower():
        return None
    return compile_fast(source)


@cache
def needed_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case words one of which every match holds; ``None`` if no set of
    at most ``MAX_WORDS_LONG`` is sure (then the pattern always runs)."""
    if _parser is None:  # pragma: no cover
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern re compiled parses
        return None
    needs = _needs(list(tree))
    return frozenset(needs) if needs else None


def _needs(sequence: list[tuple[Any, Any]]) -> set[str] | None:
    """The best set of words one of which a match of ``sequence`` holds: the
    one whose shortest word is longest (the rarest to find by chance)."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(words: set[str] | None) -> None:
        nonlocal best
        if (
            words
            and all(words)
            and len(words) <= MAX_WORDS_LONG
            and (best is None or _score(words) > _score(best))
        ):
            best = words

    for op, av in sequence:
        if op is _c.LITERAL and chr(av).lower() in _PLAIN:
            run.append(chr(av).lower())
            continue
        consider({"".join(run).strip()} if run else None)
        run = []
        consider(_inner(op, av))
    consider({"".join(run).strip()} if run else None)
    return best


def _inner(op: Any, av: Any) -> set[str] | None:
    """What a group, an alternation or a repeat needs, if anything."""
    if op is _c.SUBPATTERN:
        return _needs(list(av[3]))
    if op is _c.ATOMIC_GROUP:
        return _needs(list(av))
    if op is _c.ASSERT:  # a lookaround's text is in the string too
        return _needs(list(av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _needs(list(av[2]))
    if op is _c.BRANCH:
        words: set[str] = set()
        for alternative in av[1]:
            needs = _needs(list(alternative))
            if not needs:
                return None
            words |= needs
        return words
    return None


def _score(words: set[str]) -> tuple[bool, int, int]:
    """Words of four letters or more first (rare by chance), then fewest."""
    shortest = min(len(word) for word in words)
    return shortest >= 4, -len(words), shortest


def with_look_ahead(source: str, flags: int) -> str:
    """``source`` behind a look-ahead for the characters a match can start
    with, where those are known: a position whose character cannot start a
    match then fails at one test, not at every alternative. The pattern finds
    exactly what it found before."""
    if _parser is None or flags & re.VERBOSE:
        return source
    try:
        tree = _parser.parse(source, flags)
    except Exception:  # pragma: no cover - a pattern re compiled parses
        return source
    data = list(tree)
    ignorecase = bool(tree.state.flags & re.IGNORECASE)
    if not data or data[0][0] is _c.IN:
        return source  # re already skips fast to a character of a class
    if data[0][0] is _c.LITERAL and not (ignorecase and chr(data[0][1]).isalpha()):
        return source  # nor to a literal prefix
    if data[0][0] is _c.AT and data[0][1] in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
        return source  # anchored: re tries the start only
    found = _firsts(data, ignorecase)
    if found is None or found[1]:  # unknown, or may match an empty string
        return source
    flagged = _GLOBAL_FLAGS.match(source)  # "(?i)" must stay first
    head = flagged.group() if flagged else ""
    return f"{head}(?=[{''.join(sorted(found[0]))}])(?:{source[len(head) :]})"


def compile_fast(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` with ``with_look_ahead``: the same pattern, faster."""
    return re.compile(with_look_ahead(source, flags), flags)


def _firsts(
    sequence: list[tuple[Any, Any]], ignorecase: bool
) -> tuple[set[str], bool] | None:
    """The class items a match of ``sequence`` can start with, and whether it
    can match the empty string; ``None`` when not sure."""
    items: set[str] = set()
    for op, av in sequence:
        found = _first(op, av, ignorecase)
        if found is None:
            return None
        items |= found[0]
        if not found[1]:
            return items, False
    return items, True


def _first(op: Any, av: Any, ignorecase: bool) -> tuple[set[str], bool] | None:
    if op is _c.LITERAL:
        return {_class_char(av)}, False
    if op is _c.IN:
        items = _class_items(av)
        return None if items is None else (items, False)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width: what follows starts the match
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if (add_flags | del_flags) & re.IGNORECASE and not ignorecase:
            return None  # a case-insensitive part in a case-sensitive pattern
        return _firsts(list(inner), ignorecase)
    if op is _c.ATOMIC_GROUP:
        return _firsts(list(av), ignorecase)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        found = _firsts(list(av[2]), ignorecase)
        return None if found is None else (found[0], found[1] or av[0] == 0)
    if op is _c.BRANCH:
        return _branch_firsts(av[1], ignorecase)
    return None


def _branch_firsts(alternatives: Any, ignorecase: bool) -> tuple[set[str], bool] | None:
    starts: set[str] = set()
    empty = False
    for alternative in alternatives:
        found = _firsts(list(alternative), ignorecase)
        if found is None:
            return None
        starts |= found[0]
        empty = empty or found[1]
    return starts, empty


def _class_items(av: Any) -> set[str] | None:
    """A class's items as written inside a class; ``None`` for a negated
    class or one not known here."""
    items = set()
    for kind, value in av:
        if kind is _c.LITERAL:
            items.add(_class_char(value))
        elif kind is _c.RANGE:
            items.add(f"{_class_char(value[0])}-{_class_char(value[1])}")
        elif kind is _c.CATEGORY and value in _CATEGORIES:
            items.add(_CATEGORIES[value])
        else:
            return None
    return items


def _class_char(code: int) -> str:
    """A character as written inside a class."""
    character = chr(code)
    return "\\" + character if character in "\\]^-[" else character
