"""What the readers hand the parser: the visible text of one input file.

Each reader (text, HTML, PDF, ModernGov XML) turns bytes into a ``Source``:
normalised text, what it threw away and why, and any facts the format states
outright. The parser never sees bytes, markup or page geometry.
"""

from dataclasses import dataclass, field


class ParseError(Exception):
    """Input that cannot be read at all: empty, binary, encrypted, too large.

    ``location`` names the place (a byte offset, a page, a line) so the message
    can point a person at it.
    """

    def __init__(self, message: str, location: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location:
            return f"{self.message} (at {self.location})"
        return self.message


@dataclass
class Discarded:
    """Text left out of the structure on purpose, with the reason."""

    text: str
    reason: str


@dataclass
class SourceItem:
    """An agenda item the input itself delimits (ModernGov XML gives these)."""

    number: str | None
    title: str | None
    text: str
    exempt_paragraph: int | None = None
    exempt_reason: str | None = None


@dataclass
class Source:
    """The readable content of one input file.

    ``text`` is normalised visible text: one line per line or paragraph, a
    blank line between paragraphs, no-break spaces as spaces, curly quotes and
    dashes kept as written. ``items`` is ``None`` unless the format delimits
    agenda items itself; then ``text`` holds only what lies outside them.
    """

    name: str
    kind: str  # "text", "html", "pdf" or "xml"
    text: str
    discarded: list[Discarded] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    meeting: dict[str, str | None] = field(default_factory=dict)
    items: list[SourceItem] | None = None
