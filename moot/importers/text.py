"""Text of a downloaded document, for search: PDF, HTML, Word, plain text.

Pure: bytes in, text and warnings out. PDF and HTML go through the minutes
readers (``moot.minutes``), so page furniture and markup are handled the same
way everywhere. A document that cannot be read gives empty text and a warning,
never an exception.
"""

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from urllib.parse import urlsplit

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from moot.minutes.read_html import read_html
from moot.minutes.read_pdf import read_pdf
from moot.minutes.read_text import read_text
from moot.minutes.source import ParseError
from moot.vocabulary import DocumentKind

_WORD_TEXT = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
_WORD_PARAGRAPH = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
_MAX_DOCX_XML = 50 * 1024 * 1024


def document_kind(url: str, content_type: str = "", data: bytes = b"") -> DocumentKind:
    """``pdf``, ``html``, ``docx`` or ``other``, from the bytes first."""
    if data.startswith(b"%PDF"):
        return DocumentKind.PDF
    if data.startswith(b"PK") and "word" in content_type + url.lower():
        return DocumentKind.DOCX
    path = urlsplit(url).path.lower()
    if content_type == "application/pdf" or path.endswith(".pdf"):
        return DocumentKind.PDF
    if path.endswith(".docx") or "wordprocessingml" in content_type:
        return DocumentKind.DOCX
    if content_type in ("text/html", "application/xhtml+xml") or re.search(
        r"\.(aspx|html?)$", path
    ):
        return DocumentKind.HTML
    return DocumentKind.OTHER


@dataclass(frozen=True)
class Described:
    """What Moot keeps about a document's bytes, however they arrived."""

    kind: DocumentKind
    size: int
    sha256: str
    text: str
    warnings: list[str]


def describe(
    data: bytes, where: str, content_type: str = "", title: str = ""
) -> Described:
    """Kind, size, hash and text of a document's bytes (a download or an upload).

    ``where`` (its URL or file name) helps tell the kind; the warnings name
    the document by ``title``, else by ``where``.
    """
    kind = document_kind(where, content_type, data)
    text, warnings = extract_text(data, kind, title or where)
    sha256 = hashlib.sha256(data).hexdigest()
    return Described(kind, len(data), sha256, text, warnings)


def extract_text(data: bytes, kind: str, name: str) -> tuple[str, list[str]]:
    """The document's visible text and any warnings about reading it."""
    try:
        if kind == "pdf":
            source = read_pdf(data, name)
            return source.text, list(source.warnings)
        if kind == "html":
            return read_html(data, name).text, []
        if kind == "docx":
            return _docx_text(data), []
        if data[:1] in (b"<", b"{", b"%") or b"\x00" in data[:1024]:
            return "", [f"{name}: no text taken from a {kind} file"]
        return read_text(data, name).text, []
    except ParseError as error:
        return "", [f"{name}: {error}"]


def _docx_text(data: bytes) -> str:
    """Paragraph text of a Word document's body, through defusedxml."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > _MAX_DOCX_XML:
                raise ParseError("the Word document's text is too large")
            root = SafeElementTree.fromstring(archive.read(info))
    except (zipfile.BadZipFile, KeyError, SafeElementTree.ParseError):
        raise ParseError("not a readable Word document") from None
    except DefusedXmlException:
        raise ParseError("the Word document declares XML entities, refused") from None
    paragraphs = (
        "".join(t.text or "" for t in p.iter(_WORD_TEXT))
        for p in root.iter(_WORD_PARAGRAPH)
    )
    return "\n".join(p for p in paragraphs if p.strip())
