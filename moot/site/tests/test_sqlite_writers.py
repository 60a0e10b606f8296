"""On SQLite, two processes writing at once both succeed: a clerk's save
during an import waits its turn instead of failing with "database is locked".

Real processes on a database file in ``tmp_path``, as gunicorn workers and
``moot import`` are; the test database (in memory, one process) could not show
it.
"""

import os
import subprocess
import sys
import textwrap

WRITER = textwrap.dedent(
    """
    import sys, time
    import django
    django.setup()
    from django.db import connection, transaction

    role = sys.argv[1]
    if role == "setup":
        with connection.cursor() as cursor:
            cursor.execute("CREATE TABLE saved (who TEXT)")
        sys.exit()
    with transaction.atomic(), connection.cursor() as cursor:
        if role == "import":
            # An import reads what it has, then writes: the clerk saves meanwhile.
            cursor.execute("SELECT count(*) FROM saved")
            print("reading", flush=True)
            time.sleep(1.5)
        cursor.execute("INSERT INTO saved VALUES (%s)", [role])
    print("saved", flush=True)
    """
)


def writer(env: dict, role: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, role],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_clerks_save_during_an_import_both_succeed(tmp_path):
    env = {**os.environ, "MOOT_DATA_DIR": str(tmp_path)}
    env["DJANGO_SETTINGS_MODULE"] = "moot.settings"
    env.pop("DATABASE_URL", None)
    setup = writer(env, "setup")
    assert setup.wait(60) == 0, setup.stderr.read()

    importer = writer(env, "import")
    assert importer.stdout.readline() == "reading\n", importer.stderr.read()
    clerk = writer(env, "clerk")
    for process in (importer, clerk):
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert "database is locked" not in err
        assert out.endswith("saved\n")

    import sqlite3

    with sqlite3.connect(tmp_path / "moot.sqlite3") as db:
        saved = sorted(who for (who,) in db.execute("SELECT who FROM saved"))
    assert saved == ["clerk", "import"]
