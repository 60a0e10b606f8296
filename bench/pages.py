"""Benchmark the public pages beside Datasette: cold items, cached items, the home page.

    .venv/bin/python bench/pages.py [--items 20000] [--data-dir bench/out/pages]
    .venv/bin/python bench/pages.py --datasette /tmp/dsvenv/bin/datasette

Builds (once) a SQLite database of ``--items`` sample items with
``moot sample``, refreshes the planner's statistics (``ANALYZE``, as a
long-running site's database has them), then reports:

- server time in process (Django's test client), median and p95 over random
  public items: cold (the page cache emptied first) and cached, with the
  queries a cold item page makes;
- requests per second and p95 over loopback, ``--concurrency`` clients, from
  gunicorn with two sync workers (the documented production server):
  *cold*, every request a different item drawn from the whole set, so the
  page cache never helps; *cached*, 100 items already served once;
  *revalidated*, the same with ``If-None-Match`` (a browser's or proxy's
  copy, answered 304); and the home page;
- **the peer**: the same cold load, same client, on the same items in the same
  database served by Datasette's row page (``datasette serve -i``, read-only),
  and the ratio Moot/Datasette. Datasette is not a Moot dependency: install
  it apart (``python3 -m venv /tmp/dsvenv && /tmp/dsvenv/bin/pip install
  datasette``) and name its ``datasette`` with ``--datasette``; without it
  that part is skipped with a message.

The client opens a connection per request for both servers (gunicorn's sync
workers close each one), so both pay the same.
"""

import argparse
import os
import random
import secrets
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def prepare(data_dir: Path, items: int, env: dict) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    moot = [str(BIN / "moot")]
    subprocess.run([*moot, "migrate", "-v0"], env=env, check=True)
    started = time.perf_counter()
    subprocess.run(
        [*moot, "sample", "--items", str(items), "--seed", "7"], env=env, check=True
    )
    print(f"sample data ready in {time.perf_counter() - started:.0f} s")


def analyse(database: Path) -> None:
    """Statistics as a site that has run a while has them (the planner's
    choices change with them: issue 13)."""
    with sqlite3.connect(database) as db:
        db.execute("ANALYZE")


def public_items() -> list[tuple[int, str]]:
    """(id, page address) of every public, non-exempt item."""
    from moot.records.models import AgendaItem

    rows = AgendaItem.objects.public().open().values_list("pk", "slug")
    return [(pk, f"/items/{pk}-{slug or 'item'}/") for pk, slug in rows]


def server_times(urls: list[str]) -> None:
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(urls[0]).status_code == 200
    print(f"cold item page: {len(queries)} queries")
    for label in ("cold", "cached"):
        times = []
        for url in urls:
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, url
        median, p95 = summary(times)
        print(
            f"item page server time, {label}: median {median:.1f} ms, "
            f"p95 {p95:.1f} ms over {len(times)} items"
        )


def summary(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int) -> None:
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing answers on 127.0.0.1:{port}")


def load(
    base: str, urls: list[str], seconds: float, clients: int, etags: bool = False
) -> tuple[float, float]:
    """Requests/s and p95 ms of ``clients`` processes going through ``urls``
    (each its own share, in order) for ``seconds`` or until they run out."""
    shares = [urls[n::clients] for n in range(clients)]
    with ProcessPoolExecutor(clients) as pool:
        jobs = [pool.submit(_client, base, share, seconds, etags) for share in shares]
        results = [job.result() for job in jobs]
    done = sum(len(times) for times, _ in results)
    elapsed = max(spent for _, spent in results)
    _, p95 = summary([t for times, _ in results for t in times])
    return done / elapsed, p95


