"""A folder of real minutes files: text, PDF, a scan, an undated file."""

import datetime as dt
import shutil

import pytest
from django.core.management import call_command

from moot.importers.conftest import FIXTURES
from moot.importers.folder.convert import date_from_name
from moot.importers.folder.source import run
from moot.importers.tests.snapshot import snapshot
from moot.records.models import AgendaItem, Meeting

pytestmark = pytest.mark.django_db
MINUTES = FIXTURES / "minutes"


@pytest.fixture
def folder(tmp_path):
    directory = tmp_path / "minutes"
    directory.mkdir()
    for path in [
        MINUTES / "txt" / "portland-council-minutes-2011-01-12-pdf-extracted.txt",
        MINUTES / "pdf" / "des-moines-council-meeting-report-2022-01-14.pdf",
        MINUTES / "pdf" / "lametro-board-minutes-2024-09-26-p1-scanned-no-text.pdf",
    ]:
        shutil.copy(path, directory / path.name)
    (directory / "notes.txt").write_text("1. Apologies\nThere were none.\n")
    (directory / "picture.png").write_bytes(b"\x89PNG")
    return directory


def test_each_file_is_one_meeting_and_bad_files_are_failures(folder):
    summary = run(folder, body="Testville", committee="Council")

    reasons = {f.what: f.reason for f in summary.failures}
    assert set(reasons) == {
        "lametro-board-minutes-2024-09-26-p1-scanned-no-text.pdf",
        "notes.txt",
    }
    assert (
        "no text layer"
        in reasons["lametro-board-minutes-2024-09-26-p1-scanned-no-text.pdf"]
    )
    assert "no meeting date" in reasons["notes.txt"]
    assert Meeting.objects.count() == 2
    assert AgendaItem.objects.exists()


def test_a_second_run_changes_nothing(folder):
    run(folder, body="Testville", committee="Council")
    first = snapshot()

    summary = run(folder, body="Testville", committee="Council")

    assert snapshot() == first
    assert summary.count("meetings", "unchanged") == 2


def test_the_command_prints_the_summary_and_exits_1_on_failures(folder, capsys):
    with pytest.raises(SystemExit) as exit:
        call_command("import", "files", str(folder), "--body", "T", "--committee", "C")

    assert exit.value.code == 1
    out, err = capsys.readouterr()
    assert "meetings: 2 created" in out and "failed: 2" in out
    assert err == "moot import: 2 of 12 records failed\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("minutes-2011-01-12.txt", dt.date(2011, 1, 12)),
        ("Council 12.01.2011.pdf", dt.date(2011, 1, 12)),
        ("20220114_report.pdf", dt.date(2022, 1, 14)),
        ("2011-13-45 then 2012-02-03.txt", dt.date(2012, 2, 3)),
        ("notes.txt", None),
    ],
)
def test_dates_from_file_names(name, expected):
    assert date_from_name(name) == expected
