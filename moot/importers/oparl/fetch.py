"""OParl over HTTP: objects and paginated lists; the last run's time. I/O only."""

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import json_depth
from ..http import Client, FetchError
from . import convert

MAX_PAGES = 100_000


def get_json(client: Client, url: str) -> Any:
    """The JSON at ``url``; ``ValueError`` if the body is not JSON or is
    nested implausibly deep (``json_depth``)."""
    return json_depth.loads(client.get(url).body)


def with_filter(url: str, modified_since: str | None) -> str:
    """The first page's URL with ``modified_since`` added; the server keeps it."""
    if not modified_since:
        return url
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}modified_since={quote(modified_since, safe='')}"


def walk(
    client: Client, url: str, modified_since: str | None = None
) -> Iterator[convert.Object]:
    """Every object of a list, page after page by ``links.next``.

    Raises ``FetchError`` or ``ValueError`` for a page that cannot be had; the
    objects of earlier pages have been yielded by then. A ``next`` link seen
    before ends the walk (a server that loops).
    """
    seen: set[str] = set()
    following: str | None = with_filter(url, modified_since)
    while following and following not in seen and len(seen) < MAX_PAGES:
        seen.add(following)
        try:
            objects, following_next = convert.list_page(get_json(client, following))
        except (FetchError, ValueError) as error:
            raise ListError(following, error) from None
        yield from objects
        following = following_next


class ListError(ValueError):
    """A list page that could not be read, with its URL."""

    def __init__(self, url: str, error: Exception) -> None:
        super().__init__(f"list page {url}: {error}")
        self.url = url
        self.error = error


def last_run(state_file: Path, system_url: str) -> str | None:
    """When the last complete run from ``system_url`` started, if one did."""
    try:
        value = json.loads(state_file.read_text()).get(system_url)
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def save_run(state_file: Path, system_url: str, started: str) -> None:
    """Remember that a complete run from ``system_url`` started at ``started``."""
    try:
        state = json.loads(state_file.read_text())
    except (OSError, ValueError):
        state = {}
    if not isinstance(state, dict):
        state = {}
    state[system_url] = started
    state_file.parent.mkdir(parents=True, exist_ok=True)
    temporary = state_file.with_name(f".{state_file.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(state, indent=1, sort_keys=True))
    os.replace(temporary, state_file)
