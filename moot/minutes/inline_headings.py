"""Item headings run into one long line, as text copied from a PDF viewer or
a document-management page ("... AGENDA 1. APOLOGIES FOR ABSENCE 2.
DECLARATIONS OF INTEREST – In terms of ... 3. MINUTES (a) Minute of ...").

A long line is broken before each number of a chain that counts up through
it ("1.", "2.", "2.1", "3.0", "5.a") where the number has a full stop or
its title is in capitals; a title in capitals then gets a line of its own.
The splitter (``segment.py``) reads the new lines as usual. Only the line
breaks change: every character stays.
"""

import re

from .decision_phrases import RUN_IN_DECISIONS
from .heading_phrases import STANDING_CAPS
from .quick import compile_fast, lowered, may_match

LONG_LINE = 40  # characters: shorter lines are read as they are
RUN_TOGETHER = 200  # characters: a paragraph this long may hold a decision
DECISION_BREAK_RE = re.compile(
    "|".join(f"(?:{row.pattern})" for row in RUN_IN_DECISIONS), re.IGNORECASE
)
MIN_CHAIN = 3
FIRSTS = {(1,), (1, 0)}  # where a section's numbering starts afresh
MAX_SECTIONS = 8
MARKER_RE = re.compile(
    r"(?:(?<=[\s.:;,)])|^)(?<!\d:)(?:(?P<num>\d{1,2}(?:(?:\.\d{1,2}){1,2}|\.?[a-z](?=\s))?)(?P<dot>\.)?"
    r"|(?P<letter>[A-H]|[IVX]{1,4})\.)\s+(?=[A-Z])"
)
# What every marker holds: a digit, or a letter, a full stop and a space. A
# pattern that starts with a class is scanned fast; most long lines have none.
MARKER_HINT_RE = re.compile(r"[\dA-HIVX](?:(?<=\d)|\.\s)")
LETTERS = 1000  # "A." counts as 1001: a chain never mixes letters and numbers
ROMAN = 2000
ROMAN_VALUES = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
}
# Capitals that start a resolution or a motion, not a title: "1. THAT the ..."
NOT_TITLES = {"THAT", "RESOLVED", "AGREED", "CARRIED", "MOVED", "NOTED"}
CAPS_WORD_RE = re.compile(r"[A-Z0-9][A-Z0-9'’&/,.()]*|[–—-]")
Number = tuple[int, ...]  # (2,), (2, 1), (2, 1, 3)
# Standing business in capitals run into the line after a sentence ("...
# Police and Fire. CALL TO ORDER Mayor Joe Lockwood called ...").
STANDING_RE = compile_fast(
    r"(?:(?<=[.:;)]\s)|^)(?:"
    + "|".join(row.pattern[1:].removesuffix(r"\.?$") for row in STANDING_CAPS)
    + r")\.?(?=\s+\(?[A-Z][a-z]|\s*$)"
)


def break_inline_headings(lines: list[str]) -> list[str]:
    """``lines`` with long lines broken before their run-in item headings."""
    if not any(len(line) > LONG_LINE for line in lines):
        return lines
    out: list[str] = []
    for line in lines:
        for piece in _broken(line) if len(line) > LONG_LINE else [line]:
            out += _decisions_apart(piece) if len(piece) > RUN_TOGETHER else [piece]
    return out


def _decisions_apart(line: str) -> list[str]:
    """``line`` broken before the motions, resolutions and results run into it,
    each on a line of its own after a blank one."""
    starts = [match.start() for match in DECISION_BREAK_RE.finditer(line)]
    if not starts:
        return [line]
    bounds = zip([0, *starts], [*starts, len(line)], strict=True)
    pieces = [line[a:b].strip() for a, b in bounds]
    return [part for piece in pieces if piece for part in ("", piece)][1:]


def _broken(line: str) -> list[str]:
    if not MARKER_HINT_RE.search(line):
        return _standing_broken(line)
    markers = []
    for match in MARKER_RE.finditer(line):
        letter = match.group("letter")
        if letter:
            markers += _lettered(match.start(), letter)
            continue
        number = _number(match.group("num"))
        dotted = bool(match.group("dot")) or "." in match.group("num")
        if number and (dotted or _caps_run(line[match.end() :])):
            markers.append((match.start(), number))
    chain = _longest_chain(markers)
    if len(chain) < MIN_CHAIN:
        return _standing_broken(line)
    starts = [markers[i][0] for i in chain]
    pieces = [line[: starts[0]].rstrip()] if starts[0] else []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(line)
        pieces += _heading_and_text(line[start:end].strip())
    return [part for piece in pieces if piece for part in ("", piece)][1:]


