"""Fixtures for importer tests: a local web server and a polite client for it."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from moot.importers.http import Client, Limits
from moot.importers.tests.server import Server, Site

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures"


@pytest.fixture
def site() -> Iterator[Site]:
    """A site served on 127.0.0.1 (a free port); add routes before fetching."""
    served = Site()
    with Server(served):
        yield served


@pytest.fixture
def make_client(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Clients sharing one response store under ``tmp_path``, with no waiting."""

    def make(**kwargs: object) -> Client:
        limits = kwargs.pop("limits", Limits(min_interval=0, backoff=0, timeout=5))
        return Client(tmp_path / "fetched", limits=limits, **kwargs)  # type: ignore[arg-type]

    return make


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Kept document files go under ``tmp_path``, never the working tree."""
    settings.MEDIA_ROOT = tmp_path / "media"
