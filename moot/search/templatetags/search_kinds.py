"""What a search hit is, in the page's language ("document", "dogfen")."""

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

# One name per kind of record the index holds (``engine.KINDS``), singular,
# as the tag beside a hit shows it.
KIND_NAMES = {
    "item": _("agenda item"),
    "resolution": _("resolution"),
    "commitment": _("commitment"),
    "document": _("document"),
}


@register.filter
def kind_name(kind: str) -> str:
    """The tag's words for a hit of ``kind``; an unknown kind as it is."""
    return str(KIND_NAMES.get(kind, kind))
