"""Walk the public site as a visitor (or a search engine) would, for tests.

Starts at the home page, the sitemap, the exports and feeds, and a search for
each word given; follows every same-site link a few hops deep. Returns each
URL with the text it answered, so a test can look for what must not be there.
"""

import re
from urllib.parse import quote, unquote_plus, urljoin, urlsplit

from django.test import Client

LINK = re.compile(r"""(?:href|src)=["']([^"'#]+)""")
LOC = re.compile(r"<loc>https?://[^/]+(/[^<]*)</loc>")
# URLs in JSON answers (the OParl API links every object by its full URL).
JSON_URL = re.compile(r'"https?://testserver(/[^"]*)"')
EXPORTS = ["/", "/committees/", "/commitments/", "/commitments.csv"]
EXPORTS += ["/commitments.ics", "/information-requests/", "/sitemap.xml"]
EXPORTS += ["/oparl/", "/oparl/body/", "/downloads/", "/meetings.ics"]
EXPORTS += ["/decisions.atom", "/commitments.atom"]
SKIP = ("/admin/", "/static/", "/media/")


def crawl(
    client: Client, words: list[str], hops: int = 3, limit: int = 600
) -> dict[str, str]:
    """Every public page reached, with its body as text."""
    start = list(EXPORTS)
    for word in words:
        for path in ("/search/", "/search.json", "/search.atom"):
            start.append(f"{path}?q={quote(word)}")
    seen: dict[str, str] = {}
    frontier = start
    for _ in range(hops + 1):
        following: list[str] = []
        for url in frontier:
            if url in seen or len(seen) >= limit:
                continue
            response = client.get(url)
            if response.status_code in (301, 302):
                following.append(response["Location"])
                continue
            body = b"".join(response).decode("utf-8", "replace")
            seen[url] = body
            following += _links(url, body)
        frontier = following
    return seen


def _links(url: str, body: str) -> list[str]:
    found = LOC.findall(body) + JSON_URL.findall(body)
    for link in LINK.findall(body):
        absolute = urljoin(url, link.replace("&amp;", "&"))
        parts = urlsplit(absolute)
        if parts.netloc in ("", "testserver") and not parts.path.startswith(SKIP):
            found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def leaks(pages: dict[str, str], words: list[str]) -> list[tuple[str, str]]:
    """(word, url) for every confidential word found on a public page.

    A search page repeats its own query, so there the word counts only if the
    search found something (``search_hits`` checks that).
    """
    return [
        (word, url)
        for url, body in pages.items()
        for word in words
        if word.casefold() in body.casefold() and word not in unquote_plus(url)
    ]


def search_hits(client: Client, word: str) -> int:
    """How many results a search for ``word`` finds."""
    return client.get("/search.json", {"q": word}).json()["total"]
