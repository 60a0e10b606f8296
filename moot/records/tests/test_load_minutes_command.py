"""``moot load-minutes`` on bad input: one line naming the file, exit code 2.

Nothing is stored then. Over-long texts from the minutes are cut to fit their
columns with a warning, alike on SQLite and PostgreSQL.
"""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from moot.records.models import Action, Body, Committee

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.django_db


def load_minutes(path: Path, *args: str) -> tuple[int, str, str]:
    """Run the command; its exit code, standard output and standard error."""
    out, err = StringIO(), StringIO()
    try:
        call_command(
            "load-minutes",
            str(path),
            "--body",
            "Anytown Council",
            "--meeting-date",
            "2024-01-01",
            *(args or ("--committee", "Cabinet")),
            stdout=out,
            stderr=err,
        )
        code = 0
    except SystemExit as exit:
        code = exit.code
    return code, out.getvalue(), err.getvalue()


def one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b" \n\t\xef\xbb\xbf", "the file is empty"),
        ("\u200b\n\u00ad".encode(), "the file has no text"),
        (bytes(range(256)) * 8, "binary"),
    ],
    ids=["empty", "white space and a byte-order mark", "invisible", "binary"],
)
def test_a_file_without_minutes_is_refused_and_nothing_stored(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)

    code, out, err = load_minutes(path)

    assert code == 2
    assert one_line(err).startswith(f"moot load-minutes: {path}: ")
    assert reason in err
    assert out == ""
    assert not Body.objects.exists()


def test_a_missing_file_is_named(tmp_path):
    code, _, err = load_minutes(tmp_path / "nope.txt")

    assert code == 2
    assert one_line(err) == (
        f"moot load-minutes: {tmp_path / 'nope.txt'}: No such file or directory"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("--committee", "C" * 300),
        ("--committee", "Cabinet", "--body", "B" * 300),
    ],
    ids=["committee", "body"],
)
def test_a_name_too_long_to_store_is_refused(tmp_path, args):
    path = tmp_path / "minutes.txt"
    path.write_text("1. Budget\n\nThe budget was noted.\n")

    code, _, err = load_minutes(path, *args)

    assert code == 2
    what = "committee" if len(args) == 2 else "body"
    assert one_line(err) == (
        f"moot load-minutes: {path}: "
        f"The {what} name is 300 characters; at most 200 fit."
    )
    assert not Committee.objects.exists() and not Body.objects.exists()


def test_minutes_without_a_date_are_refused_in_one_line(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("1. Budget\n\nThe budget was noted.\n")
    err = StringIO()

    with pytest.raises(SystemExit) as exit:
        call_command(
            "load-minutes", str(path), "--body", "B", "--committee", "C", stderr=err
        )

    assert exit.value.code == 2
    assert one_line(err.getvalue()).endswith("give no meeting date; pass one.")


def test_an_owner_too_long_for_its_column_is_cut_with_a_warning(tmp_path):
    path = tmp_path / "minutes.txt"
    owner = " ".join(["Head of Finance"] * 40)  # 639 characters
    path.write_text(f"1. Budget\n\nThe budget was noted.\n\nAction: {owner}\n")

    code, out, err = load_minutes(path)

    assert code == 0
    stored = Action.objects.get().owner
    assert len(stored) == 300 and stored.endswith("…")
    assert owner.startswith(stored[:-1])
    assert "warning: action owner was 639 characters, cut to the 300 that fit" in err
    assert "1 items created" in out


def test_loading_minutes_with_cut_texts_again_changes_nothing(tmp_path):
    path = tmp_path / "minutes.txt"
    title = " ".join(["Supercalifragilisticexpialidocious"] * 15)  # over 500
    path.write_text(f"1. Budget\n\nAction: {'Head ' * 100}\n\n2. {title}\n\nNoted.\n")

    load_minutes(path)
    code, out, _ = load_minutes(path)

    assert code == 0
    assert "0 items created, 0 updated, 2 unchanged" in out


def test_endless_input_is_refused_in_one_line(tmp_path):
    env = {**os.environ, "MOOT_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)

    done = subprocess.run(
        [sys.executable, "-m", "moot", "load-minutes", "/dev/zero"]
        + ["--body", "B", "--committee", "C"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )

    assert done.returncode == 2
    assert one_line(done.stderr) == (
        "moot load-minutes: /dev/zero: the file is over the limit of 20 MB"
    )
