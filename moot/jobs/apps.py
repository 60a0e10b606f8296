from django.apps import AppConfig


class JobsConfig(AppConfig):
    """Background work on a job queue: alerts, imports, reindex, reminders."""

    name = "moot.jobs"
    verbose_name = "Jobs"

    def ready(self) -> None:
        from django.conf import settings

        from . import failures, queue

        failures.connect()
        if not settings.CELERY_TASK_ALWAYS_EAGER:
            queue.make_folders()  # a web process may queue the first job
