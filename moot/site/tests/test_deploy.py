"""``moot check --deploy`` is clean with the settings docs/deploy.md gives."""

import os
import subprocess
import sys

DOCUMENTED = {
    "DEBUG": "False",
    "SECRET_KEY": "k3J9-a-long-random-production-secret-with-50-plus-chars-xyzq!",
    "ALLOWED_HOSTS": "democracy.example.org",
    "DATABASE_URL": "postgres://moot:secret@127.0.0.1:5432/moot",
    "SECURE_HSTS_PRELOAD": "True",
}


def test_check_deploy_has_no_warnings(tmp_path):
    env = {**os.environ, **DOCUMENTED, "MOOT_DATA_DIR": str(tmp_path)}
    env.pop("MOOT_HTTPS", None)
    result = subprocess.run(
        [sys.executable, "-m", "moot", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout
