"""A real ``moot worker`` killed in the middle of a job, and a second one
started after it: the job must still be done, on any queue (the file queue,
Redis, RabbitMQ)."""

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from moot.alerts.tests.mail import inbox

WAIT = 60.0  # seconds a job may take to arrive before the test gives up
VISIBILITY = 3  # Redis: seconds before an unacknowledged job goes to another


def wait_for(found: Callable[[], object], what: str) -> object:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        value = found()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"no {what} within {WAIT:.0f} seconds")


def moot(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "moot", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def start(env: dict[str, str], log: Path) -> subprocess.Popen:
    """``moot worker``, its output in ``log`` (shown if the test fails)."""
    return subprocess.Popen(
        [sys.executable, "-m", "moot", "worker", "--loglevel=info"],
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own group: killed with its pool
    )


def kill(worker: subprocess.Popen) -> None:
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait(30)


def a_killed_workers_job_is_done_by_the_next(broker: str, tmp_path: Path) -> None:
    """Kill a worker stuck in a job; a worker started after it sends the email."""
    env = {
        **os.environ,
        "MOOT_DATA_DIR": str(tmp_path),
        "CELERY_BROKER_URL": broker,
        "CELERY_TASK_ALWAYS_EAGER": "False",
        "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY),
        "MOOT_QUEUE": f"moot-test-{uuid.uuid4().hex[:8]}",
    }
    env.pop("DATABASE_URL", None)
    moot(env, "migrate", "--noinput", "-v0")
    pk = moot(
        env,
        "shell",
        "--no-imports",
        "-c",
        "from moot.alerts.models import Subscription as S; "
        "print(S.objects.create(email='r@example.org', kind='search').pk)",
    ).strip()
    # A mail server that takes the connection and never answers: the first
    # worker is stuck in the job when it is killed.
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(WAIT)
    stuck = {
        **env,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(server.getsockname()[1]),
        "EMAIL_TIMEOUT": "600",
    }
    first = start(stuck, tmp_path / "first.log")
    try:
        moot(
            env,
            "shell",
            "-c",
            f"from moot.alerts.tasks import confirmation_email as c; c.delay({pk})",
        )
        connection, _ = server.accept()  # the job is running
    finally:
        kill(first)
    connection.close()
    server.close()
    if broker.startswith("redis:"):
        # A worker killed while it swept for dead workers' jobs leaves Redis's
        # sweep lock behind, which expires in five minutes (Kombu's
        # unacked_mutex_expire); free it now rather than wait.
        import redis

        redis.Redis.from_url(broker).delete("unacked_mutex")
        # The job is handed on once it has gone unacknowledged this long, by
        # the next worker to start (a supervisor's restart) or to sweep.
        time.sleep(VISIBILITY + 1)

    mail = tmp_path / "mail"
    second = start(
        {
            **env,
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(mail),
        },
        tmp_path / "second.log",
    )
    try:
        sent = wait_for(lambda: inbox(mail), "email from the second worker")
    except AssertionError:
        for name in ("first.log", "second.log"):
            print(name, (tmp_path / name).read_text(), sep="\n")
        raise
    finally:
        kill(second)
    assert [m["Subject"] for m in sent] == ["Confirm your email alerts"]
    assert Path(mail).exists()
