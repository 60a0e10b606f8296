"""Council calendar arithmetic."""

from datetime import date


def municipal_year_start(day: date) -> int:
    """The calendar year in which the municipal year holding ``day`` began.

    A UK municipal year runs from the annual meeting in May to the end of April.
    """
    return day.year if day.month >= 5 else day.year - 1


def municipal_year(day: date) -> str:
    """The municipal year of ``day`` as councils write it: ``2018/19``."""
    start = municipal_year_start(day)
    return f"{start}/{(start + 1) % 100:02d}"
