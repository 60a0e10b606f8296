"""The Legistar Web API over HTTP. I/O only."""

import datetime as dt
from typing import Any
from urllib.parse import quote

from .. import json_depth
from ..http import Client

PAGE = 1000


def get_json(client: Client, url: str) -> Any:
    """The JSON at ``url``; ``ValueError`` if it is not JSON or nests too deep."""
    return json_depth.loads(client.get(url).body)


def events(
    client: Client, base: str, start: dt.date | None, end: dt.date | None
) -> list[dict[str, Any]]:
    """Every Event in the window, a page of ``$top`` at a time."""
    conditions = []
    if start:
        conditions.append(f"EventDate ge datetime'{start.isoformat()}'")
    if end:
        conditions.append(f"EventDate lt datetime'{end.isoformat()}'")
    query = f"$filter={quote(' and '.join(conditions))}&" if conditions else ""
    found: list[dict[str, Any]] = []
    while True:
        page = get_json(client, f"{base}/events?{query}$top={PAGE}&$skip={len(found)}")
        if not isinstance(page, list):
            raise ValueError("the events answer is not a list")
        found += page
        if len(page) < PAGE:
            return found


def event_items(client: Client, base: str, event_id: Any) -> Any:
    return get_json(
        client,
        f"{base}/events/{event_id}/eventitems?AgendaNote=1&MinutesNote=1&Attachments=1",
    )


def votes(client: Client, base: str, item_id: Any) -> Any:
    return get_json(client, f"{base}/eventitems/{item_id}/votes")


def person(client: Client, base: str, person_id: Any) -> Any:
    return get_json(client, f"{base}/persons/{person_id}")
