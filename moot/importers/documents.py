"""Download an item's documents and take their text (I/O; the reading is pure)."""

import hashlib
from urllib.parse import urlsplit

from . import records
from .http import Client, FetchError
from .summary import Summary
from .text import document_kind, extract_text


def download(
    client: Client, document: records.Document, summary: Summary, *, base: str
) -> None:
    """Fill ``document``'s text, size, hash and kind from its URL.

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
    document.kind = document_kind(document.url, response.content_type, data)
    document.size = len(data)
    document.sha256 = hashlib.sha256(data).hexdigest()
    document.text, warnings = extract_text(data, document.kind, document.title)
    if warnings and not document.text and document.kind != "other":
        summary.fail(f"document {document.title!r}", "; ".join(warnings))
    else:
        summary.warnings.extend(warnings)
