"""No reader loses a visible word: it is kept, or discarded with a reason.

For every fixture, the words of the input's visible text are counted from
the raw file, independently of the readers: a text file's decoded text, the
PDF's text layer as PDFium reports it, an HTML page's text without scripts,
styles and comments, every text node and attribute of an XML response (its
escaped HTML rendered the same way). Each word must appear at least as often
in the ``Source``: its text, items, meeting facts or ``discarded`` entries.

A word split by a line-end hyphen ("develop-" / "ment") counts as kept when
it comes out joined or as its two parts.
"""

import html
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from lxml import etree

from moot.minutes.detect import read_source

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT / ".." / "shared"
HERE = Path(__file__).resolve().parent
READERS = HERE / "fixtures" / "readers"
CONVENTIONS = HERE / "fixtures" / "conventions"

WORD = re.compile(r"[^\W_]+")
LINE_END_HYPHEN = re.compile(r"([^\W\d_])[-\x02][ \t]*(?:\r?\n[ \t\f]*)?(?=[a-z])")


def fixtures() -> list[Path]:
    minutes = SHARED / "fixtures" / "minutes"
    moderngov = SHARED / "fixtures" / "moderngov"
    return [
        *(
            p
            for p in sorted((minutes / "pdf").glob("*.pdf"))
            if "no-text" not in p.name
        ),
        *sorted((minutes / "txt").glob("*.txt")),
        SHARED / "seed" / "000_4e186e70c30e6533.txt",
        *sorted((moderngov / "xml").glob("manchester-GetMeeting-*.xml")),
        moderngov / "xml" / "leeds-GetCouncillorsByWard-error-page.xml",
        *sorted((moderngov / "html").glob("*.html")),
        *(READERS / n for n in ["two-pages.pdf", "mgai-page.html", "hostile.html"]),
        *(READERS / n for n in ["escaped-word.txt", "restricted-item.xml"]),
        *(
            p
            for p in sorted(CONVENTIONS.iterdir())
            if p.suffix in {".txt", ".html", ".pdf"}
        ),
    ]


def html_words(markup: str) -> str:
    """What a browser shows: the text without scripts, styles and comments."""
    if not markup.strip():
        return ""
    tree = etree.fromstring(markup, etree.HTMLParser())
    if tree is None:
        return ""
    etree.strip_elements(
        tree, "script", "style", "template", etree.Comment, with_tail=False
    )
    # Cells and blocks sit side by side on the page: never glue their words.
    return " ".join(tree.itertext())


def pdf_words(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_bounded() for page in document)


def xml_words(data: bytes) -> str:
    """Every text node and attribute; escaped HTML rendered; restricted skipped."""
    root = ElementTree.fromstring(data)
    for item in root.iter("agendaitem"):
        if (item.findtext("isrestricted") or "").strip() == "True":
            for tag in ("agendatext", "minutesnonemptyhtmlbody"):
                for element in item.iter(tag):
                    element.text = ""
    parts = []
    for element in root.iter():
        parts.extend(element.attrib.values())
        text = element.text or ""
        html_field = element.tag in ("agendatext", "minutesnonemptyhtmlbody")
        parts.append(html_words(text) if html_field else text)
    return "\n".join(parts)


def input_words(path: Path, kind: str) -> str:
    data = path.read_bytes()
    if kind == "pdf":
        return pdf_words(data)
    if kind == "xml":
        return xml_words(data)
    text = data.decode("utf-8-sig")
    if kind == "html":
        return html_words(html.unescape(text) if text.startswith("&lt;") else text)
    return text


def source_words(source) -> str:
    parts = [source.text, *(d.text for d in source.discarded)]
    parts += [v for v in source.meeting.values() if v]
    for item in source.items or []:
        parts += [item.number or "", item.title or "", item.text]
    return "\n".join(parts)


def count(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in WORD.findall(LINE_END_HYPHEN.sub(r"\1", text)))


def lost_words(wanted: Counter[str], kept: Counter[str]) -> dict[str, int]:
    """Words short in ``kept``, unless their two halves are there instead."""
    missing = wanted - kept
    spare = kept - wanted
    lost = {}
    for word, n in missing.items():
        halves = [
            (word[:i], word[i:])
            for i in range(1, len(word))
            if spare[word[:i]] >= n and spare[word[i:]] >= n
        ]
        if not halves:
            lost[word] = n
    return lost


@pytest.mark.parametrize("path", fixtures(), ids=lambda p: p.name)
def test_every_visible_word_is_kept_or_discarded_with_a_reason(path):
    source = read_source(path.read_bytes(), path.name)
    lost = lost_words(
        count(input_words(path, source.kind)), count(source_words(source))
    )
    assert not lost, f"{path.name} ({source.kind}) lost {sorted(lost.items())[:40]}"


def test_every_discarded_entry_has_a_reason():
    for path in fixtures():
        source = read_source(path.read_bytes(), path.name)
        assert all(d.reason and d.text for d in source.discarded), path.name
