"""Search tests: an index in ``tmp_path``, changes committed as in production.

Test transactions never commit, so ``committed()`` runs the on-commit
callbacks (the queue's drain) when its block ends, as a real commit would.
"""

from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from django.db import connection

from moot.minutes import parse
from moot.records.load import Provenance, store

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT.parent / "shared" / "seed" / "000_4e186e70c30e6533.txt"
BODY = "City of Bradford Metropolitan District Council"
COMMITTEE = "Corporate Overview and Scrutiny Committee"


@pytest.fixture
def index_dir(settings, tmp_path) -> Path:
    settings.MOOT_DATA_DIR = tmp_path
    return tmp_path / "search"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    @contextmanager
    def block():
        start = len(connection.run_on_commit)
        with django_capture_on_commit_callbacks(execute=True):
            yield
        # A real commit forgets its callbacks; the test transaction would not.
        del connection.run_on_commit[start:]

    return block


@pytest.fixture
def seed_item(db, index_dir, committed):
    """The seed page, parsed and stored as ``moot load-minutes`` would."""
    minutes = parse(SEED.read_bytes(), SEED.name, date(2018, 9, 19))
    with committed():
        stored = store(
            minutes,
            Provenance(str(SEED), "test"),
            body=BODY,
            committee=COMMITTEE,
            meeting_date=date(2018, 9, 19),
        )
    return stored.items[0]


def found(client, query: str, **params) -> dict:
    """``/search.json`` for ``query``: the answer as a dict."""
    response = client.get("/search.json", {"q": query, **params})
    assert response.status_code == 200
    return response.json()


def item_ids(answer: dict) -> list[int]:
    return [r["item"]["id"] for r in answer["results"]]
