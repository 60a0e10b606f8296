"""How often one address, or one client, may ask for alerts (the cache).

A request over either limit in the hour is refused with 429 before anything
is looked up, so the answer says nothing about any subscription.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

HOUR = 3600


def allowed(email: str, client: str | None) -> bool:
    """Count this request; False if the address or the client is over its limit."""
    checks = [(f"address:{email}", settings.MOOT_ALERTS_PER_ADDRESS)]
    if client:
        checks.append((f"client:{client}", settings.MOOT_ALERTS_PER_CLIENT))
    ok = True
    for name, limit in checks:
        key = "alerts-throttle:" + hashlib.sha256(name.encode()).hexdigest()
        cache.add(key, 0, HOUR)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, HOUR)
            count = 1
        ok = ok and count <= limit
    return ok
