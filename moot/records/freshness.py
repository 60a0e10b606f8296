"""Conditional GET and the shared page cache, from the records' own clocks.

Every write reaches the ``modified`` of a record (the change point,
``moot/records/changes.py``, bumps an item's whenever anything on its page
changes), so the newest ``modified`` of any record says when anything the
public sees last changed. Asking for it is one statement of index look-ups,
far cheaper than building a page: a client that already holds the page gets
``304 Not Modified`` without the view running, and a page that has not
changed is built once and then served from the cache (``CACHES``; shared
between processes when ``CACHE_URL`` names Redis).

One gap: a row removed outright (records are soft-deleted; the loader
replaces attendance and an item's content by deleting rows) moves no
``modified`` of its own. Item content reaches its item's through the change
point; a meeting's attendance counts only when its meeting is saved with it.

What a page shows may also depend on the day ("upcoming", "overdue") and the
interface language, so both are in the ``ETag``, and ``Last-Modified`` is
never earlier than today's midnight.

The cached copy is the anonymous public's page. A visitor with a login
session is given a fresh page, marked private, and every answer says
``Vary: Cookie``: were a page ever to show staff something more, no cache
(ours, a browser's or a proxy's) could hand it to the public.
"""

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime, time
from functools import cache, cached_property, wraps
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.cache import cache as page_cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.template.response import SimpleTemplateResponse
from django.utils import timezone, translation
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date
from django.views.decorators.gzip import gzip_page

Stamp = Callable[..., datetime | None]
View = Callable[..., Any]
PAGE_SECONDS = 24 * 3600  # a cached page outlives no day: the date is in its key


@cache
def _newest_sql() -> str:
    """One statement: the newest ``modified`` of every record table (each an
    index look-up on ``modified``)."""
    from .models.base import Record

    quote = connection.ops.quote_name
    parts = [
        f"SELECT MAX({quote('modified')}) AS m FROM {quote(model._meta.db_table)}"
        for model in apps.get_models()
        if issubclass(model, Record)
    ]
    return f"SELECT MAX(m) FROM ({' UNION ALL '.join(parts)}) AS newest"


def records_stamp(*args: Any, **kwargs: Any) -> datetime | None:
    """When anything any record holds last changed (None: no records)."""
    with connection.cursor() as cursor:
        cursor.execute(_newest_sql())
        value = cursor.fetchone()[0]
    return as_datetime(value)


def as_datetime(value: Any) -> datetime | None:
    """A ``modified`` read with raw SQL: SQLite gives text, PostgreSQL a datetime."""
    if value is None:
        return None
    when = parse_datetime(value) if isinstance(value, str) else value
    if when is None:
        return None
    if timezone.is_naive(when):
        when = timezone.make_aware(when, UTC)
    return when


class Prepared:
    """A queryset's SQL built once, then run with another value for its one
    integer parameter.

    Django builds a query's SQL anew on every evaluation: for the item page's
    stamp (the exempt rule's joins) that took ten times as long as running it,
    and it is asked on every request, cached or not. ``build(value)`` must
    return the queryset, its result rows being plain values.
    """

    SENTINEL = -7_340_981

    def __init__(self, build: Callable[[int], Any]) -> None:
        self.build = build

    @cached_property
    def _compiled(self) -> tuple[str, list[Any], int]:
        sql, params = self.build(self.SENTINEL).query.sql_with_params()
        places = [
            n for n, p in enumerate(params) if type(p) is int and p == self.SENTINEL
        ]
        if len(places) != 1:
            raise ValueError(f"Prepared needs one integer parameter, not {params!r}.")
        return sql, list(params), places[0]

    def first(self, value: int) -> tuple[Any, ...] | None:
        sql, params, place = self._compiled
        params = [*params[:place], value, *params[place + 1 :]]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            row = cursor.fetchone()
        return tuple(row) if row is not None else None


