from typing import TextIO, cast

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from moot.search import queue
from moot.search.engine import IndexBusyError, index_dir
from moot.search.rebuild import open_items, rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the database, or with --pending apply "
        "only the queued changes."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--pending",
            action="store_true",
            help="Apply queued changes only (for cron, after the index was busy).",
        )

    def handle(self, *args, **options) -> None:
        try:
            if options["pending"]:
                applied = queue.drain(retry_seconds=60)
                self.stdout.write(f"Applied {applied} queued changes.")
                return
            bar = tqdm(
                total=open_items(),
                unit="item",
                disable=options["verbosity"] < 1,
                file=cast(TextIO, self.stderr._out),
            )
            with bar:
                count = rebuild(bar.update)
        except IndexBusyError as error:
            raise CommandError(
                "Another process is writing the search index; try again when it "
                "has finished."
            ) from error
        self.stdout.write(f"Indexed {count} records in {index_dir()}.")
