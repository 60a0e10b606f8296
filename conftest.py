"""Test set-up shared by every app.

The suite runs on SQLite unless ``DATABASE_URL`` names PostgreSQL; ``make
test`` runs it a second time on PostgreSQL when one answers on 127.0.0.1:5432
(pytest-django creates and drops a throwaway ``test_…`` database).
Tests marked ``postgres`` run only in that second pass; with ``CI=true`` a
missing PostgreSQL is an error, not a skip. The second pass is given
``--db-only``: a test that uses no database (the parser, ``moot parse``, a
subprocess with its own ``DATABASE_URL``) gives the same answer on both, so it
runs once, on SQLite.
"""

import os

import pytest


def on_postgres() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith(("postgres:", "postgresql:"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db-only",
        action="store_true",
        help="run only the tests that use a database (make test's second pass)",
    )


def uses_database(item: pytest.Item) -> bool:
    """Marked ``django_db`` or asking, directly or through a fixture, for
    pytest-django's database (``db``, ``client`` with a user, a module's
    shared import through ``django_db_setup``)."""
    names = set(getattr(item, "fixturenames", ()))
    return item.get_closest_marker("django_db") is not None or bool(
        names & {"_django_db_helper", "django_db_setup"}
    )


BROKERS = {"Redis": 6379, "RabbitMQ": 5672}
# Which services each marker's tests need.
NEEDS = {"broker": ("Redis", "RabbitMQ"), "redis": ("Redis",)}


def brokers_missing(names: tuple[str, ...] = tuple(BROKERS)) -> list[str]:
    """Which of the named services (Redis, RabbitMQ) do not answer on 127.0.0.1."""
    import socket

    missing = []
    for name in names:
        try:
            socket.create_connection(("127.0.0.1", BROKERS[name]), 2).close()
        except OSError:
            missing.append(name)
    return missing


def pytest_collection_modifyitems(config: pytest.Config, items: list) -> None:
    if config.getoption("db_only"):
        kept = [item for item in items if uses_database(item)]
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept
    for marker, names in NEEDS.items():
        marked = [item for item in items if marker in item.keywords]
        missing = brokers_missing(names) if marked else []
        if missing and os.environ.get("CI") == "true":
            raise pytest.UsageError(
                f"CI=true but {' and '.join(missing)} do not answer on 127.0.0.1 "
                f"(the {marker} tests need them; `make brokers` starts them)."
            )
        if missing:
            skip = pytest.mark.skip(reason=f"needs {' and '.join(missing)}")
            for item in marked:
                item.add_marker(skip)
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


@pytest.fixture
def mailbox(settings, tmp_path):
    """Mail goes to files in a folder, as with EMAIL_BACKEND=...filebased."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path / "mail")
    settings.MOOT_SITE_URL = "http://testserver"
    return tmp_path / "mail"


@pytest.fixture(scope="session", autouse=True)
def _media_outside_the_checkout(tmp_path_factory):
    """Files the tests store (sample PDFs, downloaded documents) go to a
    temporary folder, never into the checkout's data directory."""
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@pytest.fixture(scope="session", autouse=True)
def _quick_password_hashing():
    """Passwords hashed in a millisecond, not PBKDF2's deliberate half second:
    every clerk and login in the suite would otherwise pay it (Django's
    "speeding up the tests" advice). What a login checks stays the same."""
    from django.test import override_settings

    with override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]
    ):
        yield


@pytest.fixture(autouse=True)
def _empty_page_cache() -> None:
    """Each test starts with no cached pages: a page is kept under the newest
    ``modified`` of the records (moot/records/freshness.py), and two tests'
    databases may share that moment when they set it by hand."""
    from django.core.cache import cache

    cache.clear()
