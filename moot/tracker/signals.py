"""Keep item pages fresh when a fulfilment link between two items changes."""

from typing import Any

from moot.records.changes import items_changed


def fulfilment_changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    made_at = (
        type(instance.commitment)
        .objects.filter(pk=instance.commitment_id)
        .values_list("agenda_item_id", flat=True)
        .first()
    )
    items_changed(made_at, instance.item_id)
