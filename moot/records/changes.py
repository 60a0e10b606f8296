"""The one change point: what the public may see of a record has changed.

Every write goes through here, whatever path it takes:

- a model's ``save()`` or ``delete()`` (signals, connected once below for the
  models listed in ``Record.change_scope``);
- a bulk ``update()`` on any record queryset (``RecordQuerySet.update``
  announces the rows it changes, so a soft delete or a bulk exempt change
  cannot go around it);
- ``bulk_create`` sends no signals: the loader announces the item it wrote.

Inside the writing transaction an announcement bumps the affected items'
``modified`` (cached pages are keyed on it, and sync clients read it) and
sends ``records_changed`` (the search queue writes its rows there, in the same
transaction). After the commit, ``changes_committed`` is sent once per
transaction with everything it changed, for work that reads the committed
state (the tracker, alerts).
"""

import typing
from collections.abc import Iterable
from enum import StrEnum

from django.db import connection, models, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from django.utils import timezone

BATCH = 500  # ids per statement, under SQLite's variable limit


class Scope(StrEnum):
    """What a change is about: one item, or every item under a larger record."""

    ITEM = "item"
    MEETING = "meeting"
    COMMITTEE = "committee"
    BODY = "body"


# sender: the Scope; pks: the changed rows' ids. Sent inside the transaction.
records_changed = Signal()
# sender: None; changes: dict[Scope, set[int]]. Sent once after the commit.
changes_committed = Signal()


def announce(scope: Scope, pks: Iterable[int | None], bump: bool = True) -> None:
    """Record that the rows ``pks`` of ``scope`` changed (see the module doc)."""
    ids = sorted({pk for pk in pks if pk})
    if not ids:
        return
    if bump and scope == Scope.ITEM:
        _bump_items(ids)
    records_changed.send(sender=scope, pks=ids)
    if connection.in_atomic_block:
        _pending().add(scope, ids)
    else:  # autocommit: the change is already committed
        changes_committed.send(sender=None, changes={scope: set(ids)})


def items_changed(*pks: int | None) -> None:
    """Items whose page, index record or feed entry must be renewed."""
    announce(Scope.ITEM, pks)


def _bump_items(ids: list[int]) -> None:
    from .models import AgendaItem

    now = timezone.now()
    for at in range(0, len(ids), BATCH):
        # The plain QuerySet.update: this is the change point itself.
        models.QuerySet.update(
            AgendaItem.objects.filter(pk__in=ids[at : at + BATCH]), modified=now
        )


class _AfterCommit:
    """What one transaction has changed, sent once when it commits."""

    def __init__(self) -> None:
        self.changes: dict[Scope, set[int]] = {}

    def add(self, scope: Scope, ids: list[int]) -> None:
        self.changes.setdefault(scope, set()).update(ids)

    def __call__(self) -> None:
        changes_committed.send(sender=None, changes=self.changes)


def _pending() -> _AfterCommit:
    """The announcement the current transaction sends when it commits."""
    for _, callback, _ in getattr(connection, "run_on_commit", []):
        if isinstance(callback, _AfterCommit):
            return callback
    pending = _AfterCommit()
    transaction.on_commit(pending)
    return pending


def _saved(
    sender: type[models.Model], instance: models.Model, **kwargs: object
) -> None:
    if kwargs.get("raw"):
        return
    scope, path = sender.change_scope  # type: ignore[attr-defined]
    own = scope == Scope.ITEM and path == "pk"
    announce(scope, [_value(instance, path)], bump=not own)


def _value(instance: models.Model, path: str) -> int | None:
    if path == "pk":
        return typing.cast(int | None, instance.pk)
    if "__" not in path:
        return typing.cast(int | None, getattr(instance, path))
    relation, _, rest = path.partition("__")
    related = getattr(instance, relation, None)
    return _value(related, rest) if related is not None else None


def connect() -> None:
    """Connect save and delete of every model that declares a change scope."""
    from django.apps import apps

    for model in apps.get_models():
        if getattr(model, "change_scope", None):
            uid = f"changes-{model._meta.label}"
            post_save.connect(_saved, sender=model, dispatch_uid=uid)
            post_delete.connect(_saved, sender=model, dispatch_uid=f"{uid}-d")
