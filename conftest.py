"""Test set-up shared by every app.

The suite runs on SQLite unless ``DATABASE_URL`` names PostgreSQL; ``make
test`` runs it a second time on PostgreSQL when one answers on 127.0.0.1:5432
(pytest-django creates and drops a throwaway ``test_…`` database).
Tests marked ``postgres`` run only in that second pass; with ``CI=true`` a
missing PostgreSQL is an error, not a skip.
"""

import os

import pytest


def on_postgres() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres:", "postgresql:"))


def pytest_collection_modifyitems(config: pytest.Config, items: list) -> None:
    if on_postgres():
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


def pytest_sessionstart(session: pytest.Session) -> None:
    if os.environ.get("CI") == "true" and on_postgres():
        import socket
        from urllib.parse import urlsplit

        url = urlsplit(os.environ["DATABASE_URL"])
        try:
            socket.create_connection((url.hostname, url.port or 5432), 3).close()
        except OSError as error:
            raise pytest.UsageError(
                f"CI=true but PostgreSQL at {url.hostname}:{url.port} does not "
                f"answer ({error}). Start it or unset DATABASE_URL."
            ) from error


@pytest.fixture(autouse=True)
def _plain_http(settings) -> None:
    """The test client speaks plain HTTP; production settings would redirect."""
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture(autouse=True)
def _english_first():
    """Each test starts in English: a request under /cy/ leaves Welsh active in
    the test's thread, and addresses reversed after it would start /cy/."""
    from django.utils import translation

    translation.activate("en-gb")
    yield
    translation.activate("en-gb")


BRADFORD = "City of Bradford Metropolitan District Council"
SCRUTINY = "Corporate Overview and Scrutiny Committee"


@pytest.fixture
def stored_seed(db):
    """The seed item stored as ``load-minutes`` would, date assumed."""
    from datetime import date

    from moot.records.load import Provenance, store
    from moot.records.tests.seed_minutes import seed_minutes

    return store(
        seed_minutes(),
        Provenance("seed.txt", "test"),
        body=BRADFORD,
        committee=SCRUTINY,
        meeting_date=date(2018, 9, 19),
    )


@pytest.fixture(scope="session", autouse=True)
def _media_outside_the_checkout(tmp_path_factory):
    """Files the tests store (sample PDFs, downloaded documents) go to a
    temporary folder, never into the checkout's data directory."""
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield
