"""``moot demo-chain``: the demo's seed item, the item that keeps its promise,
and a promise left overdue."""

from django.core.management.base import BaseCommand, CommandError

from moot.tracker.demo import ChainError, build_chain


class Command(BaseCommand):
    help = (
        "After the seed item is loaded, add a later sample item that fulfils its "
        "12-month commitment (confirmed) and leaves one of its own overdue."
    )

    def handle(self, *args, **options) -> None:
        try:
            lines = build_chain()
        except ChainError as error:
            raise CommandError(str(error)) from error
        for line in lines:
            self.stdout.write(line)
