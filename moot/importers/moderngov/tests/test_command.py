"""``moot import moderngov`` from the command line, then again offline."""

import re

import pytest
from django.core.management import call_command

from moot.importers.tests.snapshot import snapshot
from moot.records.models import Body, Meeting

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


def test_a_run_where_every_request_fails_exits_1_and_keeps_no_body(
    site, settings, tmp_path, capsys
):
    settings.MOOT_DATA_DIR = tmp_path  # the site answers nothing but 404
    args = ["import", "moderngov", site.url, "--body", "Anytown Council"]

    with pytest.raises(SystemExit) as exit:
        call_command(*args, "--min-interval", "0", "--from", "2024-01-01")

    assert exit.value.code == 1
    out, err = capsys.readouterr()
    assert re.fullmatch(r"moot import: (\d+) of \1 records failed\n", err), err
    assert "Anytown Council: nothing could be read; not kept" in out
    assert not Body.objects.exists()


def test_a_body_that_held_records_before_is_kept_when_a_run_fails(
    site, settings, tmp_path
):
    settings.MOOT_DATA_DIR = tmp_path
    moderngov.serve(site, moderngov.generate(meetings=1, items=1))
    args = ["import", "moderngov", site.url, "--body", "Anytown Council"]
    call_command(*args, "--min-interval", "0", "--from", "2024-01-01")
    site.routes.clear()

    with pytest.raises(SystemExit):
        call_command(*args, "--min-interval", "0", "--from", "2024-01-01")

    assert Body.objects.get().name == "Anytown Council"
    assert Meeting.objects.count() == 1
