"""Links to the outside world that a page may render: http(s) only.

A document's ``url`` comes from a council's server or a clerk. A
``javascript:`` or ``data:`` link rendered as ``href`` would run in the
reader's browser on Moot's origin, so only an absolute ``http`` or ``https``
URL is ever stored (``drop_unsafe_links``, on every save, which every loader
goes through) or rendered (the ``web_link`` filter).
"""

import logging
import re
from typing import Any
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

SCHEMES = ("http", "https")
# Browsers drop tabs and newlines inside a URL and leading control characters,
# so "java\tscript:" is "javascript:"; any of them makes a link unsafe.
INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f]")


def web_link(url: str) -> str:
    """``url`` if it is an absolute http(s) URL, else ``""``."""
    url = (url or "").strip()
    if not url or INVISIBLE.search(url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        return ""
    return url


def drop_unsafe_links(sender: Any, instance: Any, **kwargs: Any) -> None:
    """``pre_save``: a document keeps its ``url`` only if it is a web link."""
    url = getattr(instance, "url", "")
    if url and not web_link(url):
        logger.warning(
            "%s %s: link %r dropped, not http(s)", sender.__name__, instance.pk, url
        )
        instance.url = ""


def connect() -> None:
    from django.db.models.signals import pre_save

    from .models import Document

    pre_save.connect(drop_unsafe_links, sender=Document, dispatch_uid="links")
