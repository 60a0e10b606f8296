"""``moot worker``: run background jobs (and, with --beat, their schedule)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from moot.jobs.queue import app, make_folders


class Command(BaseCommand):
    help = (
        "Run the job queue's worker: alerts, imports, reindex, proposals and "
        "reminders; --beat also runs the nightly and hourly schedule."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--beat", action="store_true", help="Also run the scheduler (one only)."
        )
        parser.add_argument("--concurrency", type=int, default=1)
        parser.add_argument("--loglevel", default="info")

    def handle(self, *args: Any, **options: Any) -> None:
        make_folders()
        argv = ["worker", f"--loglevel={options['loglevel']}"]
        argv.append(f"--concurrency={options['concurrency']}")
        if options["beat"]:
            argv.append("--beat")
        app.worker_main(argv)
