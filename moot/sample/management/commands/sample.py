"""``moot sample``: generate synthetic council records."""

from datetime import date

from django.core.management.base import BaseCommand, CommandParser

from moot.records.planner import analyze
from moot.sample.councils import generate


class Command(BaseCommand):
    help = (
        "Generate sample councils (labelled as sample data on the site). "
        "The same --seed and --today give the same records; safe to repeat."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--items", type=int, default=300)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--today",
            type=date.fromisoformat,
            help="YYYY-MM-DD the records are built around (default: today).",
        )

    def handle(self, *args, **options) -> None:
        for line in generate(options["items"], options["seed"], options["today"]):
            self.stdout.write(line)
        analyze()  # bulk inserts leave SQLite's planner without statistics
