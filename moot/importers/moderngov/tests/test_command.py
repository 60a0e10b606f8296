"""``moot import moderngov`` from the command line, then again offline."""

import pytest
from django.core.management import call_command

from moot.importers.tests.snapshot import snapshot
from moot.records.models import Meeting

from . import site as moderngov

pytestmark = pytest.mark.django_db


def test_the_command_imports_and_replays_offline(site, settings, tmp_path, capsys):
    settings.MOOT_DATA_DIR = tmp_path
    moderngov.serve(site, moderngov.generate(meetings=3, items=2))
    args = [
        "import", "moderngov", site.url, "--from", "2024-01-01", "--to",
        "2024-03-31", "--body", "Anytown Council", "--min-interval", "0",
    ]  # fmt: skip

    call_command(*args)
    first, asked = snapshot(), len(site.requests)
    call_command(*args, "--offline")

    out = capsys.readouterr().out
    assert "meetings: 3 created" in out and "meetings: 0 created" in out
    assert "failed: 0" in out
    assert len(site.requests) == asked and snapshot() == first
    assert Meeting.objects.get(pk=Meeting.objects.first().pk).committee.body.name == (
        "Anytown Council"
    )
    assert list((tmp_path / "fetched").iterdir())
