"""Benchmark ``moot sample``'s bulk writes beside the one loader, items per second.

    .venv/bin/python bench/sample_load.py [--items 400] [--data-dir bench/out/sample]

Into a fresh SQLite database: ``generate`` (``moot/sample/councils.py``, rows
written with ``bulk_create`` a few hundred meetings at a time) builds
``--items`` sample items; then the same number of items go through the loader
(``moot.records.load.store``) as minutes of eight items a meeting, each item
the seed item (a report, recommendations, minutes, questions, resolutions,
commitments: about what a sample item holds). Prints both rates and their
ratio, the reason ``sample`` does not go through the loader.
"""

import argparse
import copy
import datetime as dt
import os
import secrets
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PER_MEETING = 8


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=400)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "bench/out/sample")
    args = parser.parse_args()
    shutil.rmtree(args.data_dir, ignore_errors=True)
    args.data_dir.mkdir(parents=True)
    os.environ["MOOT_DATA_DIR"] = str(args.data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    bulk = _rate(lambda: _sample(args.items), args.items)
    print(f"sample (bulk_create): {bulk:,.1f} items/s", flush=True)
    loaded = _rate(lambda: _load(args.items), args.items)
    print(f"loader (store):       {loaded:,.1f} items/s")
    print(f"the bulk path is {bulk / loaded:.1f}x the loader's rate")


def _rate(work, items: int) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    work()
    return items / (time.perf_counter() - started)


def _sample(items: int) -> None:
    from moot.sample.councils import generate

    generate(items, seed=7, today=dt.date(2025, 1, 1))


def _load(items: int) -> None:
    from moot.minutes.records import MeetingFacts, Minutes
    from moot.records.load import Provenance, store
    from moot.records.tests.seed_minutes import seed_item

    day = dt.date(2020, 1, 1)
    for start in range(0, items, PER_MEETING):
        minutes = Minutes(meeting=MeetingFacts(date=day))
        for n in range(start, min(start + PER_MEETING, items)):
            item = copy.deepcopy(seed_item())
            item.number, item.title = f"{n + 1}.", f"{item.title} ({n + 1})"
            minutes.items.append(item)
        store(minutes, Provenance("bench", "bench"), body="Bench", committee="Bench")
        day += dt.timedelta(days=7)


if __name__ == "__main__":
    main()
