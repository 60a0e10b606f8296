"""The exempt rule, in one place.

Schedule 12A of the Local Government Act 1972 lets a council withhold an item's
content. The public may learn that an exempt item exists, its title and the
paragraph that exempts it, and nothing else; an exempt document is never served.

Every public view, sitemap, feed, export, search index and API goes through the
``public()`` methods defined here and nowhere else:

- ``AgendaItem.objects.public()``: items the public may know of (exempt ones
  included, for their title and paragraph);
- ``AgendaItem.objects.public().open()``: items whose content may be shown;
- ``<content model>.objects.public()``: report, minutes, questions, resolutions,
  commitments and the rest, only for open items;
- ``Document.objects.public()``: documents that may be served, an item's or
  a meeting's own (``agenda_item`` NULL: then the meeting decides);
- ``Declaration.objects.public()``: declarations of interest, the interest's
  words only as ``public_interest``, empty where they could describe an exempt
  matter (see ``DeclarationQuerySet``).

A meeting a clerk keeps as a draft (``Meeting.draft``) is unknown to the public
with everything in it, by the same rule.
"""

from typing import Self

from django.db.models import (
    BooleanField,
    Case,
    Exists,
    F,
    OuterRef,
    Q,
    TextField,
    Value,
    When,
)

from .base import RecordQuerySet


def _prefix(path: str) -> str:
    return f"{path}__" if path else ""


def meeting_q(path: str = "meeting") -> Q:
    """Meetings (at ``path``) the public may know of: published, and nothing on
    the way deleted."""
    p = _prefix(path)
    return Q(
        **{
            f"{p}draft": False,
            f"{p}deleted__isnull": True,
            f"{p}committee__deleted__isnull": True,
            f"{p}committee__body__deleted__isnull": True,
        }
    )


def known_q(path: str = "") -> Q:
    """Items (at ``path``) the public may know of: nothing on the way deleted,
    and the meeting published (a clerk's draft is for staff only)."""
    p = _prefix(path)
    return Q(**{f"{p}deleted__isnull": True}) & meeting_q(f"{p}meeting")


def open_q(path: str = "") -> Q:
    """Items (at ``path``) whose content the public may see."""
    return known_q(path) & Q(**{f"{_prefix(path)}is_exempt": False})


class AgendaItemQuerySet(RecordQuerySet):
    def public(self) -> "AgendaItemQuerySet":
        return self.filter(known_q())

    def open(self) -> "AgendaItemQuerySet":
        """Of these, the items that are not exempt."""
        return self.filter(is_exempt=False)


class ItemContentQuerySet(RecordQuerySet):
    """Rows that belong to one agenda item through ``agenda_item``."""

    def public(self) -> Self:
        return self.filter(Q(deleted__isnull=True) & open_q("agenda_item"))


class DocumentQuerySet(RecordQuerySet):
    def public(self) -> "DocumentQuerySet":
        """An item's documents follow the item; a meeting's own follow the meeting."""
        own = Q(agenda_item__isnull=False) & open_q("agenda_item")
        meetings = Q(agenda_item__isnull=True) & meeting_q("meeting")
        return self.filter(Q(deleted__isnull=True, is_exempt=False) & (own | meetings))


class DeclarationQuerySet(RecordQuerySet):
    """Declarations of interest made at a meeting.

    The public may know who declared an interest and of what kind, as the law
    requires it be recorded in public. The interest's words are another matter
    where they could describe an exempt item ("owns the site being sold"):
    ``public_interest`` carries them only when the item the declaration is
    about is open, or when it names no item and the meeting has no exempt
    item at all. Otherwise (about an exempt item, or naming an item Moot cannot
    find) the words are withheld: when unsure, withhold.
    """

    def public(self) -> "DeclarationQuerySet":
        from .item import AgendaItem

        exempt_here = AgendaItem.objects.filter(
            meeting=OuterRef("meeting"), is_exempt=True, deleted__isnull=True
        )
        safe = Q(about_item__isnull=False) & open_q("about_item") | Q(
            about_item__isnull=True, about_number=""
        ) & ~Exists(exempt_here)
        recorded = Q(agenda_item__isnull=True) | open_q("agenda_item")
        return self.filter(  # type: ignore[no-any-return]
            Q(deleted__isnull=True) & meeting_q("meeting") & recorded
        ).annotate(
            public_interest=Case(
                When(safe, then=F("interest")),
                default=Value(""),
                output_field=TextField(),
            ),
            interest_withheld=Case(
                When(safe, then=Value(False)),
                default=Value(True),
                output_field=BooleanField(),
            ),
        )
