"""Column widths, enforced once for every stored record.

SQLite stores a 500-character owner in a 300-character column without a word;
PostgreSQL refuses it and the whole load fails. So every record is fitted to
its columns before it is written (``Record.save`` and the bulk writes of
``RecordQuerySet`` call ``fit``): an over-long text is cut at the width, ending
in "…", and the same minutes store alike on both databases. Within
``noting_cuts()`` each cut is also noted, so a command can warn about it.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.db import models

ELLIPSIS = "…"

_cuts: ContextVar[list[str] | None] = ContextVar("cuts", default=None)


def clip(text: str, width: int) -> str:
    """``text`` if it fits in ``width`` characters, else cut to end in "…"."""
    if len(text) <= width:
        return text
    return text[: width - 1].rstrip() + ELLIPSIS


def fit_value(model: type[models.Model], name: str, value: str) -> str:
    """``value`` cut to fit ``model``'s column ``name``, the cut noted.

    For a value a record is looked up by, so the lookup and the stored row
    agree.
    """
    field = model._meta.get_field(name)
    width = getattr(field, "max_length", None)
    if not width or len(value) <= width:
        return value
    _note(model, field, len(value))
    return clip(value, width)


def fit(record: models.Model) -> None:
    """Cut every text of ``record`` that is longer than its column allows."""
    for field in record._meta.concrete_fields:
        if not isinstance(field, models.CharField) or not field.max_length:
            continue
        value = getattr(record, field.attname)
        if isinstance(value, str) and len(value) > field.max_length:
            setattr(record, field.attname, clip(value, field.max_length))
            _note(record, field, len(value))


def _note(model: models.Model | type[models.Model], field: Any, length: int) -> None:
    cuts = _cuts.get()
    if cuts is not None:
        cuts.append(
            f"{model._meta.verbose_name} {field.verbose_name} was {length:,} "
            f"characters, cut to the {field.max_length} that fit"
        )


@contextmanager
def noting_cuts() -> Iterator[list[str]]:
    """Collect a sentence for every text cut by ``fit`` inside the block."""
    cuts: list[str] = []
    token = _cuts.set(cuts)
    try:
        yield cuts
    finally:
        _cuts.reset(token)