def _heading_and_text(piece: str) -> list[str]:
    """ "4. RADIATION MONITORING AT DALGETY BAY – Verbal update" → the
    heading line and the text line."""
    marker = MARKER_RE.match(piece)
    if marker is None:
        return [piece]
    title = _caps_run(piece[marker.end() :])
    if not title or title.split()[0].rstrip(":,") in NOT_TITLES:
        return [piece]
    cut = marker.end() + len(title)
    return [piece[:cut].rstrip(), piece[cut:].strip()]


def _caps_run(text: str) -> str:
    """The words in capitals at the start of ``text`` (two letters at least),
    without a closing dash."""
    end = letters = 0
    while True:
        start = end + len(text[end : end + 8]) - len(text[end : end + 8].lstrip())
        match = CAPS_WORD_RE.match(text, start)
        if match is None:
            break
        following = text[match.end() : match.end() + 1]
        if following and not following.isspace():
            break  # "Minute" starts with a capital but goes on in lower case
        letters += sum(c.isalpha() for c in match.group())
        end = match.end()
    run = text[:end].rstrip(" –—-")
    return run if letters >= 2 else ""


def _lettered(start: int, letter: str) -> list[tuple[int, Number]]:
    if letter in ROMAN_VALUES:
        return [(start, (ROMAN + ROMAN_VALUES[letter],))]
    if len(letter) == 1 and letter <= "H":
        return [(start, (LETTERS + ord(letter) - 64,))]
    return []


def _number(text: str) -> Number | None:
    """(5,) for "5", (5, 1) for "5.1" or "5.a", (2, 1, 3) for "2.1.3"."""
    parts = text.split(".")
    if len(parts) == 1 and text[-1:].isalpha():
        parts = [text[:-1], text[-1]]
    if not parts[0].isdigit():
        return None
    return tuple(int(p) if p.isdigit() else ord(p) - 96 for p in parts)


def _successors(number: Number) -> list[Number]:
    """What may follow a number: the next item ("2", "2.0"), the next part
    at its level ("1.2" after "1.1") or its first part ("1.1", "1.0", "2.1.1")."""
    head = number[0]
    after: list[Number] = [(head + 1,), (head + 1, 0), (*number[:-1], number[-1] + 1)]
    if len(number) < 3:
        after += [(*number, 1), (*number, 0)] if len(number) == 1 else [(*number, 1)]
    if len(number) == 3:
        after.append((*number[:2][:1], number[1] + 1))
    return after


def _longest_chain(markers: list[tuple[int, Number]]) -> list[int]:
    """Indexes of the longest run of markers each following the one before.

    One pass: each chain waits for the numbers that may follow its last
    marker; of two chains waiting for the same number the longer is kept.
    """
    chains: list[list[int]] = []
    waiting: dict[Number, int] = {}  # a number → the chain waiting for it
    for index, (_, number) in enumerate(markers):
        owner = waiting.pop(number, None)
        if owner is not None and _waits(chains[owner], markers, number):
            chains[owner].append(index)
        else:
            owner = len(chains)
            chains.append([index])
        for following in _successors(number):
            rival = waiting.get(following)
            if rival is None or len(chains[rival]) < len(chains[owner]):
                waiting[following] = owner
    return _with_restarts(chains, markers)


def _with_restarts(
    chains: list[list[int]], markers: list[tuple[int, Number]]
) -> list[int]:
    """The longest chain, with the chains that number another section of
    the page afresh from 1 ("1. CALL TO ORDER ... 6. ADJOURNMENT 1. CALL TO
    ORDER ..." for two meetings on one page) where they do not overlap it."""
    if not chains:
        return []
    chosen = [max(chains, key=len)]
    fresh = [
        chain[start:]
        for chain in chains
        if len(chain) > MIN_CHAIN
        for start in range(2)  # a stray "0" may lead the chain
        if markers[chain[start]][1] in FIRSTS
    ]
    for chain in sorted(fresh, key=len, reverse=True)[:MAX_SECTIONS]:
        if all(chain[0] > other[-1] or chain[-1] < other[0] for other in chosen):
            chosen.append(chain)
    return sorted(index for chain in chosen for index in chain)


def _waits(chain: list[int], markers: list[tuple[int, Number]], number: Number) -> bool:
    """Whether ``chain`` still waits for ``number`` (it may have moved on)."""
    return number in _successors(markers[chain[-1]][1])


def _standing_broken(line: str) -> list[str]:
    """``line`` broken around its run-in standing business in capitals,
    where there are two at least ("INVOCATION ... CALL TO ORDER ...")."""
    if not may_match(STANDING_RE, lowered(line)):
        return [line]
    found = list(STANDING_RE.finditer(line))
    if len(found) < 2:
        return [line]
    pieces = [line[: found[0].start()].rstrip()]
    for position, match in enumerate(found):
        end = found[position + 1].start() if position + 1 < len(found) else len(line)
        pieces += [match.group(), line[match.end() : end].strip()]
    return [part for piece in pieces if piece for part in ("", piece)][1:]
