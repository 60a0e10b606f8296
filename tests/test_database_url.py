"""``DATABASE_URL`` as the deploy guide writes it reaches the connection whole:
its query string too (``?sslmode=require``), which was once dropped."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db.utils import ConnectionHandler

from moot import settings

URL = "postgres://moot:p%40ss@db.example.org:6432/moot?sslmode=require"


def connection_params(monkeypatch, url: str) -> dict:
    """What the PostgreSQL backend would hand psycopg for ``url``."""
    monkeypatch.setenv("DATABASE_URL", url)
    handler = ConnectionHandler({"default": settings.database()})
    return handler["default"].get_connection_params()


def test_the_query_string_reaches_psycopg(monkeypatch):
    params = connection_params(monkeypatch, URL)

    assert params["sslmode"] == "require"
    assert (params["host"], params["port"], params["dbname"]) == (
        "db.example.org",
        6432,
        "moot",
    )
    assert (params["user"], params["password"]) == ("moot", "p@ss")


def test_a_url_without_options_connects_plainly(monkeypatch):
    params = connection_params(monkeypatch, "postgresql://postgres@127.0.0.1/moot")

    assert "sslmode" not in params
    assert (params["host"], params["dbname"], params["user"]) == (
        "127.0.0.1",
        "moot",
        "postgres",
    )


def test_another_database_is_refused_with_what_to_write(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "mysql://moot@127.0.0.1/moot")

    with pytest.raises(ImproperlyConfigured, match="must start with postgres://"):
        settings.database()


def test_no_url_is_the_sqlite_file_in_the_data_directory(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)

    database = settings.database()

    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == settings.MOOT_DATA_DIR / "moot.sqlite3"
