"""Moot's background jobs. Each is safe to run twice: the commands it wraps
are idempotent (the search queue forgets only what it applied, reminders and
proposals record what they made, imports match what they stored before)."""

import shlex
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from .models import ScheduledImport
from .queue import job


def command_output(name: str, *args: str) -> tuple[str, bool]:
    """Run ``moot NAME ARGS``: what it printed, and whether it exited 0."""
    out = StringIO()
    try:
        call_command(name, *args, stdout=out, stderr=out)
    except SystemExit as exit:  # `moot import` exits 1 when a record failed
        return out.getvalue(), exit.code in (0, None)
    return out.getvalue(), True


@job(name="moot.reindex")
def reindex() -> str:
    """Apply the search index's queued changes (``moot reindex --pending``)."""
    return command_output("reindex", "--pending")[0]


@job(name="moot.propose")
def propose() -> str:
    """Offer stored items as fulfilments of earlier commitments."""
    return command_output("propose")[0]


@job(name="moot.remind")
def remind() -> str:
    """Email owners about commitments falling due or overdue, each state once."""
    return command_output("remind")[0]


@job(name="moot.publish-due")
def publish_due() -> str:
    """Publish draft meetings whose publish time has passed."""
    return command_output("publish-due")[0]


@job(name="moot.imports-due")
def imports_due() -> int:
    """Queue every enabled import whose hour it is and that has not run today."""
    now = timezone.localtime()
    start_of_day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    due = ScheduledImport.objects.filter(enabled=True, hour__lte=now.hour).exclude(
        last_started__gte=start_of_day
    )
    count = 0
    for schedule in due:
        run_import.delay(schedule.pk)
        count += 1
    return count


# An import may take hours: longer than Redis waits before it hands an
# unacknowledged job to another worker (CELERY_VISIBILITY_TIMEOUT), and than
# RabbitMQ lets a delivery go unacknowledged. So it is acknowledged when it
# starts, and never retried at once: if it dies, the next night's run picks up
# where it left off (imports are idempotent); its summary says what failed.
@job(name="moot.import", max_retries=0, acks_late=False, time_limit=6 * 3600)
def run_import(pk: int) -> bool:
    """Run one scheduled import and keep its summary for staff."""
    schedule = ScheduledImport.objects.get(pk=pk)
    ScheduledImport.objects.filter(pk=pk).update(last_started=timezone.now())
    try:
        summary, ok = command_output("import", *shlex.split(schedule.arguments))
    except Exception as error:  # kept for staff, then a JobFailure too
        _finish(pk, f"{type(error).__name__}: {error}", False)
        raise
    _finish(pk, summary, ok)
    return ok


def _finish(pk: int, summary: str, ok: bool) -> None:
    ScheduledImport.objects.filter(pk=pk).update(
        last_finished=timezone.now(), last_ok=ok, last_summary=summary[-20000:]
    )
