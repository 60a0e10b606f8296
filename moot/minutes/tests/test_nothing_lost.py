"""Every word of the input reaches the output: a field, or ``discarded`` with a reason.

For each input, the words of what the reader read (``read_source``: its text,
its items' number, title and text, the meeting facts the format states, and
what the reader itself discarded) are counted and compared with the words of
``Minutes.to_dict()``: every string or number of the meeting and the items,
and the ``text`` of each ``discarded`` entry. ``warnings`` and discard reasons
do not count: they describe the input, they do not keep it.

A word split by a line-end hyphen ("consider-" / "ation") may come out joined
or as its two parts; either keeps it.
"""

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from moot.minutes import parse, read_source

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT / ".." / "shared"
CONVENTIONS = Path(__file__).resolve().parent / "fixtures" / "conventions"

WORD = re.compile(r"\w+")
# A word broken at a line end by a hyphen, or by a soft hyphen as PDF
# extractors report it (U+00AD, or U+FFFE from pdfium).
SPLIT_WORD = re.compile(r"(\w+)(?:-[ \t]*\n[ \t\f]*|[\u00ad\ufffe]\s*)(\w+)")


def inputs() -> list[Path]:
    """Every fixture the rule covers; the scanned PDF with no text is left out."""
    conventions = [
        path
        for path in sorted(CONVENTIONS.iterdir())
        if path.suffix in {".txt", ".html", ".pdf"}
    ]
    minutes = SHARED / "fixtures" / "minutes"
    real = [
        *sorted((minutes / "txt").glob("*.txt")),
        *(
            path
            for path in sorted((minutes / "pdf").glob("*.pdf"))
            if "no-text" not in path.name
        ),
        *sorted((SHARED / "seed").glob("*.txt")),
        *sorted(
            (SHARED / "fixtures" / "moderngov" / "xml").glob(
                "manchester-GetMeeting-*.xml"
            )
        ),
        *sorted((SHARED / "fixtures" / "moderngov" / "html").glob("*.html")),
    ]
    return conventions + real


def label(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def source_strings(source: Any) -> Iterator[str]:
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


def lost_words(source: Any, output: dict[str, Any]) -> dict[str, tuple[int, int]]:
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


def test_the_shared_fixtures_are_beside_the_repository() -> None:
    assert (SHARED / "fixtures" / "minutes").is_dir(), (
        f"expected the shared fixtures at {SHARED.resolve()}"
    )


@pytest.mark.parametrize("path", inputs(), ids=label)
def test_every_word_of_the_input_is_kept(path: Path) -> None:
    data = path.read_bytes()
    source = read_source(data, path.name)
    output = parse(data, path.name).to_dict()
    lost = lost_words(source, output)
    shown = ", ".join(
        f"{word!r} ({n} in source, {m} kept)"
        for word, (n, m) in sorted(lost.items())[:80]
    )
    assert not lost, f"{label(path)}: {len(lost)} words lost: {shown}"
