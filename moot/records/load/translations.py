"""An item's words in another language, beside the item already stored.

The English page is stored first (``store_meeting``), so a translation finds
its item by the item's ``source_id``; one whose item is not stored is refused
with a sentence naming both pages, never stored loose. A title too long for
its column is cut and noted, as every text the loader stores (``widths``).
"""

from django.db import transaction

from moot.importers import records as plain

from ..models import AgendaItem, Translation
from ..widths import noting_cuts
from .rows import LoadError, Provenance, Tally, upsert


def store_translation(
    record: plain.Translation, provenance: Provenance, tally: Tally
) -> Translation:
    """Create or update the item's words in ``record.language``."""
    item = AgendaItem.objects.alive().filter(source_id=record.item_source_id).first()
    if not record.item_source_id or item is None:
        raise LoadError(
            f"{record.source_id}: no stored item {record.item_source_id!r} to "
            "translate; import the English page first."
        )
    values = {
        "title": record.title,
        "minutes": record.minutes,
        "resolutions": record.resolutions,
        "source_id": record.source_id,
    }
    create = {"agenda_item": item, "language": record.language}
    with transaction.atomic(), noting_cuts() as cuts:
        row = Translation.objects.filter(**create).first()
        row = upsert(
            Translation, row, values, provenance, tally, "translations", create
        )
    tally.warnings += cuts
    return row
