"""``moot publish-due``: publish the drafts whose publication time has come.

Run it every few minutes (cron, or the job queue): a clerk who sets "publish
at 10:00" sees the meeting go public at the first run after 10:00.
"""

from django.core.management.base import BaseCommand

from moot.records.publishing import publish_due


class Command(BaseCommand):
    help = "Publish draft meetings whose publication time has come."

    def handle(self, *args, **options) -> None:
        count = publish_due()
        self.stdout.write(f"{count} meeting{'s' if count != 1 else ''} published.")
