"""How fast the tracker makes proposals for a backfill of a sample council.

    .venv/bin/python bench/propose.py                  # 100,000 items
    .venv/bin/python bench/propose.py --items 20000

Builds a fresh SQLite database with ``moot sample`` (fictional councils; the
tracker and the search queue disconnected, so the database is written alone),
then, in this process, times:

- reading the items: every public item's title, report summaries and first
  minutes, as the tracker reads them (``candidates._deliveries``) — the limit
  a backfill cannot beat, measured in the same run;
- preparing: "next meeting" due dates, owners and references of every item
  (``loading._prepare``);
- proposing: ``candidates.propose_for`` over every item at once, which is
  what a backfill's ``changes_committed`` runs (``loading.track``).

Prints each time, proposals per second, and the proposing time as a multiple
of the reading time. The target (issue 11) is proposals for 100,000 items in
under a minute. Run by hand; the test suite never runs it.
"""

import argparse
import os
import secrets
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="moot-propose-")
    os.environ["MOOT_DATA_DIR"] = folder
    try:
        run(args.items)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(items: int) -> None:
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import transaction

    from moot.records.changes import changes_committed, records_changed
    from moot.records.models import AgendaItem
    from moot.tracker import loading
    from moot.tracker.candidates import BATCH, TRACKED, _chunks, _deliveries
    from moot.tracker.models import Commitment, Fulfilment

    call_command("migrate", verbosity=0)
    records_changed.disconnect(dispatch_uid="search-queue")
    changes_committed.disconnect(dispatch_uid="tracker")
    start = time.perf_counter()
    call_command("sample", items=items, seed=1, today=date(2025, 6, 1))
    print(f"sample: {time.perf_counter() - start:.1f} s")
    pks = sorted(AgendaItem.objects.values_list("pk", flat=True))
    tracked = Commitment.objects.filter(status__in=TRACKED).count()
    print(f"{len(pks):,} items, {tracked:,} tracked commitments")

    start = time.perf_counter()
    for chunk in _chunks(pks):
        _deliveries(AgendaItem.objects.filter(pk__in=chunk))
    read = time.perf_counter() - start

    start = time.perf_counter()
    for at in range(0, len(pks), BATCH):
        with transaction.atomic():
            loading._prepare(pks[at : at + BATCH])
    prepare = time.perf_counter() - start

    start = time.perf_counter()
    with transaction.atomic():
        made = len(loading.propose_for(pks))
    propose = time.perf_counter() - start

    print(f"read the items (limit): {read:.1f} s")
    print(f"prepare (due dates, owners, references): {prepare:.1f} s")
    print(
        f"propose: {propose:.1f} s, {made:,} proposals "
        f"({Fulfilment.objects.count():,} stored), "
        f"{len(pks) / propose:,.0f} items/s, {propose / read:.1f}× reading"
    )


if __name__ == "__main__":
    main()
