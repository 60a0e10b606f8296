"""How fast search is on a sample corpus: index build, sizes, query latency.

    .venv/bin/python bench/search.py --items 100000
    .venv/bin/python bench/search.py --items 10000 --data-dir /tmp/moot-bench --keep

Builds a fresh data directory with ``moot migrate`` and ``moot sample`` (with
the search queue disconnected, so the database is written alone), times a full
``moot reindex``, then runs a fixed query mix, each query ``--repeat`` times
after one warm-up, both as the raw engine call and end-to-end through the
``/search/`` view (Django's test client: URL routing, form, engine, database
hydration, template). Prints p50 and p95 in milliseconds. Run by hand; the
test suite never runs it.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MOOT = [sys.executable, "-m", "moot"]
QUERIES = [
    ("one word", "library", {}),
    ("two words", "budget report", {}),
    ("phrase", '"further report"', {}),
    ("one word, committee filter", "safeguarding", {"committee": None}),
    ("phrase, date range", '"be noted"', {"date_from": None, "date_to": None}),
]


# ``moot sample`` with the search queue off: the full reindex that follows
# indexes everything once, rather than council by council as well.
SAMPLE = """
import sys, django
# A benchmark signs nothing that outlives it; the site it serves needs a key.
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
django.setup()
from django.core.management import call_command
from moot.records.changes import records_changed
records_changed.disconnect(dispatch_uid="search-queue")
call_command("sample", items=int(sys.argv[1]), seed=1)
"""


def run(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([*MOOT, *args], env=env, check=True, cwd=ROOT)
    return time.perf_counter() - start


def sample(items: int, env: dict) -> float:
    start = time.perf_counter()
    command = [sys.executable, "-c", SAMPLE, str(items)]
    subprocess.run(command, env=env, check=True, cwd=ROOT)
    return time.perf_counter() - start


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build(data: Path, items: int, env: dict) -> dict:
    run(["migrate", "-v0"], env)
    written = sample(items, env)
    reindex = run(["reindex", "-v0"], env)
    db = sum(size(p) for p in data.glob("moot.sqlite3*"))
    return {
        "moot sample (database only)": f"{written:.1f} s",
        "full reindex": f"{reindex:.1f} s",
        "database (SQLite)": f"{db / 1e6:.0f} MB",
        "search index": f"{size(data / 'search') / 1e6:.0f} MB",
    }


def concrete_queries() -> list[tuple[str, str, dict]]:
    """Fill the filters with a real committee and the middle of the record."""
    from moot.records.models import Committee, Meeting

    committee = Committee.objects.order_by("pk").values_list("slug", flat=True)[2]
    days = Meeting.objects.filter(items__isnull=False).order_by("date")
    count = days.count()
    start = days.values_list("date", flat=True)[count // 3]
    end = days.values_list("date", flat=True)[2 * count // 3]
    out = []
    for label, q, filters in QUERIES:
        values = {
            "committee": committee,
            "date_from": start.isoformat(),
            "date_to": end.isoformat(),
        }
        out.append((label, q, {k: values[k] for k in filters}))
    return out


def timings(call, repeat: int) -> list[float]:
    call()  # warm-up: caches, first reader
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def measure(repeat: int) -> None:
    """Each query cold (facets counted afresh, as for a new search) and warm.

    Warm is the same search again with its facets cached, as for its next
    page, the other sort, or its JSON and feed.
    """
    from django.test import Client

    from moot.search.engine import get_engine

    engine, client = get_engine(), Client(HTTP_HOST="localhost")
    forget = engine.facet_cache.clear
    print(
        f"{'query':28} {'hits':>8}  raw p50/p95 ms   view p50/p95 ms"
        "   view, facets cached"
    )
    for label, q, params in concrete_queries():
        filters = _filters(params)
        total = engine.search(q, filters).total

        def view(q=q, p=params):
            return client.get("/search/", {"q": q, **p}, secure=True)

        raw = timings(lambda q=q, f=filters: (forget(), engine.search(q, f)), repeat)
        cold = timings(lambda: (forget(), view()), repeat)
        warm = timings(view, repeat)
        print(f"{label:28} {total:>8}  " + "   ".join(_p(t) for t in (raw, cold, warm)))


def _p(values: list[float]) -> str:
    return f"{percentile(values, 50):6.1f} / {percentile(values, 95):6.1f}"


def _filters(params: dict):
    from datetime import date

    from moot.search.engine import Filters

    return Filters(
        committee=params.get("committee", ""),
        date_from=date.fromisoformat(params["date_from"])
        if "date_from" in params
        else None,
        date_to=date.fromisoformat(params["date_to"]) if "date_to" in params else None,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the data dir")
    parser.add_argument(
        "--reuse", action="store_true", help="measure an existing data dir"
    )
    args = parser.parse_args()
    data = args.data_dir or Path(tempfile.mkdtemp(prefix="moot-search-bench-"))
    env = {**os.environ, "MOOT_DATA_DIR": str(data.resolve()), "MOOT_HTTPS": "False"}
    env.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    env["PYTHONPATH"] = str(ROOT)
    try:
        if not args.reuse:
            if data.exists() and any(data.iterdir()):
                sys.exit(f"{data} is not empty; use --reuse or another --data-dir.")
            data.mkdir(parents=True, exist_ok=True)
            for name, value in build(data, args.items, env).items():
                print(f"{name:36} {value}")
        os.environ.update(env)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        measure(args.repeat)
    finally:
        if not (args.keep or args.reuse or args.data_dir):
            shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
