"""``moot load-minutes PATH``: parse a minutes file and store it."""

from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moot import minutes
from moot.records.load import LoadError, Provenance, store


class Command(BaseCommand):
    help = "Parse a minutes file and store its meeting and items (safe to repeat)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--body", required=True, help="The council's name.")
        parser.add_argument("--committee", required=True, help="The committee's name.")
        parser.add_argument(
            "--meeting-date",
            type=date.fromisoformat,
            help="YYYY-MM-DD, used when the text gives no date (shown as assumed).",
        )

    def handle(self, *args, **options) -> None:
        path: Path = options["path"]
        given: date | None = options["meeting_date"]
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
        try:
            parsed = minutes.parse(data, path.name, given)
        except minutes.ParseError as error:
            raise CommandError(f"Cannot parse {path}: {error}") from error
        provenance = Provenance(source=str(path), importer="load-minutes")
        try:
            result = store(
                parsed,
                provenance,
                body=options["body"],
                committee=options["committee"],
                meeting_date=given,
            )
        except LoadError as error:
            raise CommandError(str(error)) from error
        for warning in parsed.warnings:
            self.stderr.write(f"warning: {warning}")
        self.stdout.write(result.summary())
