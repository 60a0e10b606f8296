"""Download an item's documents, keep their bytes and take their text.

I/O only; the reading is pure (``text.py``). The bytes go into Django's default
storage (``MOOT_DATA_DIR/media/documents/…``) under a name made from their
SHA-256, never from the source, so two documents with the same bytes share one
file and no source can choose a path. An exempt document is never fetched, so
its bytes are never kept.
"""

from urllib.parse import urlsplit

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from . import records
from .http import Client, FetchError
from .summary import Summary
from .text import describe


def download(
    client: Client, document: records.Document, summary: Summary, *, base: str
) -> None:
    """Fill ``document``'s text, size, hash, kind and kept file from its URL.

    An exempt document is never fetched. A document on another host than
    ``base`` is fetched only if that host is allowed; otherwise it keeps its
    link and a warning says why it has no text. A failed download is a failure
    in the summary; the document is still stored, without text.
    """
    if document.is_exempt or not document.url:
        return
    host = (urlsplit(document.url).hostname or "").lower()
    if host != (urlsplit(base).hostname or "").lower() and (
        host not in client.allow_hosts
    ):
        summary.warnings.append(
            f"{document.title}: on another host ({host}), not downloaded"
        )
        return
    try:
        response = client.get(document.url)
    except FetchError as error:
        summary.fail(f"document {document.title!r}", error)
        return
    data = response.body
    found = describe(data, document.url, response.content_type, document.title)
    document.kind, document.size, document.sha256 = found.kind, found.size, found.sha256
    document.file = keep(data, document.sha256, document.kind)
    document.text, warnings = found.text, found.warnings
    if warnings and not document.text and document.kind != "other":
        summary.fail(f"document {document.title!r}", "; ".join(warnings))
    else:
        summary.warnings.extend(warnings)


# Only types a browser shows safely inline get their own suffix: an HTML file
# from a council's server served from Moot's origin as text/html could run
# script there, so it is kept as ``.bin`` and served as a download type.
SUFFIXES = {"pdf": ".pdf", "docx": ".docx"}


def keep(data: bytes, sha256: str, kind: str) -> str:
    """Save ``data`` once in the default storage; return its storage name."""
    name = f"documents/{sha256[:2]}/{sha256}{SUFFIXES.get(kind, '.bin')}"
    if default_storage.exists(name):
        return name
    return str(default_storage.save(name, ContentFile(data)))
