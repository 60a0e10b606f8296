"""Plain text: pasted minutes, exported web pages, text pulled out of PDFs.

Text that came out of a PDF (form feeds between pages, or "2 of 18" page
markers) gets the same treatment as a PDF: page furniture removed and wrapped
lines joined into paragraphs. Other text keeps its lines as written.
"""

from .chrome import strip_chrome
from .normalise import decode, normalise_lines, split_lines
from .pages import strip_furniture, strip_page_markers
from .paragraphs import join_paragraphs
from .source import Discarded, Source


def read_text(data: bytes, name: str) -> Source:
    """Read text bytes (UTF-8, UTF-16 with a BOM, else Windows-1252).

    Mojibake in the input is kept as written; a non-UTF-8 file gets a warning.
    """
    text, warnings = decode(data)
    source = text_source(text, name)
    source.warnings[:0] = warnings
    return source


def text_source(text: str, name: str, kind: str = "text") -> Source:
    """Build a ``Source`` from decoded text, choosing how much to re-flow."""
    discarded: list[Discarded] = []
    pages = text.strip("\f\n\r ").split("\f")
    if len(pages) > 1:
        lines, discarded = strip_furniture(
            [normalise_lines(split_lines(p)) for p in pages]
        )
        lines = join_paragraphs(lines)
    else:
        text, discarded = strip_page_markers(text)
        lines = normalise_lines(split_lines(text))
        if discarded:
            lines = join_paragraphs(lines)
    lines, chrome = strip_chrome(lines)
    return Source(
        name=name, kind=kind, text="\n".join(lines), discarded=discarded + chrome
    )
