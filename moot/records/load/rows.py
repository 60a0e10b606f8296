"""How the loader writes a row: provenance, the tally, and the one upsert.

Every function of the loader counts what it did into a ``Tally`` (the one
result type: counts by kind and outcome, warnings, the meetings and items it
stored) and writes rows through ``upsert``, which writes only the values that
differ, so a record that has not changed keeps its ``modified``.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.utils import timezone

from ..models import AgendaItem, Meeting


@dataclass(frozen=True)
class Provenance:
    """Where records came from: a file path or URL, the importer, when it was read."""

    source: str
    importer: str
    imported: datetime = field(default_factory=timezone.now)

    def fields(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "importer": self.importer,
            "imported": self.imported,
        }


class LoadError(ValueError):
    """The records cannot be stored as asked (a sentence says why)."""


@dataclass
class Tally:
    """What the loader did: counts by kind and outcome, warnings, what it stored.

    Outcomes are ``created``, ``updated``, ``unchanged`` and ``deleted``.
    ``warnings`` holds a sentence for every text cut to fit its column. With
    ``keep_rows``, ``meetings`` and ``items`` hold the rows of the records
    stored (or found unchanged), in the order of the records; an import of
    thousands of meetings keeps none, so its memory stays bounded.
    """

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    keep_rows: bool = False
    meetings: list[Meeting] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)

    def add(self, kind: str, outcome: str, n: int = 1) -> None:
        self.counts[kind, outcome] += n

    def get(self, kind: str, outcome: str) -> int:
        return self.counts[kind, outcome]

    def merge(self, other: "Tally") -> None:
        """Add what ``other`` counted (once its transaction has committed)."""
        self.counts.update(other.counts)
        self.warnings += other.warnings
        self.meetings += other.meetings
        self.items += other.items

    def items_line(self, meeting: Meeting) -> str:
        """``<meeting>: 3 items created, 1 updated, 0 unchanged.``"""
        return (
            f"{meeting}: {self.get('items', 'created')} items created, "
            f"{self.get('items', 'updated')} updated, "
            f"{self.get('items', 'unchanged')} unchanged."
        )


def upsert(
    model: Any,
    row: Any,
    values: dict[str, Any],
    provenance: Provenance,
    tally: Tally,
    kind: str,
    create: dict[str, Any] | None = None,
) -> Any:
    """Create ``row`` or write only the values that differ; count which.

    ``create`` holds values written only when the row is made (a slug, a
    position).
    """
    if row is None:
        row = model.objects.create(**values, **(create or {}), **provenance.fields())
        tally.add(kind, "created")
        return row
    changed = [name for name, value in values.items() if getattr(row, name) != value]
    if not changed:
        tally.add(kind, "unchanged")
        return row
    for name in changed:
        setattr(row, name, values[name])
    for name, value in provenance.fields().items():
        setattr(row, name, value)
    row.save(update_fields=[*changed, *provenance.fields(), "modified"])
    tally.add(kind, "updated")
    return row


def check_name(what: str, name: str, model: Any) -> None:
    """Refuse a name longer than its column: cut, it would name another row."""
    width = model._meta.get_field("name").max_length or 0
    if len(name) > width:
        raise LoadError(
            f"The {what} name is {len(name):,} characters; at most {width} fit."
        )
