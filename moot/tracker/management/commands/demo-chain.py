"""``moot demo-chain``: real councils' real threads, for the demo."""

from django.core.management.base import BaseCommand

from moot.tracker.demo import load_threads


class Command(BaseCommand):
    help = (
        "Load the labelled real threads (one council's items on one matter across "
        "meetings, as published, with their addresses): their links join them "
        "into Issues and Moot proposes what delivered their promises. Safe to "
        "run again."
    )

    def handle(self, *args, **options) -> None:
        for line in load_threads():
            self.stdout.write(line)
