"""A minutes file's name → its meeting date, when the text gives none. Pure."""

import datetime as dt
import re

_PATTERNS = (
    # 2011-01-12, 2011_1_12, 2011.01.12
    (re.compile(r"(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)"), ("y", "m", "d")),
    # 12-01-2011 (day first, as UK and German councils write it)
    (re.compile(r"(?<!\d)(\d{1,2})[-_.](\d{1,2})[-_.](\d{4})(?!\d)"), ("d", "m", "y")),
    # 20110112
    (re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"), ("y", "m", "d")),
)


def date_from_name(name: str) -> dt.date | None:
    """The first real date written in ``name``, or ``None``."""
    for pattern, order in _PATTERNS:
        for match in pattern.finditer(name):
            parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
            try:
                return dt.date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                continue
    return None
