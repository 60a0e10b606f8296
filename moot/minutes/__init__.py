"""Turn council minutes (text, HTML, PDF, ModernGov XML) into structure.

Plain Python: no Django, no network. ``parse`` takes the bytes of one file and
returns ``Minutes``; untidy input gives warnings, never an exception. Only
input that cannot be read at all raises ``ParseError``.
"""

from datetime import date

from .detect import read_file, read_source
from .parser import parse_source
from .records import Minutes
from .source import ParseError

__all__ = [
    "Minutes",
    "ParseError",
    "parse",
    "parse_source",
    "read_file",
    "read_source",
]


def parse(
    data: bytes, name: str = "<input>", meeting_date: date | None = None
) -> Minutes:
    """Parse one file's bytes; ``name`` is used in messages only."""
    return parse_source(read_source(data, name), meeting_date)
