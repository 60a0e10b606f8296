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

from pathlib import Path

import pytest

from moot.minutes import parse, read_source
from moot.minutes.coverage import lost_words

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT / ".." / "shared"
CONVENTIONS = Path(__file__).resolve().parent / "fixtures" / "conventions"


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
