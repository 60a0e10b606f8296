"""One polite HTTP client for every importer, with a response store on disk.

Every request goes through ``Client.get``: a timeout, retries with exponential
backoff on network errors, 429 and 5xx, a minimum interval between requests to
the same host, an honest User-Agent, conditional requests (``If-None-Match``,
``If-Modified-Since``) when an earlier response left an ``ETag`` or
``Last-Modified``, a size limit on every body, and no redirect to another host
unless that host is allowed. Bodies are kept under ``<store>/<host>/`` in files
named by a hash of the URL, never by a path taken from the source, so a re-run
with ``offline=True`` replays them without the network.

Standard library ``urllib`` only: redirects and body size need finer control
than a convenience library gives, and it keeps the dependency list short.
"""

import hashlib
import json
import os
import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

USER_AGENT = "Moot/0.1 (open-source council records importer)"


def user_agent(contact: str = "") -> str:
    """Name the software, and whom to contact when the operator has said
    (``MOOT_CONTACT``: an email address or URL); a guessed address is worse
    than none."""
    if not contact:
        return USER_AGENT
    return f"Moot/0.1 (open-source council records importer; +{contact})"


RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How polite and how careful to be; every field is per request."""

    timeout: float = 30.0
    retries: int = 3
    backoff: float = 1.0
    min_interval: float = 1.0
    max_bytes: int = 50 * MB
    max_redirects: int = 5
    max_retry_after: float = 60.0


class FetchError(Exception):
    """A response that could not be had: a sentence, the URL and any status."""

    def __init__(self, message: str, url: str, status: int | None = None) -> None:
        super().__init__(f"{message} ({url})")
        self.message = message
        self.url = url
        self.status = status


@dataclass
class Response:
    """A body and what is known about it."""

    url: str
    status: int
    body: bytes
    content_type: str = ""
    from_store: bool = False
    not_modified: bool = False


@dataclass
class Stats:
    """What the client did in a run, for the closing summary."""

    requests: int = 0
    replayed: int = 0
    not_modified: int = 0
    bytes: int = 0
    urls: list[str] = field(default_factory=list)


class ResponseStore:
    """Bodies and their validators on disk, one pair of files per URL.

    ``<root>/<host>/<hh>/<sha256>.body`` and ``.json``; the host is reduced to
    letters, digits, dots and hyphens, so nothing from the source chooses a path.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, url: str) -> Path:
        parts = urlsplit(url)
        host = re.sub(r"[^a-z0-9.-]", "_", (parts.netloc or "local").lower())
        host = host.strip(".")[:100] or "local"
        digest = hashlib.sha256(url.encode()).hexdigest()
        return self.root / host / digest[:2] / digest

    def load(self, url: str) -> tuple[dict[str, Any], bytes] | None:
        base = self.path(url)
        try:
            meta = json.loads(base.with_suffix(".json").read_text())
            return meta, base.with_suffix(".body").read_bytes()
        except (OSError, ValueError):
            return None

    def save(self, url: str, response: Response, headers: Message) -> None:
        base = self.path(url)
        base.parent.mkdir(parents=True, exist_ok=True)
        meta = {
            "url": url,
            "final_url": response.url,
            "status": response.status,
            "content_type": response.content_type,
            "etag": headers.get("ETag", ""),
            "last_modified": headers.get("Last-Modified", ""),
            "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        _write(base.with_suffix(".body"), response.body)
        _write(base.with_suffix(".json"), json.dumps(meta, indent=1).encode())


def _write(path: Path, data: bytes) -> None:
    """Write atomically, so an interrupted run never leaves half a body."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Leave redirects to the client, which checks each hop."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class Client:
    """Fetch URLs politely, keep what was fetched, replay it when offline.

    ``allow_hosts`` names the hosts a redirect or a document link may lead to
    besides the host of the URL asked for. ``sleep`` and ``clock`` are seams for
    tests of the backoff and the rate limit.
    """

    def __init__(
        self,
        store_dir: Path,
        *,
        offline: bool = False,
        limits: Limits | None = None,
        allow_hosts: Iterable[str] = (),
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = ResponseStore(store_dir)
        self.offline = offline
        self.limits = limits or Limits()
        self.allow_hosts = {h.lower() for h in allow_hosts}
        self.user_agent = user_agent
        self.stats = Stats()
        self._sleep = sleep
        self._clock = clock
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self._opener = urllib.request.build_opener(_NoRedirect())

    def get(self, url: str, *, max_bytes: int | None = None) -> Response:
        """The body at ``url``; raises ``FetchError`` with a sentence if none.

        A stored body is revalidated with the server (a 304 replays it) or,
        offline, returned as it is.
        """
        _check_scheme(url)
        stored = self.store.load(url)
        if self.offline:
            if stored is None:
                raise FetchError(
                    "not in the response store; run without --offline", url
                )
            self.stats.replayed += 1
            return _replayed(stored, not_modified=False)
        limit = max_bytes or self.limits.max_bytes
        response, headers = self._follow(url, stored, limit)
        if response.not_modified and stored is not None:
            self.stats.not_modified += 1
            return _replayed(stored, not_modified=True)
        self.store.save(url, response, headers)
        return response

    def _follow(
        self, url: str, stored: tuple[dict[str, Any], bytes] | None, limit: int
    ) -> tuple[Response, Message]:
        """Request ``url``, following same-host redirects one checked hop at a time."""
        origin = urlsplit(url)
        current = url
        for _ in range(self.limits.max_redirects + 1):
            response, headers = self._with_retries(current, stored, limit)
            if response.status not in (301, 302, 303, 307, 308):
                return response, headers
            target = urljoin(current, headers.get("Location", ""))
            self._check_redirect(origin, target, url)
            current = target
        raise FetchError(f"more than {self.limits.max_redirects} redirects", url)

    def _check_redirect(self, origin: Any, target: str, url: str) -> None:
        parts = urlsplit(target)
        host = (parts.hostname or "").lower()
        if host != (origin.hostname or "").lower() and host not in self.allow_hosts:
            raise FetchError(
                f"refused a redirect to another host, {host or target!r}; "
                "allow it with --allow-host if it is the council's",
                url,
            )
        if origin.scheme == "https" and parts.scheme != "https":
            raise FetchError("refused a redirect from https to plain http", url)

    def _with_retries(
        self, url: str, stored: tuple[dict[str, Any], bytes] | None, limit: int
    ) -> tuple[Response, Message]:
        attempt = 0
        while True:
            try:
                return self._once(url, stored, limit)
            except _RetryableError as retry:
                attempt += 1
                if attempt > self.limits.retries:
                    raise FetchError(
                        f"gave up after {attempt} attempts: {retry.reason}",
                        url,
                        retry.status,
                    ) from None
                wait = retry.after or self.limits.backoff * 2 ** (attempt - 1)
                self._sleep(min(wait, self.limits.max_retry_after))

    def _once(
        self, url: str, stored: tuple[dict[str, Any], bytes] | None, limit: int
    ) -> tuple[Response, Message]:
        request = urllib.request.Request(url, headers=self._headers(stored))
        self._wait_turn(url)
        self.stats.requests += 1
        self.stats.urls.append(url)
        try:
            handle = self._opener.open(request, timeout=self.limits.timeout)
        except urllib.error.HTTPError as error:
            return self._error_status(url, error)
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            reason = getattr(error, "reason", error)
            raise _RetryableError(f"network error: {reason}") from None
        with handle:
            headers = handle.headers
            body = _read_limited(handle, headers, limit, url)
            self.stats.bytes += len(body)
            response = Response(
                url=handle.geturl(),
                status=handle.status,
                body=body,
                content_type=headers.get_content_type(),
            )
            return response, headers

    def _error_status(
        self, url: str, error: urllib.error.HTTPError
    ) -> tuple[Response, Message]:
        headers = error.headers
        with error:
            if error.code == 304:
                return Response(url, 304, b"", not_modified=True), headers
            if error.code in (301, 302, 303, 307, 308):
                return Response(url, error.code, b""), headers
            if error.code in RETRY_STATUSES:
                raise _RetryableError(
                    f"HTTP {error.code}", error.code, _retry_after(headers)
                )
        raise FetchError(f"HTTP {error.code} {error.reason}", url, error.code)

    def _headers(self, stored: tuple[dict[str, Any], bytes] | None) -> dict[str, str]:
        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        if stored is not None:
            meta = stored[0]
            if meta.get("etag"):
                headers["If-None-Match"] = meta["etag"]
            if meta.get("last_modified"):
                headers["If-Modified-Since"] = meta["last_modified"]
        return headers

    def _wait_turn(self, url: str) -> None:
        """Keep ``min_interval`` seconds between requests to one host."""
        host = urlsplit(url).netloc
        with self._lock:
            now = self._clock()
            due = self._last.get(host, now - self.limits.min_interval)
            due += self.limits.min_interval
            if due > now:
                self._sleep(due - now)
            self._last[host] = max(now, due)


class _RetryableError(Exception):
    def __init__(
        self, reason: str, status: int | None = None, after: float | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.after = after


def _check_scheme(url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError("only http and https URLs are fetched", url)


def _retry_after(headers: Message) -> float | None:
    value = headers.get("Retry-After", "")
    return float(value) if value.strip().isdigit() else None


def _read_limited(handle: IO[bytes], headers: Message, limit: int, url: str) -> bytes:
    """Read at most ``limit`` bytes; a longer body is cut and refused."""
    declared = headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(
            f"refused: the response is {int(declared):,} bytes, "
            f"over the limit of {limit:,}",
            url,
        )
    chunks: list[bytes] = []
    size = 0
    while chunk := handle.read(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise FetchError(
                f"cut off: the response passed the limit of {limit:,} bytes", url
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _replayed(stored: tuple[dict[str, Any], bytes], *, not_modified: bool) -> Response:
    meta, body = stored
    return Response(
        url=meta.get("final_url") or meta["url"],
        status=int(meta.get("status", 200)),
        body=body,
        content_type=meta.get("content_type", ""),
        from_store=True,
        not_modified=not_modified,
    )
