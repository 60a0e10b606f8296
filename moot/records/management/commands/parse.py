"""``moot parse PATH... [--meeting-date D] [--format json|text]``.

Reads minutes and prints their structure. Touches no database. A file that
cannot be read gets one line on stderr naming it and the reason, never a
traceback, and the others are still parsed; the exit code is then 2.
"""

import json
import sys
from argparse import ArgumentTypeError
from datetime import date

from django.core.management.base import BaseCommand

from moot.minutes import ParseError, parse, read_file
from moot.minutes.render import render_text


class Command(BaseCommand):
    help = "Parse council minutes (text, HTML, PDF, ModernGov XML) into structure."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser) -> None:  # noqa: ANN001
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--meeting-date",
            type=_iso_date,
            default=None,
            help="the meeting's date, YYYY-MM-DD, if the text has none",
        )
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, **options) -> None:  # noqa: ANN002, ANN003
        results, failed = [], 0
        for path in options["paths"]:
            try:
                minutes = parse(read_file(path), path, options["meeting_date"])
            except ParseError as error:
                self.stderr.write(f"moot parse: {path}: {error}")
                failed += 1
                continue
            except Exception as error:  # a fault in Moot: still one line, then on
                self.stderr.write(
                    f"moot parse: {path}: Moot failed on this file "
                    f"({type(error).__name__}: {error}); please report it"
                )
                failed += 1
                continue
            results.append((path, minutes.to_dict()))
        self.stdout.write(_format(results, options["format"]), ending="")
        if failed:
            sys.exit(2)


def _format(results: list[tuple[str, dict]], style: str) -> str:
    if style == "text":
        return "".join(
            (f"== {path}\n" if len(results) > 1 else "") + render_text(data)
            for path, data in results
        )
    if len(results) == 1:
        return json.dumps(results[0][1], indent=2, ensure_ascii=False) + "\n"
    payload = [{"file": path, "minutes": data} for path, data in results]
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ArgumentTypeError(f"must be YYYY-MM-DD, not {text!r}") from None