def _client(
    base: str, urls: list[str], seconds: float, etags: bool
) -> tuple[list[float], float]:
    from urllib.error import HTTPError
    from urllib.request import Request, urlopen

    tags: dict[str, str] = {}
    if etags:
        for url in dict.fromkeys(urls):
            with urlopen(base + url, timeout=30) as response:
                tags[url] = response.headers["ETag"]
    times: list[float] = []
    start = time.perf_counter()
    end = start + seconds
    for url in urls:
        if time.perf_counter() > end:
            break
        headers = {"If-None-Match": tags[url]} if url in tags else {}
        began = time.perf_counter()
        try:
            with urlopen(Request(base + url, headers=headers), timeout=30) as answer:
                answer.read()
        except HTTPError as error:
            if error.code != 304:
                raise SystemExit(f"{base + url}: HTTP {error.code}") from error
        times.append((time.perf_counter() - began) * 1000)
    return times, time.perf_counter() - start


class Server:
    """A server process on a free port, stopped on leaving the block."""

    def __init__(self, command: list[str], env: dict, port: int) -> None:
        self.command, self.env, self.port = command, env, port

    def __enter__(self) -> str:
        self.process = subprocess.Popen(
            self.command, env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL
        )
        wait_for(self.port)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(10)


def report(label: str, rate: float, p95: float) -> None:
    print(f"{label}: {rate:.0f} requests/s, p95 {p95:.0f} ms")


def moot_load(items: list, env: dict, args: argparse.Namespace) -> float:
    port = free_port()
    gunicorn = [
        str(BIN / "gunicorn"), "moot.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}",
        "--log-level", "warning",
    ]  # fmt: skip
    c, seconds = args.concurrency, args.seconds
    with Server(gunicorn, env, port) as base:
        # Both workers up, templates compiled, connections open: no item yet.
        load(base, ["/committees/"] * 4 * c, 120, c)
        cold = [url for _, url in items]
        rate, p95 = load(base, cold, seconds, c)
        report(f"Moot, cold item pages (gunicorn -w 2, {c} clients)", rate, p95)
        hundred = cold[-100:]
        load(base, hundred * 6, 60, c)  # each worker has most likely served each
        cached = load(base, hundred * 10_000, seconds, c)
        report(f"Moot, cached item pages ({c} clients)", *cached)
        report(
            f"Moot, revalidated item pages, 304 ({c} clients)",
            *load(base, hundred * 10_000, seconds, c, etags=True),
        )
        report(f"Moot, home page ({c} clients)", *load(base, ["/"] * 10**6, seconds, c))
    return rate


def datasette_load(items: list, database: Path, args: argparse.Namespace) -> float:
    port = free_port()
    command = [
        args.datasette, "serve", "-i", str(database), "-p", str(port),
        "-h", "127.0.0.1",
    ]  # fmt: skip
    table = "records_agendaitem"
    urls = [f"/{database.stem}/{table}/{pk}" for pk, _ in items]
    with Server(command, dict(os.environ), port) as base:
        load(base, urls[:20], 120, 2)  # Datasette is up and has opened the file
        rate, p95 = load(base, urls[20:], args.seconds, args.concurrency)
    report(f"Datasette, cold row pages ({args.concurrency} clients)", rate, p95)
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "bench/out/pages")
    parser.add_argument("--sample", type=int, default=300, help="items timed")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--datasette",
        default=shutil.which("datasette") or "/tmp/dsvenv/bin/datasette",
        help="a datasette executable (installed apart from Moot)",
    )
    args = parser.parse_args()
    env = {
        **os.environ,
        "MOOT_DATA_DIR": str(args.data_dir.resolve()),
        "MOOT_HTTPS": "False",
        "DJANGO_SETTINGS_MODULE": "moot.settings",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
    }
    env.pop("DATABASE_URL", None)
    env.pop("CACHE_URL", None)
    os.environ.update(env)
    database = args.data_dir / "moot.sqlite3"
    if not database.exists():
        prepare(args.data_dir, args.items, env)
    analyse(database)

    import django

    django.setup()
    items = public_items()
    print(f"{len(items)} public, non-exempt items")
    random.Random(1).shuffle(items)
    server_times([url for _, url in items[: args.sample]])
    moot = moot_load(items, env, args)
    if not Path(args.datasette).exists():
        print(f"Datasette not found at {args.datasette}: peer skipped (see --help).")
        return
    peer = datasette_load(items, database, args)
    print(f"cold item page, Moot/Datasette: {moot / peer:.2f}")


if __name__ == "__main__":
    main()
