"""Re-flow lines broken by a page layout back into paragraphs.

A PDF knows lines, not paragraphs: "That the report be noted and" ends one
line and "that officers report back" starts the next. The parser reads a
paragraph at a time, so wrapped lines are joined, and words split by a hyphen
at a line end ("develop-" / "ment") are put back together. A line starts a
new paragraph when the page says so: a blank line, a number or bullet, a
label such as "Minutes:", or a line that stopped although the next word would
have fitted after it.
"""

import re
from collections import Counter

# Put between pages by the readers; a sentence may run on across it.
PAGE_BREAK = "\f"

_NUMBERED_START = re.compile(
    r"""(?x)
    \d{1,3}\.(?:\d{1,3}\.?)*(?:\s|$)     # 1.  12.1  12.1.
    | \d{1,3}/\d{2,4}(?:\s|$)           # 25/24
    """
)
_LABELLED_START = re.compile(
    r"""(?x)
    \(\w{1,5}\)(?:\s|$)                  # (1)  (a)  (iv)
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
# A line ending in one of these words cannot end a paragraph, unless it ends
# an item of a list ("(1) That ...; and").
_RUNS_ON = re.compile(r"\b(?:the|a|an|of|and|or|to|for|in|on|at|by|with|from)$")
_LIST_JOINER = re.compile(r"[;,]\s+(?:and|or)$")
_FULL = 0.9


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
            _flush(paragraphs, current)
            current = ""
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


def _flush(paragraphs: list[str], current: str) -> None:
    if current:
        paragraphs.append(current)


def _usual_width(lines: list[str]) -> int:
    """The length of a full line: the commonest length among longer lines.

    The commonest (in steps of five characters) rather than the longest,
    because text pulled out of a PDF mixes wrapped lines with whole
    paragraphs run into one line, and the wrapped ones tell the width.
    """
    lengths = [len(line) for line in lines if line and line != PAGE_BREAK]
    long = [n for n in lengths if n >= 30] or lengths
    if not long:
        return 0
    buckets = Counter(n // 5 for n in long)
    commonest = max(buckets.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return max(n for n in long if n // 5 == commonest)


def _continues(previous: str, line: str, width: int, across_page: bool) -> bool:
    """Whether ``line`` carries on the paragraph whose last line is ``previous``."""
    if _LABELLED_START.match(line):
        return False
    if _WORD_HYPHEN.search(previous):
        return True
    if _RUNS_ON.search(previous) and not _LIST_JOINER.search(previous):
        return True
    if _NUMBERED_START.match(line):
        return False
    if line[0].islower():
        return True
    if across_page:
        return False
    if _SENTENCE_END.search(previous) and _HEADING_START.match(line):
        return False
    if previous.endswith((",", "(", "-", "–", "&")):
        return True
    # A line that stopped although the next word would have fitted after it
    # ended on purpose: a heading, a name in a list, a paragraph's last line.
    next_word = line.split(" ", 1)[0]
    return len(previous) + 1 + len(next_word) > _FULL * width


def _join(paragraph: str, line: str) -> str:
    """Append a wrapped line, mending a word hyphenated at the line end.

    "develop-" + "ment" becomes "development"; "Dupont-" + "Walker" keeps
    its hyphen, since a capital or digit after it marks a real compound.
    """
    if _WORD_HYPHEN.search(paragraph[-2:]):  # the end only: paragraphs grow long
        if line[0].islower():
            return paragraph[:-1] + line
        return paragraph + line
    return paragraph + " " + line
