"""``moot load-minutes PATH``: parse a minutes file and store it.

A file that cannot be read, parsed or stored ends the command with one line on
stderr, ``moot load-minutes: PATH: reason``, and exit code 2; nothing is
stored then. Warnings (texts cut to fit their columns, untidy input) are
printed as ``warning: ...`` lines and the file is stored.
"""

import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser
from django.db import DataError

from moot import minutes
from moot.records.load import LoadError, Provenance, Tally, store


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
        try:
            parsed, result = _load(path, options)
        except (minutes.ParseError, LoadError, DataError) as error:
            self.stderr.write(f"moot load-minutes: {path}: {_sentence(error)}")
            sys.exit(2)
        for warning in [*parsed.warnings, *result.warnings]:
            self.stderr.write(f"warning: {warning}")
        self.stdout.write(result.items_line(result.meetings[0]))


def _load(path: Path, options: dict) -> tuple[minutes.Minutes, Tally]:
    given: date | None = options["meeting_date"]
    parsed = minutes.parse(minutes.read_file(path), path.name, given)
    result = store(
        parsed,
        Provenance(source=str(path), importer="load-minutes"),
        body=options["body"],
        committee=options["committee"],
        meeting_date=given,
    )
    return parsed, result


def _sentence(error: Exception) -> str:
    """The reason on one line (a database's message can run to several)."""
    if isinstance(error, DataError):
        return f"the database refused a value: {str(error).splitlines()[0]}"
    return " ".join(str(error).split())
