"""Benchmark the open-data answers: server time and queries per answer.

    .venv/bin/python bench/api.py [--items 3000] [--data-dir bench/out/api]

Builds (once) a SQLite database of ``--items`` sample items with ``moot
sample``, then times, in process through Django's test client, the median
of ``--repeat`` answers of each kind: OParl objects and list pages (100 per
page), a sync page (``modified_since``), a calendar, a feed, a table and a
council's data package. Beside each: the database queries it made, and its
time as a ratio of the meeting's HTML page measured in the same run (the
peer: the page a person waits for).
"""

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def prepare(data_dir: Path, items: int, env: dict) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    if (data_dir / "moot.sqlite3").exists():
        return
    moot = [str(BIN / "moot")]
    subprocess.run([*moot, "migrate", "-v0"], env=env, check=True)
    subprocess.run(
        [*moot, "sample", "--items", str(items), "--seed", "7"], env=env, check=True
    )


def urls() -> list[tuple[str, str]]:
    from moot.records.models import Body, Committee, Meeting, Person

    body = Body.objects.alive().first()
    meeting = Meeting.objects.public().filter(items__isnull=False).first()
    committee = Committee.objects.public().first()
    person = Person.objects.public().filter(memberships__isnull=False).first()
    lists = f"/oparl/body/{body.pk}"
    return [
        ("meeting page (HTML, the peer)", meeting.get_absolute_url()),
        ("OParl meeting", f"/oparl/meeting/{meeting.pk}/"),
        ("OParl meeting list page", f"{lists}/meeting/"),
        ("OParl agenda-item list page", f"{lists}/agenda-item/"),
        ("OParl paper list page", f"{lists}/paper/"),
        ("OParl person list page", f"{lists}/person/"),
        (
            "OParl sync page (modified_since)",
            f"{lists}/meeting/?modified_since=2000-01-01T00:00:00Z",
        ),
        ("calendar of a committee", f"/committees/{committee.slug}/meetings.ics"),
        ("feed of a committee", f"/committees/{committee.slug}/feed.atom"),
        ("feed of a person", f"/people/{person.slug}/feed.atom"),
        ("agenda items table (JSON)", f"/downloads/agenda_items.json?body={body.slug}"),
        ("data package (ZIP, cold)", f"/downloads/{body.slug}.zip"),
    ]


def measure(repeat: int) -> None:
    import django

    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    peer = None
    print(f"{'answer':40} {'median ms':>10} {'queries':>8} {'× peer':>7}")
    for label, url in urls():
        times, queries = [], 0
        for _ in range(repeat):
            cache.clear()
            with CaptureQueriesContext(connection) as seen:
                started = time.perf_counter()
                response = client.get(url)
                b"".join(response) if response.streaming else response.content
                times.append(time.perf_counter() - started)
            assert response.status_code == 200, (url, response.status_code)
            queries = len(seen)
        median = statistics.median(times) * 1000
        peer = peer or median
        print(f"{label:40} {median:10.1f} {queries:8d} {median / peer:7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "bench" / "out" / "api")
    args = parser.parse_args()
    env = {**os.environ, "MOOT_DATA_DIR": str(args.data_dir.resolve()), "DEBUG": "True"}
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    prepare(args.data_dir, args.items, env)
    measure(args.repeat)


if __name__ == "__main__":
    main()
