"""What staff see of background work: failed jobs and scheduled imports."""

from django.db import models


class JobFailure(models.Model):
    """A job that failed after its last retry, kept until staff delete it."""

    task = models.CharField(max_length=200)
    arguments = models.TextField(blank=True)
    error = models.TextField()
    traceback = models.TextField(blank=True)
    failed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-failed_at"]

    def __str__(self) -> str:
        return f"{self.task}: {self.error[:80]}"


class ScheduledImport(models.Model):
    """A council's import, run every night at ``hour`` by the worker."""

    name = models.CharField(max_length=200, help_text="The council, for staff.")
    arguments = models.CharField(
        max_length=1000,
        help_text="What follows `moot import`, e.g. "
        '`moderngov https://democracy.example.gov.uk --body "Example Council"`.',
    )
    hour = models.PositiveSmallIntegerField(
        default=2, help_text="Hour of the day (site time, 0-23) to run at."
    )
    enabled = models.BooleanField(default=True)
    last_started = models.DateTimeField(null=True, blank=True)
    last_finished = models.DateTimeField(null=True, blank=True)
    last_ok = models.BooleanField(null=True, blank=True)
    last_summary = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
