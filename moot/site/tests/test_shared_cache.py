"""With ``CACHE_URL`` naming Redis, a page built by one process is served by another."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from moot.settings import caches

MOOT = str(Path(sys.executable).parent / "moot")
REDIS = "redis://127.0.0.1:6379/15"
# One request for the committees page; prints its status and the queries it made.
REQUEST = """
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
with CaptureQueriesContext(connection) as queries:
    answer = Client().get("/committees/")
print(answer.status_code, len(queries))
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A small sample council in a database file every process can open."""
    env = {
        **os.environ,
        "MOOT_DATA_DIR": str(tmp_path_factory.mktemp("shared-cache")),
        "MOOT_HTTPS": "False",
        "ALLOWED_HOSTS": "testserver",
    }
    env.pop("DATABASE_URL", None)
    env.pop("CACHE_URL", None)
    subprocess.run([MOOT, "migrate", "-v0"], env=env, check=True)
    subprocess.run(
        [MOOT, "sample", "--items", "40", "--seed", "3"], env=env, check=True
    )
    return env


def serve_once(env: dict) -> tuple[int, int]:
    out = subprocess.run(
        [MOOT, "shell", "-c", REQUEST], env=env, check=True, capture_output=True,
        text=True,
    ).stdout  # fmt: skip
    status, queries = out.split()[-2:]
    return int(status), int(queries)


@pytest.fixture
def shared(site):
    prefix = f"moot-test-{uuid.uuid4().hex}"
    yield {**site, "CACHE_URL": REDIS, "MOOT_CACHE_PREFIX": prefix}
    import redis

    db = redis.Redis.from_url(REDIS)
    for key in db.scan_iter(f"{prefix}:*"):
        db.delete(key)


@pytest.mark.redis
def test_a_page_built_by_one_process_is_served_by_another(shared):
    status, built = serve_once(shared)
    assert status == 200 and built > 1
    status, served = serve_once(shared)
    # Only the question "has anything changed?": the page came from Redis.
    assert (status, served) == (200, 1)


@pytest.mark.redis
def test_without_a_shared_cache_each_process_builds_its_own(site):
    first, second = serve_once(site), serve_once(site)
    assert first == second and first[1] > 1


def test_a_cache_url_moot_cannot_use_is_refused_with_the_remedy(monkeypatch):
    monkeypatch.setenv("CACHE_URL", "memcached://127.0.0.1:11211")
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL must start with redis"):
        caches()
    monkeypatch.setenv("CACHE_URL", REDIS)
    assert caches()["BACKEND"].endswith("RedisCache")
