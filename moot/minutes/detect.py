"""Choose a reader from the content of the input, never from its file name.

Files arrive misnamed: a ModernGov page saved as ``.txt``, a PDF without an
extension, an error page saved where the XML should be. The first bytes say
what a file is, so the reader is chosen from them.
"""

import html
import os
import re

from .normalise import refuse_binary
from .read_html import read_html
from .read_pdf import read_pdf
from .read_text import read_text
from .read_xml import read_xml
from .source import ParseError, Source

MAX_BYTES = 20 * 1024 * 1024

_SNIFF_BYTES = 64 * 1024
# Each alternative can match in one way only, so a hostile prolog cannot make
# the match backtrack for minutes.
_PROLOG = re.compile(
    r"(?:\s+|<\?[^>]*>|<!--(?:[^-]|-(?!->))*-->|<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?[^>]*>)*",
    re.I,
)
_FIRST_TAG = re.compile(r"<([A-Za-z][\w:.-]*)")
_HTML_ROOTS = {
    "html", "head", "body", "title", "meta", "link", "script", "style",
    "div", "p", "span", "table", "h1", "h2", "h3", "ul", "ol", "a", "br",
    "section", "article", "main", "header", "form", "center", "font", "b",
}  # fmt: skip
_HTML_TAGS = re.compile(r"(?i)<(?:p|div|br|span|table|tr|td|li|h[1-6]|a)\b[^<>]*>")
_ESCAPED_START = re.compile(r"(?i)&lt;/?(?:div|p|span|table|html|body)\b")


def read_source(data: bytes, name: str, max_bytes: int = MAX_BYTES) -> Source:
    """Read ``data`` as text, HTML, PDF or ModernGov XML, judged by content.

    ``name`` appears in messages only. Raises ``ParseError`` for input that
    cannot be read at all: empty or without text once read (white space,
    byte-order marks, invisible characters), larger than ``max_bytes``, binary, an
    encrypted or broken PDF, HTML without visible text, XML that declares
    entities or is malformed. Untidy input gives warnings on the ``Source``.
    """
    # A byte-order mark is no text, wherever it is (files joined by a tool
    # can carry one at the end).
    if not data.replace(b"\xef\xbb\xbf", b"").strip():
        raise ParseError("the file is empty")
    if len(data) > max_bytes:
        raise ParseError(
            f"the file is {_megabytes(len(data))}, over the limit of "
            f"{_megabytes(max_bytes)}"
        )
    source = _read_kind(data, name, sniff(data))
    # HTML and PDF readers refuse a file without text themselves; XML can
    # rightly hold none (a cancelled meeting).
    if source.kind == "text" and not source.text.strip():
        raise ParseError("the file has no text")
    return source


def _read_kind(data: bytes, name: str, kind: str) -> Source:
    if kind == "pdf":
        return read_pdf(data, name)
    refuse_binary(data)
    if kind == "xml":
        return read_xml(data, name)
    if kind == "html":
        return read_html(data, name)
    if kind == "escaped html":
        text = data.decode("utf-8", errors="replace")
        source = read_html(html.unescape(text).encode("utf-8"), name)
        source.warnings.append("the file is escaped HTML; it was unescaped and read")
        return source
    return read_text(data, name)


def read_file(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the file at ``path``, reading no more than ``max_bytes``.

    The size is found by reading, not from ``stat()``: a device such as
    ``/dev/zero`` or a pipe reports no size and never ends. Raises
    ``ParseError`` for a file that cannot be read (the system's reason) or
    that is larger than ``max_bytes``.
    """
    try:
        with open(path, "rb") as file:
            data = file.read(max_bytes + 1)
    except OSError as error:
        raise ParseError(error.strerror or str(error)) from None
    if len(data) > max_bytes:
        raise ParseError(f"the file is over the limit of {_megabytes(max_bytes)}")
    return data


def sniff(data: bytes) -> str:
    """Name the format: "pdf", "xml", "html", "escaped html" or "text".

    PDF by its ``%PDF-`` signature (allowed anywhere in the first kilobyte).
    Markup by its first element: ``<html>`` or ``<div>`` is HTML, even with
    an XML declaration (XHTML); another element (``<meeting>``) is XML when
    declared as XML or closed later. Text with several HTML tags in it is
    HTML too; anything else is text.
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    head = _head_text(data)
    prolog = _PROLOG.match(head)
    rest = head[prolog.end() if prolog else 0 :]
    if prolog and "<!doctype html" in prolog.group().lower():
        return "html"
    first = _FIRST_TAG.match(rest)
    if first and first.group(1).lower() in _HTML_ROOTS:
        return "html"
    if first and (head.lstrip().startswith("<?xml") or f"</{first.group(1)}" in head):
        return "xml"
    if _ESCAPED_START.match(rest):
        return "escaped html"
    if len(_HTML_TAGS.findall(head)) >= 5 or re.search(r"(?i)<(?:html|body)\b", head):
        return "html"
    return "text"


def _head_text(data: bytes) -> str:
    """The start of the file as text, for sniffing only."""
    head = data[:_SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace").lstrip("\ufeff")
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"
