"""``moot parse`` as a person uses it: files in, structure out, clear errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_4e186e70c30e6533.txt"
READERS = ROOT / "moot" / "minutes" / "tests" / "fixtures" / "readers"
CONVENTIONS = ROOT / "moot" / "minutes" / "tests" / "fixtures" / "conventions"


def moot_parse(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "MOOT_DATA_DIR": str(data_dir)}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "moot", "parse", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_the_seed_parses_to_the_documented_json(tmp_path):
    done = moot_parse(str(SEED), "--meeting-date", "2018-09-19", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    (item,) = json.loads(done.stdout)["items"]
    assert item["report"]["document"] == "J"
    assert item["contact"] == {"name": "Mark Griffin", "phone": "01274 434361"}
    assert len(item["recommendations"]) == 3
    assert len(item["resolutions"]) == 2
    dues = {c["due_date"] for c in item["commitments"]}
    assert {"2019-09-19", "2019-04-30", "2019-06-30"} <= dues


def test_text_format_reads_as_sections(tmp_path):
    done = moot_parse(str(SEED), "--format", "text", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Recommendation 1: That it be noted" in done.stdout
    assert "Contact: Mark Griffin, 01274 434361" in done.stdout
    assert "Resolution 2: That tailored reports on CSE" in done.stdout


def test_parsing_touches_no_database(tmp_path):
    moot_parse(str(SEED), data_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty"),
        ("binary.bin", "binary"),
        ("truncated.pdf", "PDF"),
        ("encrypted.pdf", "encrypted"),
        ("only-scripts.html", "no visible text"),
        ("bomb.xml", "entit"),
        ("huge.txt", "MB"),
        ("bom-at-end.txt", "empty"),
    ],
)
def test_bad_input_gets_one_line_naming_the_file(tmp_path, name, reason):
    bad = tmp_path / "in" / name
    bad.parent.mkdir()
    if name == "empty.txt":
        bad.write_bytes(b"")
    elif name == "binary.bin":
        bad.write_bytes(bytes(range(256)) * 64)
    elif name == "bom-at-end.txt":
        bad.write_bytes(b" \n\t\xef\xbb\xbf")
    elif name == "huge.txt":
        with bad.open("wb") as handle:
            handle.truncate(50 * 1024 * 1024)
    else:
        bad.write_bytes((READERS / name).read_bytes())
    done = moot_parse(str(bad), str(SEED), data_dir=tmp_path / "data")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"moot parse: {bad}: ")
    assert reason.casefold() in lines[0].casefold()
    assert "Traceback" not in done.stderr
    # The good file of the same call is still parsed.
    assert json.loads(done.stdout)["items"][0]["report"]["document"] == "J"


def test_endless_input_is_refused_in_one_line(tmp_path):
    done = moot_parse("/dev/zero", data_dir=tmp_path)

    assert done.returncode == 2
    assert done.stderr == "moot parse: /dev/zero: the file is over the limit of 20 MB\n"


def test_several_files_give_one_result_each(tmp_path):
    us = CONVENTIONS / "us-action-minutes.txt"
    done = moot_parse(str(SEED), str(us), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert [r["file"] for r in results] == [str(SEED), str(us)]
    assert results[1]["minutes"]["meeting"]["date"] == "2024-01-09"


def test_a_missing_file_is_named(tmp_path):
    done = moot_parse(str(tmp_path / "nope.txt"), data_dir=tmp_path)
    assert done.returncode == 2
    assert "nope.txt: No such file or directory" in done.stderr


def test_a_bad_meeting_date_is_explained(tmp_path):
    done = moot_parse(str(SEED), "--meeting-date", "19/09/2018", data_dir=tmp_path)
    assert done.returncode != 0
    assert "--meeting-date: must be YYYY-MM-DD, not '19/09/2018'" in done.stderr
    assert "Traceback" not in done.stderr


def test_parse_needs_no_secret_key_or_setup(tmp_path):
    """On a fresh machine, with nothing configured, ``moot parse`` works."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SECRET_KEY", "SECRET_KEY_FILE", "DEBUG", "DATABASE_URL")
    }
    env["MOOT_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "moot",
            "parse",
            str(SEED),
            "--meeting-date",
            "2018-09-19",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert json.loads(done.stdout)["items"][0]["commitments"]
