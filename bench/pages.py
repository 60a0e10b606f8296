"""Benchmark the agenda item page: server time and requests per second.

    .venv/bin/python bench/pages.py [--items 100000] [--data-dir bench/out/pages]

Builds (once) a SQLite database of ``--items`` sample items with
``moot sample``, then reports:

- server time for the item page, in process through Django's test client,
  median and p95 over random public items, cold (first render) and warm
  (the page cache, keyed by what the page shows);
- requests per second that gunicorn with two sync workers (the documented
  production server) sustains on one item page over loopback, measured with
  ``ab`` (apache2-utils) when installed, else a Python client.
"""

import argparse
import os
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import time
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


def server_times(count: int) -> tuple[str, list[str]]:
    import django

    # A benchmark signs nothing that outlives it; the site it serves needs a key.
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    django.setup()
    from django.test import Client

    from moot.records.models import AgendaItem

    ids = list(AgendaItem.objects.public().open().values_list("pk", flat=True))
    print(f"{len(ids)} public, non-exempt items")
    rng = random.Random(1)
    chosen = [AgendaItem.objects.get(pk=pk) for pk in rng.sample(ids, count)]
    urls = [item.get_absolute_url() for item in chosen]
    client = Client(HTTP_HOST="localhost")
    for label in ("cold", "warm"):
        times = []
        for url in urls:
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, url
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        median = statistics.median(times)
        print(
            f"item page server time, {label}: median {median:.1f} ms, "
            f"p95 {p95:.1f} ms over {len(times)} items"
        )
    return urls[0], urls


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def requests_per_second(url: str, env: dict, seconds: int) -> None:
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "moot.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}",
         "--log-level", "warning"],
        env=env,
        cwd=ROOT,
    )  # fmt: skip
    try:
        target = f"http://127.0.0.1:{port}{url}"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 1).close()
                break
            except OSError:
                time.sleep(0.1)
        _python_client(target, 1, 2)  # warm both workers' caches
        if shutil.which("ab"):
            out = subprocess.run(
                ["ab", "-q", "-t", str(seconds), "-n", "1000000", "-c", "8", target],
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            line = next(
                x for x in out.splitlines() if x.startswith("Requests per second")
            )
            failed = next(
                x for x in out.splitlines() if x.startswith("Failed requests")
            )
            rate = line.split(":")[1].strip()
            print(f"gunicorn -w 2, ab -c 8, {seconds} s: {rate}; {failed}")
        else:
            rate = _python_client(target, seconds, 4)
            print(
                f"gunicorn -w 2, Python client x4, {seconds} s: {rate:.0f} requests/s"
            )
    finally:
        server.terminate()
        server.wait(10)


def _python_client(target: str, seconds: float, processes: int) -> float:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(processes) as pool:
        counts = list(pool.map(_hammer, [target] * processes, [seconds] * processes))
    return sum(counts) / seconds


def _hammer(target: str, seconds: float) -> int:
    from urllib.request import urlopen

    done, end = 0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        with urlopen(target, timeout=5) as response:
            response.read()
        done += 1
    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "bench/out/pages")
    parser.add_argument("--sample", type=int, default=500, help="items timed")
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    env = {
        **os.environ,
        "MOOT_DATA_DIR": str(args.data_dir.resolve()),
        "MOOT_HTTPS": "False",
        "DJANGO_SETTINGS_MODULE": "moot.settings",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
    }
    env.pop("DATABASE_URL", None)
    os.environ.update(env)
    if not (args.data_dir / "moot.sqlite3").exists():
        prepare(args.data_dir, args.items, env)
    url, _ = server_times(args.sample)
    requests_per_second(url, env, args.seconds)


if __name__ == "__main__":
    main()
