"""The item page in Welsh: the council's own Welsh words where it gave them.

A Welsh council publishes each item in both languages; the English page is the
record and ``Translation`` keeps the Welsh page's words. On ``/cy/`` the item
shows the Welsh title, minutes and decisions (marked ``lang="cy"``) and keeps
the English for whatever the Welsh page lacks (marked ``lang="en-GB"`` by
``record_lang``). Decisions are paired by order, and only when both pages have
as many: a pairing that might put one decision's words on another is worse
than English.
"""

from django.conf import settings
from django.utils import translation

from moot.records.models import AgendaItem, Translation

from .sections import ItemSections


def item_words(item: AgendaItem, sections: ItemSections) -> Translation | None:
    """The item's words in the page's language, or ``None`` to show the English.

    Each paired resolution gets ``translated``, its text in that language.
    """
    language = translation.get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE:
        return None
    found = (
        Translation.objects.public().filter(agenda_item=item, language=language).first()
    )
    if found is not None and len(found.resolutions) == len(sections.resolutions):
        for row, text in zip(sections.resolutions, found.resolutions, strict=True):
            row.translated = text  # type: ignore[attr-defined]
    return found
