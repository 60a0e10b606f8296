"""Absolute URLs of OParl objects and lists, and of the public pages (``web``)."""

from datetime import datetime
from urllib.parse import urlencode

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone


class Links:
    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def absolute(self, path: str) -> str:
        return self.request.build_absolute_uri(path)

    def system(self) -> str:
        return self.absolute(reverse("oparl-system"))

    def object(self, kind: str, pk: int) -> str:
        return self.absolute(reverse("oparl-object", args=[kind, pk]))

    def list(self, kind: str, body: int | None = None, **query: str) -> str:
        if body is None:
            path = reverse("oparl-bodies")
        else:
            path = reverse("oparl-list", args=[body, kind])
        return self.absolute(path) + (f"?{urlencode(query)}" if query else "")


def stamp(value: datetime) -> str:
    """A ``date-time`` as OParl writes it: local time with its offset."""
    return timezone.localtime(value).isoformat(timespec="seconds")
