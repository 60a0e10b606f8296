import pytest


@pytest.fixture(autouse=True)
def _fresh_limits():
    """Each test starts with no asks counted against any address or client."""
    from django.core.cache import cache

    cache.clear()
