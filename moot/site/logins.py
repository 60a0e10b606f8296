"""Who is trying to log in, for django-axes' throttling (moot/settings.py)."""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: the proxy's own record of it behind one.

    With ``SECURE_PROXY_SSL_HEADER`` set, Moot runs behind one proxy
    (docs/deploy.md), every request comes from that proxy, and the last
    address in ``X-Forwarded-For`` is the one the proxy saw; earlier ones are
    the client's to write, so they are never trusted.
    """
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    # None when there is no address (``force_login`` in tests), as axes expects.
    return request.META.get("REMOTE_ADDR") or None
