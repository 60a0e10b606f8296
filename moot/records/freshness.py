"""Keep ``AgendaItem.modified`` true to everything shown on the item's page.

Cached item pages are keyed by the item's ``modified`` (and its meeting's,
committee's and body's), so any saved or deleted row of an item's content
touches its item, and the next request renders afresh. ``bulk_create`` sends no
signals; the loader saves the item itself after writing its content.
"""

from django.db.models.signals import post_delete, post_save
from django.utils import timezone


def touch_items(*pks: int | None) -> None:
    from .models import AgendaItem

    pks = [pk for pk in pks if pk]
    if pks:
        AgendaItem.objects.filter(pk__in=pks).update(modified=timezone.now())


def _content_changed(sender, instance, **kwargs) -> None:
    touch_items(
        getattr(instance, "agenda_item_id", None),
        getattr(instance, "fulfilled_by_id", None),
    )


def _response_changed(sender, instance, **kwargs) -> None:
    from .models import Question

    touch_items(
        Question.objects.filter(pk=instance.question_id)
        .values_list("agenda_item_id", flat=True)
        .first()
    )


def connect() -> None:
    from moot.tracker.models import Commitment, InformationRequest

    from . import models

    content = [
        models.Report,
        models.Document,
        models.Recommendation,
        models.MinutesBlock,
        models.Question,
        models.Representation,
        models.Resolution,
        models.Action,
        Commitment,
        InformationRequest,
    ]
    for model in content:
        post_save.connect(_content_changed, sender=model, dispatch_uid=f"fresh-{model}")
        post_delete.connect(
            _content_changed, sender=model, dispatch_uid=f"fresh-del-{model}"
        )
    for model in (models.QuestionResponse,):
        post_save.connect(_response_changed, sender=model, dispatch_uid="fresh-qr")
        post_delete.connect(_response_changed, sender=model, dispatch_uid="fresh-qr-d")
