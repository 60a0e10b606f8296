"""Count what the parser kept: every word of the input must reach the output.

The words of what the reader read (``read_source``: its text, its items'
number, title and text, the meeting facts the format states, and what the
reader itself discarded) are counted and compared with the words of
``Minutes.to_dict()``: every string or number of the meeting and the items,
and the ``text`` of each ``discarded`` entry. ``warnings`` and discard reasons
do not count: they describe the input, they do not keep it.

A word split by a line-end hyphen ("consider-" / "ation") may come out joined
or as its two parts; either keeps it.
"""

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from .source import Source

WORD = re.compile(r"\w+")
# A word broken at a line end by a hyphen, or by a soft hyphen as PDF
# extractors report it (U+00AD, or U+FFFE from pdfium).
SPLIT_WORD = re.compile(r"(\w+)(?:-[ \t]*\n[ \t\f]*|[\u00ad\ufffe]\s*)(\w+)")


def source_strings(source: Source) -> Iterator[str]:
    """The text of everything ``read_source`` read, kept or discarded."""
    yield source.text
    for item in source.items or []:
        for value in (item.number, item.title, item.text):
            if value:
                yield value
    for value in source.meeting.values():
        if value:
            yield value
    for entry in source.discarded:
        yield entry.text


def output_strings(value: Any) -> Iterator[str]:
    """Every string and number inside a JSON value, numbers as text."""
    if isinstance(value, dict):
        for item in value.values():
            yield from output_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from output_strings(item)
    elif isinstance(value, str):
        yield value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield str(value)


def words(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(WORD.findall(text.casefold()))
    return counts


def lost_words(source: Source, output: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Words used more often in the source than the output, with both counts."""
    kept = words(output_strings(output["meeting"]))
    kept += words(output_strings(output["items"]))
    kept += words(entry["text"] for entry in output["discarded"])
    available = Counter(kept)
    split: list[tuple[str, str]] = []
    plain = []
    for text in source_strings(source):
        split += [(a.casefold(), b.casefold()) for a, b in SPLIT_WORD.findall(text)]
        plain.append(SPLIT_WORD.sub(" ", text))
    wanted = words(plain)
    available.subtract(wanted)
    lost = {word: (n, kept[word]) for word, n in wanted.items() if n > kept[word]}
    for first, second in split:
        joined = first + second
        if available[joined] > 0:
            available[joined] -= 1
        elif available[first] > 0 and available[second] > 0:
            available[first] -= 1
            available[second] -= 1
        else:
            lost[f"{first}-{second}"] = (1, 0)
    return lost
