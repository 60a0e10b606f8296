"""Counts of promises kept on time, kept late, overdue, past due with no record
since, and open, for charts.

Computed from a few columns of each public commitment, never stored; each
chart on a page is drawn from a ``Chart`` and shown again as a data table.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.translation import gettext_lazy as _

from moot.records.dates import municipal_year

from .horizon import BODY, minutes_until
from .models.commitment import outcome_of

OUTCOMES = [
    ("on-time", _("Kept on time")),
    ("late", _("Kept late")),
    ("overdue", _("Overdue")),
    ("unrecorded", _("Past due, no record since")),
    ("open", _("Open, not yet due")),
    ("proposed", _("Awaiting a clerk")),
    ("withdrawn", _("Withdrawn")),
    ("superseded", _("Superseded")),
]


@dataclass
class Bar:
    key: str
    label: str
    count: int
    percent: float
    offset: float = 0.0  # where the bar starts in a stacked chart, in percent


@dataclass
class Chart:
    total: int = 0
    bars: list[Bar] = field(default_factory=list)


@dataclass
class Summary:
    overall: Chart
    years: list[tuple[str, Chart]]
    # The labels in the language of the page being drawn (they are lazy).
    outcomes: list[tuple[str, str]] = field(
        default_factory=lambda: [(key, str(label)) for key, label in OUTCOMES]
    )


def chart(counts: Counter[str]) -> Chart:
    total = sum(counts.values())
    bars, offset = [], 0.0
    for key, label in OUTCOMES:
        percent = round(100 * counts[key] / total, 1) if total else 0
        bars.append(Bar(key, str(label), counts[key], percent, round(offset, 1)))
        offset += percent
    return Chart(total, bars)


def summarise(rows: Any, today: date | None = None) -> Summary:
    """Outcomes of ``rows`` (a commitments queryset) overall and by the
    municipal year the promise was made in, newest year first."""
    today = today or date.today()
    overall: Counter[str] = Counter()
    by_year: dict[str, Counter[str]] = {}
    reach = minutes_until()
    columns = ("status", "due_date", "fulfilled_on", "agenda_item__meeting__date", BODY)
    for status, due, met, made, body in rows.order_by().values_list(*columns):
        outcome = outcome_of(status, due, met, today, reach.get(body))
        overall[outcome] += 1
        by_year.setdefault(municipal_year(made), Counter())[outcome] += 1
    years = [(year, chart(by_year[year])) for year in sorted(by_year, reverse=True)]
    return Summary(chart(overall), years)
