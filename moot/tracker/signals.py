"""Keep item pages fresh when a fulfilment link between two items changes."""

from moot.records.freshness import touch_items


def fulfilment_changed(sender, instance, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    made_at = (
        type(instance.commitment)
        .objects.filter(pk=instance.commitment_id)
        .values_list("agenda_item_id", flat=True)
        .first()
    )
    touch_items(made_at, instance.item_id)
