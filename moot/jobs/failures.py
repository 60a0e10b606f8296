"""Keep a job that failed for good where staff can see it (the admin)."""

from typing import Any

from celery.signals import task_failure


def connect() -> None:
    task_failure.connect(_failed, dispatch_uid="moot-job-failure", weak=False)


def _failed(
    sender: Any = None,
    exception: BaseException | None = None,
    args: Any = None,
    kwargs: Any = None,
    einfo: Any = None,
    **extra: Any,
) -> None:
    from .models import JobFailure

    JobFailure.objects.create(
        task=getattr(sender, "name", str(sender)),
        arguments=repr((args, kwargs))[:5000],
        error=f"{type(exception).__name__}: {exception}",
        traceback=str(einfo or "")[:20000],
    )
