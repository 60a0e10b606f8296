"""Jobs as staff see them: a scheduled import's summary kept and shown, each
council's import run once a night, a failing job retried and then kept."""

import shutil
import socket
import threading

import pytest

from moot.alerts.models import Delivery, Subscription
from moot.alerts.tasks import deliver
from moot.importers.conftest import FIXTURES
from moot.jobs.models import JobFailure, ScheduledImport
from moot.jobs.tasks import imports_due, run_import
from moot.records.models import Meeting

MINUTES = FIXTURES / "minutes" / "txt"


@pytest.fixture
def folder(tmp_path):
    directory = tmp_path / "minutes"
    directory.mkdir()
    name = "portland-council-minutes-2011-01-12-pdf-extracted.txt"
    shutil.copy(MINUTES / name, directory / name)
    return directory


def schedule(folder, hour: int = 0) -> ScheduledImport:
    return ScheduledImport.objects.create(
        name="Testville",
        arguments=f'files {folder} --body "Testville Council" --committee Council',
        hour=hour,
    )


def test_a_scheduled_import_keeps_its_summary_for_staff(db, folder, admin_client):
    (folder / "notes.txt").write_text("1. Apologies\nThere were none.\n")
    row = schedule(folder)
    assert run_import(row.pk) is False  # one file could not be read
    row.refresh_from_db()
    assert row.last_ok is False
    assert "meetings: 1 created" in row.last_summary
    assert "notes.txt" in row.last_summary
    page = admin_client.get(f"/admin/jobs/scheduledimport/{row.pk}/change/")
    assert "meetings: 1 created" in page.content.decode()
    assert Meeting.objects.filter(committee__body__name="Testville Council").exists()


def test_each_import_runs_once_a_night_from_its_hour(db, folder):
    due, later = schedule(folder, hour=0), schedule(folder, hour=23)
    later.name = "Later"
    later.save()
    from django.utils import timezone

    if timezone.localtime().hour == 23:
        pytest.skip("at 23:00 both are due")
    assert imports_due() == 1
    due.refresh_from_db()
    assert due.last_ok is True and due.last_started is not None
    assert imports_due() == 0  # already run today


def test_a_job_that_keeps_failing_is_retried_then_kept_for_staff(
    db, settings, admin_client
):
    # A mail server that hangs up on every connection, counting them.
    server = socket.create_server(("127.0.0.1", 0))
    tries = []

    def hang_up() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            tries.append(1)
            connection.close()

    threading.Thread(target=hang_up, daemon=True).start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.getsockname()[1]
    sub = Subscription.objects.create(
        email="r@example.org", kind="search", confirmed=True
    )
    Delivery.objects.create(subscription=sub, fact="f", subject="S", text="T", url="/")
    try:
        deliver.delay()
    finally:
        server.close()
    assert len(tries) == 6  # the first try and five retries
    [failure] = JobFailure.objects.all()
    assert failure.task == "alerts.deliver"
    assert "SMTPServerDisconnected" in failure.error
    assert Delivery.objects.get().sent is None  # to be sent when mail works
    page = admin_client.get("/admin/jobs/jobfailure/")
    assert "alerts.deliver" in page.content.decode()


def test_every_job_is_scheduled_rightly_and_documented():
    from pathlib import Path

    import moot.alerts.tasks  # noqa: F401 (the worker finds them the same way)
    import moot.jobs.tasks  # noqa: F401
    from moot.jobs.queue import app, schedule

    ours = {name for name in app.tasks if name.startswith(("moot.", "alerts."))}
    assert {entry["task"] for entry in schedule().values()} <= ours
    docs = (Path(__file__).resolve().parents[3] / "docs" / "alerts.md").read_text()
    assert [name for name in sorted(ours) if f"`{name}`" not in docs] == []


def test_a_write_is_saved_when_the_broker_cannot_be_reached(
    transactional_db, stored_seed, caplog
):
    from moot.records.models import AgendaItem

    from .brokers import on_broker

    item = AgendaItem.objects.get(pk=stored_seed.items[0].pk)
    with on_broker("redis://127.0.0.1:9/0"):  # nothing listens on port 9
        item.title = "Renamed while the queue is down"
        item.save()
    assert AgendaItem.objects.get(pk=item.pk).title == item.title
    assert "Could not queue alerts for 1 items." in caplog.text
