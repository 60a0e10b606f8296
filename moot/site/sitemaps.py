"""``/sitemap.xml``: every public page, through the public querysets."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from moot.records.models import AgendaItem, Committee, Document, Meeting, Person


class PagesSitemap(Sitemap):
    def items(self) -> list[str]:
        return ["home", "committees"]

    def location(self, item: str) -> str:
        return reverse(item)


class RecordSitemap(Sitemap):
    """Sitemap of a model's public rows, newest change first."""

    def lastmod(self, obj) -> object:
        return obj.modified


class CommitteeSitemap(RecordSitemap):
    def items(self):
        return Committee.objects.public().order_by("pk")


class MeetingSitemap(RecordSitemap):
    def items(self):
        return Meeting.objects.public().select_related("committee").order_by("pk")


class ItemSitemap(RecordSitemap):
    def items(self):
        return AgendaItem.objects.public().only("pk", "slug", "modified").order_by("pk")


class PersonSitemap(RecordSitemap):
    def items(self):
        return Person.objects.public().order_by("pk")


class DocumentSitemap(RecordSitemap):
    def items(self):
        return Document.objects.public().only("pk", "modified").order_by("pk")


SITEMAPS = {
    "pages": PagesSitemap,
    "committees": CommitteeSitemap,
    "meetings": MeetingSitemap,
    "items": ItemSitemap,
    "people": PersonSitemap,
    "documents": DocumentSitemap,
}
