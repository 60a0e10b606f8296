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
    env.pop("SECURE_SSL_REDIRECT", None)
    result = subprocess.run(
        [sys.executable, "-m", "moot", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def moot_check(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "moot", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def without_key(tmp_path, **extra) -> dict:
    env = {**os.environ, "MOOT_DATA_DIR": str(tmp_path)}
    for name in ("SECRET_KEY", "SECRET_KEY_FILE", "DEBUG", "DATABASE_URL"):
        env.pop(name, None)
    env.update(extra)
    return env


def start_site(env: dict) -> subprocess.CompletedProcess:
    """Load the WSGI application, as gunicorn does when it starts."""
    return subprocess.run(
        [sys.executable, "-c", "import moot.wsgi"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = start_site(without_key(tmp_path))
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr
    assert "SECRET_KEY_FILE" in result.stderr and "DEBUG=True" in result.stderr


def test_commands_other_than_serving_need_no_key(tmp_path):
    """``moot check`` (like ``moot parse``) signs nothing that outlives it."""
    assert moot_check(without_key(tmp_path)).returncode == 0


def test_a_key_from_a_file_or_debug_lets_it_start(tmp_path):
    key = tmp_path / "key"
    key.write_text(DOCUMENTED["SECRET_KEY"] + "\n")
    assert moot_check(without_key(tmp_path, SECRET_KEY_FILE=str(key))).returncode == 0
    assert moot_check(without_key(tmp_path, DEBUG="True")).returncode == 0
