"""``moot import SOURCE ...``: bring in a council's history from its system.

The exit code is 0 when every record was imported, 1 when any failed (the
summary lists them and stderr says how many, so a scheduled run can alert).
"""

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from moot.importers.http import MB, Client, Limits, user_agent
from moot.importers.summary import Summary
from moot.records.load import discard_empty_bodies
from moot.records.models import Body
from moot.records.planner import analyze


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


class Command(BaseCommand):
    help = (
        "Import committees, people, meetings, items, documents and votes from "
        "ModernGov, OParl, Legistar or a folder of minutes (safe to repeat)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sources = parser.add_subparsers(dest="source", required=True)
        moderngov = sources.add_parser("moderngov", help="A ModernGov site.")
        moderngov.add_argument("base_url", help="https://democracy.example.gov.uk")
        moderngov.add_argument("--from", dest="start", type=_date, help="YYYY-MM-DD")
        moderngov.add_argument("--to", dest="end", type=_date, help="YYYY-MM-DD")
        moderngov.add_argument("--committee", help="One committee's ModernGov id.")
        moderngov.add_argument("--body", help="The council's name (else its file).")
        oparl = sources.add_parser("oparl", help="An OParl 1.0 or 1.1 server.")
        oparl.add_argument("system_url", help="The OParl System object's URL.")
        oparl.add_argument(
            "--full", action="store_true", help="Ignore the last run; fetch all."
        )
        legistar = sources.add_parser("legistar", help="A Legistar Web API client.")
        legistar.add_argument("base_url", help="https://webapi.legistar.com/v1/CLIENT")
        legistar.add_argument("--from", dest="start", type=_date, help="YYYY-MM-DD")
        legistar.add_argument("--to", dest="end", type=_date, help="YYYY-MM-DD")
        legistar.add_argument("--body", help="The council's name.")
        files = sources.add_parser("files", help="A folder of minutes files.")
        files.add_argument("directory", type=Path)
        files.add_argument("--body", required=True, help="The council's name.")
        files.add_argument("--committee", required=True, help="The committee's name.")
        for source in (moderngov, oparl, legistar):
            _http_options(source)

    def handle(self, *args: Any, **options: Any) -> None:
        source = options["source"]
        existing = set(Body.objects.values_list("pk", flat=True))
        summary = getattr(self, f"_{source}")(options)
        for name in discard_empty_bodies(existing, summary.tally):
            summary.warnings.append(f"{name}: nothing could be read; not kept")
        analyze()  # a large import leaves SQLite's planner without statistics
        for line in summary.lines():
            self.stdout.write(line)
        if summary.failures:
            self.stderr.write(f"moot import: {summary.failed()}")
            sys.exit(1)

    def _client(self, options: dict[str, Any], allow: tuple[str, ...] = ()) -> Client:
        limits = Limits(
            min_interval=options["min_interval"],
            max_bytes=int(options["max_mb"] * MB),
            timeout=options["timeout"],
        )
        return Client(
            Path(settings.MOOT_DATA_DIR) / "fetched",
            offline=options["offline"],
            limits=limits,
            allow_hosts=[*options["allow_host"], *allow],
            user_agent=user_agent(settings.MOOT_CONTACT),
        )

    def _moderngov(self, options: dict[str, Any]) -> Summary:
        from moot.importers.moderngov.council import find_council
        from moot.importers.moderngov.source import Options, run

        council = find_council(options["base_url"], options["body"])
        today = dt.date.today()
        run_options = Options(
            start=options["start"] or dt.date(2000, 1, 1),
            end=options["end"] or today + dt.timedelta(days=180),
            today=today,
            committee=options["committee"],
            documents=not options["no_documents"],
        )
        client = self._client(options, council.allow_hosts)
        return run(client, council, run_options)

    def _oparl(self, options: dict[str, Any]) -> Summary:
        from moot.importers.oparl.source import run

        client = self._client(options)
        state = Path(settings.MOOT_DATA_DIR) / "fetched" / "oparl-state.json"
        return run(
            client,
            options["system_url"],
            state_file=state,
            full=options["full"],
            documents=not options["no_documents"],
        )

    def _legistar(self, options: dict[str, Any]) -> Summary:
        from moot.importers.legistar.source import run

        client = self._client(options)
        return run(
            client,
            options["base_url"].rstrip("/"),
            body_name=options["body"],
            start=options["start"],
            end=options["end"],
            documents=not options["no_documents"],
        )

    def _files(self, options: dict[str, Any]) -> Summary:
        from moot.importers.folder.source import run

        directory: Path = options["directory"]
        if not directory.is_dir():
            raise CommandError(f"{directory} is not a directory.")
        return run(directory, body=options["body"], committee=options["committee"])


def _http_options(parser: CommandParser) -> None:
    parser.add_argument(
        "--offline",
        action="store_true",
        help="Replay responses kept by an earlier run; no network.",
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        help="Another host that redirects and documents may lead to (repeatable).",
    )
    parser.add_argument(
        "--min-interval",
        type=float,
        default=1.0,
        help="Seconds between requests to one host (default 1).",
    )
    parser.add_argument(
        "--max-mb", type=float, default=50, help="Largest download, in MB (50)."
    )
    parser.add_argument(
        "--timeout", type=float, default=30, help="Seconds per request (30)."
    )
    parser.add_argument(
        "--no-documents",
        action="store_true",
        help="Record documents' links without downloading them.",
    )
