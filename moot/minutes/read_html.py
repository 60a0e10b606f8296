"""HTML minutes: ModernGov pages, council web pages, Word's HTML.

ModernGov agenda-item (``mgAi.aspx``) and meeting (``ieListDocuments.aspx``)
pages wrap the record in ``<div id="modgov">``; everything around it (the
council's header, menus, footer) is site chrome and is recorded as such. Any
other page gives all its visible text. Nothing is fetched: the parser has
the network off and never loads a DTD.
"""

import re

from lxml import etree

from .chrome import CHROME, strip_chrome
from .html_text import render
from .normalise import decode, normalise_lines
from .source import Discarded, ParseError, Source

NO_VISIBLE_TEXT = "no visible text in the HTML"

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Markup shown as text: a page (or web-service field) escaped twice.
_ESCAPED_MARKUP = re.compile(r"</?(?:p|div|span|table|td|br|li)\b[^<>]*>", re.I)


def read_html(data: bytes, name: str) -> Source:
    """Read an HTML page into a ``Source`` of its visible text.

    Raises ``ParseError`` when the page shows no text at all (a page of
    scripts, a redirect). A page titled "Error" gets a warning: it is more
    likely a server's error page saved in place of the minutes.
    """
    text, warnings = decode(data)
    tree = parse_html(text)
    root = content_root(tree)
    lines, discarded = render(root)
    if root is not tree:
        chrome, aside = render(tree, skip=root)
        discarded += [Discarded(line, CHROME) for line in chrome if line] + aside
    lines, discarded = _unescape_twice_escaped(lines, discarded, warnings)
    lines, chrome_lines = strip_chrome(normalise_lines(lines))
    if not lines:
        raise ParseError(NO_VISIBLE_TEXT)
    if _title(tree).casefold() == "error":
        warnings.append('the page is titled "Error": is it an error page?')
    return Source(
        name=name,
        kind="html",
        text="\n".join(lines),
        discarded=discarded + chrome_lines,
        warnings=warnings,
    )


def html_to_lines(markup: str) -> tuple[list[str], list[Discarded]]:
    """Visible text of an HTML fragment (Word HTML from ModernGov) as lines.

    ``markup`` is already unescaped; an empty or invisible fragment gives no
    lines rather than an error, since an agenda item may have no text.
    """
    if not markup.strip():
        return [], []
    lines, discarded = render(parse_html(markup))
    return normalise_lines(lines), discarded


def parse_html(text: str) -> etree._Element:
    """Parse with libxml2's forgiving HTML parser, network off."""
    parser = etree.HTMLParser(no_network=True, remove_pis=True, huge_tree=False)
    text = _XML_DECLARATION.sub("", text, count=1)
    root = etree.fromstring(text or "<html></html>", parser)
    # libxml2 stops at its resource limits (elements nested 256 deep) and
    # returns what it has read so far: refuse rather than lose the rest.
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            raise ParseError(
                f"the HTML is too deeply nested to read ({error.message})",
                f"line {error.line}, column {error.column}",
            )
    if root is None:
        raise ParseError(NO_VISIBLE_TEXT)
    return root


def content_root(tree: etree._Element) -> etree._Element:
    """ModernGov's content division when the page has one, else the page.

    ``div#modgov`` holds the title and the content; failing that, the
    nearest element holding every ``div.mgContent``.
    """
    found = tree.xpath('//div[@id="modgov"]')
    if found:
        return found[0]
    contents = tree.xpath('//div[contains(concat(" ", @class, " "), " mgContent ")]')
    if not contents:
        return tree
    common = contents[0]
    while not all(_contains(common, other) for other in contents):
        common = common.getparent()
    return common


def _contains(ancestor: etree._Element, element: etree._Element) -> bool:
    return any(node is ancestor for node in element.iterancestors()) or (
        ancestor is element
    )


def _title(tree: etree._Element) -> str:
    return " ".join(tree.xpath("string(//title)").split())


def _unescape_twice_escaped(
    lines: list[str], discarded: list[Discarded], warnings: list[str]
) -> tuple[list[str], list[Discarded]]:
    """Read markup that a page shows as text ("<p class=MsoNormal>...").

    Some pages and exports escape Word's HTML twice, so the browser shows
    the tags. The words are inside those tags; reading the text as HTML once
    more gives clean paragraphs.
    """
    joined = "\n".join(lines)
    if len(_ESCAPED_MARKUP.findall(joined)) < 2:
        return lines, discarded
    warnings.append("the page shows HTML markup as text; it was read as HTML")
    inner, aside = render(parse_html(joined))
    return inner, discarded + aside
