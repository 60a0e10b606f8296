"""The job queue: one Celery app, configured from Django's settings.

Celery, because it speaks to Redis and RabbitMQ alike, acknowledges a job only
when it has run (``acks_late``: a killed worker's job goes back to the queue),
retries with backoff, and has a scheduler (beat) for nightly work. With no
broker configured, the embedded default is Kombu's filesystem transport in the
data directory: no service to run, one machine only (docs/alerts.md).

Jobs are sent after the transaction that asked for them commits, so a worker
never reads a database older than the request that queued it.
"""

import os
from pathlib import Path
from typing import Any

from celery import Celery, Task
from django.db import transaction

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")

app = Celery("moot")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["moot.jobs", "moot.alerts"])

# Every job: retried on any error with exponential backoff (2, 4, 8 ... up to
# ten minutes, jittered), five times, then kept as a JobFailure for staff.
RETRYING: dict[str, Any] = {
    "autoretry_for": (Exception,),
    "retry_backoff": 2,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 5,
}


def job(**options: Any) -> Any:
    """Declare a job: a Celery task that retries as ``RETRYING`` says."""
    return app.task(**{**RETRYING, **options})


def enqueue(task: Task, *args: Any) -> None:
    """Send ``task`` once the current transaction (if any) has committed."""
    transaction.on_commit(lambda: task.delay(*args))


def make_folders() -> None:
    """The embedded queue's folders (the filesystem transport needs them)."""
    from django.conf import settings

    options = settings.CELERY_BROKER_TRANSPORT_OPTIONS
    for name in ("data_folder_in", "control_folder"):
        if options.get(name):
            Path(str(options[name])).mkdir(parents=True, exist_ok=True)


def schedule() -> dict[str, dict[str, Any]]:
    """What the worker's scheduler (beat) runs, and when (site time)."""
    from celery.schedules import crontab

    return {
        "imports": {"task": "moot.imports-due", "schedule": crontab(minute=5)},
        "reindex": {"task": "moot.reindex", "schedule": crontab(minute="*/15")},
        "publish": {"task": "moot.publish-due", "schedule": crontab(minute="*/5")},
        "remind": {"task": "moot.remind", "schedule": crontab(hour=7, minute=0)},
        "alerts-daily": {"task": "alerts.daily", "schedule": crontab(hour=6, minute=0)},
        "alerts-sweep": {"task": "alerts.deliver", "schedule": crontab(minute="*/10")},
    }


app.conf.beat_schedule = schedule()
