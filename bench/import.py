"""Benchmark ``moot import moderngov`` end to end over loopback HTTP.

    .venv/bin/python bench/import.py [--meetings 10000] [--items 4]
        [--data-dir bench/out/import]

Generates a ModernGov-shaped site (``moot/importers/moderngov/tests/site.py``:
web-service XML, item pages, one PDF per item, every fourth item restricted),
serves it from 127.0.0.1, and imports it into a fresh SQLite database with no
rate limit: every request, parse, PDF text extraction and database write is
counted. Then imports it again (conditional requests, 304s, nothing written)
and reports both as items per second.
"""

import argparse
import datetime as dt
import os
import secrets
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=4)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "bench/out/import")
    args = parser.parse_args()
    shutil.rmtree(args.data_dir, ignore_errors=True)
    args.data_dir.mkdir(parents=True)
    os.environ["MOOT_DATA_DIR"] = str(args.data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    os.environ.pop("DATABASE_URL", None)

    import django

    # A benchmark signs nothing that outlives it; the site it serves needs a key.
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    django.setup()
    from django.core.management import call_command

    from moot.importers.http import Client, Limits
    from moot.importers.moderngov.council import Council
    from moot.importers.moderngov.source import Options, run
    from moot.importers.moderngov.tests import site as moderngov
    from moot.importers.tests.server import Server, Site

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    council = moderngov.generate(meetings=args.meetings, items=args.items)
    print(
        f"site: {len(council.meetings)} meetings, {council.item_count} items, "
        f"{len(council.documents)} documents, built in "
        f"{time.perf_counter() - started:.1f} s"
    )
    site = Site()
    last = max(m.date for m in council.meetings)
    options = Options(
        start=dt.date(2024, 1, 1), end=last, today=last + dt.timedelta(days=1)
    )
    with Server(site):
        moderngov.serve(site, council)
        for label in ("first import", "second import (unchanged)"):
            client = Client(
                args.data_dir / "fetched", limits=Limits(min_interval=0, timeout=30)
            )
            started = time.perf_counter()
            summary = run(client, Council("Bench Council", site.url), options)
            seconds = time.perf_counter() - started
            print(
                f"{label}: {seconds:.1f} s, "
                f"{council.item_count / seconds:.0f} items/s, "
                f"{len(council.meetings) / seconds:.0f} meetings/s, "
                f"{client.stats.requests} requests "
                f"({client.stats.not_modified} not modified), "
                f"{len(summary.failures)} failures"
            )
            for line in summary.lines()[:10]:
                print(f"  {line}")


if __name__ == "__main__":
    main()
