"""The visible text of an HTML tree, in reading order, as lines.

Browsers lay text out by element: paragraphs and headings stand apart, list
items get a bullet, table rows read across. This walk does the same in text:
block elements become paragraphs (a blank line between), ``<li>`` becomes a
"· item" line, ``<br>`` a line break, a table row one line with its cells
separated by spaces. What a reader cannot see (scripts, styles, comments,
hidden elements) is left out and counted in ``discarded``, so no visible word
disappears without a record.
"""

import re
from collections import Counter

from lxml import etree

from .source import Discarded

BULLET = "·"

_PARAGRAPHS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center",
    "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend", "main",
    "menu", "nav", "ol", "p", "pre", "section", "table", "ul",
}  # fmt: skip
_LINES = {"dd", "dt", "li", "tr", "thead", "tbody", "tfoot", "option"}
_CELLS = {"td", "th"}
# Never shown as text; only their number is recorded.
_SILENT = {"script", "style", "template"}
# Shown to some readers only, or as form choices: kept whole in ``discarded``.
_ASIDE = {
    "noscript": "noscript",
    "select": "form control",
    "title": "page title",
    "iframe": "frame fallback",
    "object": "object fallback",
}
_SKIP = {"meta", "link", "embed", "img", "input"}
_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_MAX_DEPTH = 60
_VISIBLE_TEXT = (
    ".//text()[not(ancestor::script or ancestor::style or ancestor::template)]"
)
_BLOCK_IN_CELL = ".//p|.//div|.//table|.//ul|.//ol|.//h1|.//h2|.//h3|.//blockquote"


class _Flow:
    """Collects inline text into lines and lines into paragraphs."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.discarded: list[Discarded] = []
        self.silent: Counter[str] = Counter()
        self._pieces: list[str] = []
        self.depth = 0

    def add(self, text: str | None) -> None:
        if text:
            self._pieces.append(text)

    def end_line(self) -> None:
        line = " ".join("".join(self._pieces).split())
        self._pieces = []
        if line:
            self.lines.append(line)

    def end_paragraph(self) -> None:
        self.end_line()
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def aside(self, element: etree._Element, reason: str) -> None:
        text = " ".join(element.xpath("string()").split())
        if text:
            self.discarded.append(Discarded(text, reason))


def render(
    element: etree._Element, skip: etree._Element | None = None
) -> tuple[list[str], list[Discarded]]:
    """Lines of visible text under ``element``; ``skip`` (a subtree) is left out.

    Returns the lines (paragraphs separated by one blank line) and the
    discarded record: script/style/comment counts, hidden and noscript text.
    """
    flow = _Flow()
    _walk(element, flow, skip, layout=False)
    flow.end_line()
    for what, count in sorted(flow.silent.items()):
        plural = "" if count == 1 else "s"
        shown = "<!-- -->" if what == "comment" else f"<{what}>"
        noun = "comment" if what == "comment" else "block"
        flow.discarded.append(Discarded(f"{shown} {count} {noun}{plural}", what))
    while flow.lines and not flow.lines[-1]:
        flow.lines.pop()
    return flow.lines, flow.discarded


def _walk(
    element: etree._Element, flow: _Flow, skip: etree._Element | None, layout: bool
) -> None:
    """Render ``element`` and its children (its tail is the caller's).

    Past ``_MAX_DEPTH`` nested elements the rest of the subtree is read as
    one paragraph of its text, so hostile nesting cannot exhaust the stack.
    """
    if flow.depth >= _MAX_DEPTH:
        flow.end_paragraph()
        flow.add(" ".join(element.xpath(_VISIBLE_TEXT)))
        flow.end_paragraph()
        return
    flow.depth += 1
    try:
        _render(element, flow, skip, layout)
    finally:
        flow.depth -= 1


def _render(
    element: etree._Element, flow: _Flow, skip: etree._Element | None, layout: bool
) -> None:
    tag = element.tag
    if element is skip:
        return
    if not isinstance(tag, str):  # comment or processing instruction
        flow.silent["comment"] += isinstance(element, etree._Comment)
        return
    tag = tag.lower()
    if tag in _SILENT:
        flow.silent[tag] += 1
    elif tag in _ASIDE:
        flow.aside(element, _ASIDE[tag])
    elif _is_hidden(element):
        flow.aside(element, "hidden element")
    elif tag in _SKIP:
        return
    elif tag == "br":
        flow.end_line()
    elif tag == "table":
        _block(element, flow, skip, layout=_is_layout_table(element), paragraph=True)
    elif tag in _CELLS:
        _cell(element, flow, skip, layout)
    elif tag in _PARAGRAPHS or tag in _LINES:
        _block(element, flow, skip, layout, paragraph=tag in _PARAGRAPHS)
    else:
        _children(element, flow, skip, layout)


def _block(
    element: etree._Element,
    flow: _Flow,
    skip: etree._Element | None,
    layout: bool,
    paragraph: bool,
) -> None:
    """A block element: its own paragraph, or its own line (li, tr, dt)."""
    end = flow.end_paragraph if paragraph else flow.end_line
    end()
    if element.tag == "li":
        flow.add(BULLET + " ")
    if element.tag == "pre":
        _preformatted(element, flow)
    else:
        _children(element, flow, skip, layout)
    end()


def _cell(
    element: etree._Element, flow: _Flow, skip: etree._Element | None, layout: bool
) -> None:
    """A table cell: a paragraph in a layout table, else a space-separated cell."""
    if layout:
        _block(element, flow, skip, layout, paragraph=True)
        return
    flow.add(" ")
    _children(element, flow, skip, layout)
    flow.add(" ")


def _children(
    element: etree._Element, flow: _Flow, skip: etree._Element | None, layout: bool
) -> None:
    flow.add(element.text)
    for child in element:
        _walk(child, flow, skip, layout)
        flow.add(child.tail)


def _preformatted(element: etree._Element, flow: _Flow) -> None:
    """``<pre>`` keeps its line breaks."""
    for line in element.xpath("string()").splitlines():
        flow.add(line)
        flow.end_line()


def _is_hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None:
        return True
    if element.get("type", "").lower() == "hidden":
        return True
    return bool(_HIDDEN_STYLE.search(element.get("style", "")))


def _is_layout_table(table: etree._Element) -> bool:
    """A table used for page layout holds paragraphs in its cells.

    Reading such a table row by row would run whole sections into one line,
    so its cells are read as paragraphs instead.
    """
    for cell in table.iter("td", "th"):
        if cell.xpath(_BLOCK_IN_CELL):
            return True
    return False
