"""Text safe for XML 1.0: every XML Moot writes (Atom feeds, sitemaps) and the
iCalendar feeds pass stored text through ``xml_text`` first.

XML 1.0 forbids most control characters (``\\x00``-``\\x08``, ``\\x0b``,
``\\x0c``, ``\\x0e``-``\\x1f``), lone surrogates and ``\\ufffe``/``\\uffff``;
Django's feed writer raises on them, so one stored title holding one would
make a feed answer 500 for every request. They carry no meaning in a title or
minute, so they are removed; tabs and line breaks are kept.
"""

import re

FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 does not allow."""
    return FORBIDDEN.sub("", text or "")