def validators(stamp: datetime) -> tuple[str, datetime]:
    """The ``ETag`` and ``Last-Modified`` of a public page whose records last
    changed at ``stamp``."""
    today = timezone.localdate()
    seed = f"{stamp.isoformat()}|{today}|{translation.get_language()}"
    etag = f'"{hashlib.sha256(seed.encode()).hexdigest()[:24]}"'
    midnight = timezone.make_aware(datetime.combine(today, time()))
    return etag, max(stamp, midnight)


def has_login(request: HttpRequest) -> bool:
    """A signed-in visitor (only a request with a session cookie is asked)."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


def conditional(
    stamp: Stamp = records_stamp, keep: bool = False
) -> Callable[[Callable[..., HttpResponseBase]], Callable[..., HttpResponseBase]]:
    """Answer GET with ``ETag``/``Last-Modified`` from ``stamp`` (called with
    the view's arguments; None lets the view answer, e.g. a 404) and 304 when
    the client's copy is current. ``keep``: cache the built page under its
    ``ETag``, so it is built once per change (not for streamed answers)."""

    def decorator(view: Callable[..., HttpResponseBase]) -> Callable[..., Any]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            if request.method not in ("GET", "HEAD") or has_login(request):
                return _private(view(request, *args, **kwargs))
            when = stamp(request, *args, **kwargs)
            if when is None:
                return _public(view(request, *args, **kwargs), None)
            etag, last_modified = validators(when)
            unchanged = get_conditional_response(
                request, etag=etag, last_modified=int(last_modified.timestamp())
            )
            if unchanged is not None:
                return _public(unchanged, (etag, last_modified))
            if not keep:
                return _public(view(request, *args, **kwargs), (etag, last_modified))
            return _public(
                _kept(view, etag, request, *args, **kwargs), (etag, last_modified)
            )

        return wrapped

    return decorator


def export(view: View) -> View:
    """A feed, calendar or download: ``conditional(keep=True)`` and gzipped.

    Gzip only what carries no secret: a compressed page holding a CSRF token
    beside text an attacker chose leaks the token through its length (BREACH).
    """
    return gzip_page(conditional(keep=True)(view))


def _kept(
    view: Callable[..., HttpResponseBase],
    etag: str,
    request: HttpRequest,
    *args: Any,
    **kwargs: Any,
) -> HttpResponseBase:
    """The page from the cache, or built and kept there if it is a plain 200."""
    key = (
        "page:"
        + hashlib.sha256(
            f"{etag}|{request.get_host()}|{request.get_full_path()}".encode()
        ).hexdigest()
    )
    kept = page_cache.get(key)
    if kept is not None:
        content, headers = kept
        return HttpResponse(content, headers=headers)
    response = view(request, *args, **kwargs)
    if isinstance(response, SimpleTemplateResponse):
        response.render()
    # Only a plain page that sets no cookie: a cookie is one visitor's.
    if (
        response.status_code == 200
        and isinstance(response, HttpResponse)
        and not response.cookies
    ):
        page_cache.set(key, (response.content, dict(response.items())), PAGE_SECONDS)
    return response


def _public(
    response: HttpResponseBase, validated: tuple[str, datetime] | None
) -> HttpResponseBase:
    if response.status_code in (200, 304) and validated is not None:
        # Ours, even where the view set its own (a feed's newest entry, a JSON
        # body's hash): they are what If-None-Match and If-Modified-Since are
        # checked against before the view runs.
        etag, last_modified = validated
        response["ETag"] = etag
        response["Last-Modified"] = http_date(int(last_modified.timestamp()))
    if response.status_code in (200, 304):
        # Stored, but asked about again each time: a change shows at once.
        patch_cache_control(response, public=True, no_cache=True)
    patch_vary_headers(response, ("Cookie",))
    return response


def _private(response: HttpResponseBase) -> HttpResponseBase:
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ("Cookie",))
    return response
