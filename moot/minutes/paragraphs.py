"""Re-flow lines broken by a page layout back into paragraphs.

A PDF knows lines, not paragraphs: "That the report be noted and" ends one
line and "that officers report back" starts the next. The parser reads a
paragraph at a time, so wrapped lines are joined, and words split by a hyphen
at a line end ("develop-" / "ment") are put back together. A line starts a
new paragraph when the page says so: a blank line, a number or bullet, a
label such as "Minutes:", or a short line that stopped well before the margin.
"""

import re

# Put between pages by the readers; a sentence may run on across it.
PAGE_BREAK = "\f"

_LABELLED_START = re.compile(
    r"""(?x)
    \(\w{1,5}\)(?:\s|$)                  # (1)  (a)  (iv)
    | \d{1,3}\.(?:\d{1,3}\.?)*(?:\s|$)    # 1.  12.1  12.1.
    | \d{1,3}/\d{2,4}(?:\s|$)             # 25/24
    | [a-z]\)\s                           # a)
    | [·•▪◦‣●○■□➢✓*]\s?                   # bullets, with or without a space
    | [-–—]\s                             # a dash used as a bullet
    | o\s                                 # Word's "o" sub-bullet
    | (?:RESOLVED|Resolved|RECOMMENDED|Recommended)\b
    | [A-Z][\w'’.-]*(?:\s[A-Z&][\w'’.-]*){0,3}:(?:\s|$)   # Minutes:  Mayor Katz:
    """
)
_HEADING_START = re.compile(r"\d|[A-Z]{2,}\b")
_SENTENCE_END = re.compile(r"[.:;?!][\"”’')\]]*$")
_WORD_HYPHEN = re.compile(r"[^\W\d_]-$")
_SHORT = 0.6


def join_paragraphs(lines: list[str]) -> list[str]:
    """Join wrapped ``lines`` into paragraphs, one per line, blank between.

    ``lines`` are normalised; a blank line is a paragraph break and
    ``PAGE_BREAK`` a page boundary, which a sentence may cross.
    """
    width = _usual_width(lines)
    paragraphs: list[str] = []
    current = previous = ""
    after_page_break = False
    for line in lines:
        if line == PAGE_BREAK:
            after_page_break = True
            continue
        if not line:
            current = _flush(paragraphs, current)
            after_page_break = False
            continue
        if current and _continues(previous, line, width, after_page_break):
            current = _join(current, line)
        else:
            _flush(paragraphs, current)
            current = line
        previous = line
        after_page_break = False
    _flush(paragraphs, current)
    out: list[str] = []
    for paragraph in paragraphs:
        out.extend([paragraph, ""])
    return out[:-1]


def _flush(paragraphs: list[str], current: str) -> str:
    if current:
        paragraphs.append(current)
    return ""


def _usual_width(lines: list[str]) -> int:
    """The length of a full line: the 90th percentile of line lengths."""
    lengths = sorted(len(line) for line in lines if line and line != PAGE_BREAK)
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]


def _continues(previous: str, line: str, width: int, across_page: bool) -> bool:
    """Whether ``line`` carries on the paragraph whose last line is ``previous``."""
    if _LABELLED_START.match(line):
        return False
    if _WORD_HYPHEN.search(previous):
        return True
    if line[0].islower():
        return True
    if across_page:
        return False
    if _SENTENCE_END.search(previous) and _HEADING_START.match(line):
        return False
    short = len(previous) < _SHORT * width
    return not (short and not previous.endswith((",", "(", "-", "–", "&")))


def _join(paragraph: str, line: str) -> str:
    """Append a wrapped line, mending a word hyphenated at the line end.

    "develop-" + "ment" becomes "development"; "Dupont-" + "Walker" keeps
    its hyphen, since a capital or digit after it marks a real compound.
    """
    if _WORD_HYPHEN.search(paragraph):
        if line[0].islower():
            return paragraph[:-1] + line
        return paragraph + line
    return paragraph + " " + line
