"""What every stored record carries: timestamps, soft deletion and provenance.

The OParl API's sync (``modified_since``, ``deleted``) needs ``modified`` and a
soft ``deleted`` on every row, and the audit trail needs to know where each row
came from, so they live on one abstract base model. Every write of a record
fits its texts to their columns first (``moot.records.widths``).
"""

from collections.abc import Iterable
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from ..changes import Scope, announce
from ..widths import fit


class RecordQuerySet(models.QuerySet[Any]):
    def alive(self) -> "RecordQuerySet":
        """Rows not soft-deleted."""
        return self.filter(deleted__isnull=True)

    def update(self, **kwargs: Any) -> int:
        """Bulk change through the change point: ``modified`` is bumped and
        the items whose pages show these rows are announced, so a bulk soft
        delete or exempt change reaches pages, search and feeds at once."""
        scope = getattr(self.model, "change_scope", None)
        kwargs.setdefault("modified", timezone.now())
        if scope is None:
            return super().update(**kwargs)
        name, path = scope
        with transaction.atomic(using=self.db, savepoint=False):
            ids = list(self.values_list(path, flat=True).distinct().order_by())
            count = super().update(**kwargs)
            announce(name, ids, bump=not (name == Scope.ITEM and path == "pk"))
        return count

    def soft_delete(self) -> int:
        """Hide these rows everywhere; API clients still learn of it."""
        return self.update(deleted=timezone.now())

    def bulk_create(self, objs: Iterable[Any], *args: Any, **kwargs: Any) -> list[Any]:
        objs = list(objs)
        for obj in objs:
            fit(obj)
        return super().bulk_create(objs, *args, **kwargs)

    def bulk_update(self, objs: Iterable[Any], *args: Any, **kwargs: Any) -> int:
        objs = list(objs)
        for obj in objs:
            fit(obj)
        return super().bulk_update(objs, *args, **kwargs)


class Record(models.Model):
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    modified = models.DateTimeField(auto_now=True, db_index=True)
    deleted = models.DateTimeField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Set to hide the record everywhere; rows are never removed, "
        "so API clients can learn of the deletion.",
    )
    source = models.CharField(
        max_length=1000,
        blank=True,
        help_text="File path or URL the record was read from.",
    )
    importer = models.CharField(
        max_length=100,
        blank=True,
        help_text="What stored it: load-minutes, sample, admin, an importer's name.",
    )
    imported = models.DateTimeField(
        null=True, blank=True, help_text="When the source was read."
    )

    objects = RecordQuerySet.as_manager()
    # (scope, path to the id): which public record a change of this row changes.
    change_scope: tuple[Scope, str] | None = None

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        fit(self)
        super().save(*args, **kwargs)

    def soft_delete(self) -> None:
        self.deleted = timezone.now()
        self.save(update_fields=["deleted", "modified"])
