"""Benchmark ``moot.minutes.parse`` on large synthetic minutes: text, HTML, PDF.

    .venv/bin/python bench/parse.py [--mb 20] [--pdf-pages 200] [--keep DIR]

Generates the corpus (``bench/corpus.py``) into a temporary folder, parses each
file in this process (one core), and prints MB/s and items/s per format. Each
file is a complete minutes document of at most ``MAX_ITEMS`` items (numbered
from 1, as a council numbers one meeting's items) and under the size the
reader accepts. Beside each format it prints a peer measured in the same run,
one regex pass over the same text finding the item headings, and the ratio of
the two; then the parse time of the same document at 1x, 4x and 16x its
items, which a linear parser keeps near 1:4:16. Times are this process's CPU
time, so other work on a shared machine barely moves them. Tests never run this.
"""

import argparse
import dataclasses
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import corpus  # noqa: E402
from moot.minutes import detect, parse, parse_source, read_source  # noqa: E402

READER_LIMIT = getattr(detect, "MAX_BYTES", 20 * 1024 * 1024)
# One meeting's items: headings are read with at most three digits.
MAX_ITEMS = 999
# The peer: a single pass of a simple heading pattern over the decoded text.
HEADING_RE = re.compile(r"^\d{1,3}\.\s+\S", re.MULTILINE)


@dataclass
class Result:
    fmt: str
    files: int
    size: int
    items_made: int
    items_parsed: int
    seconds: float
    read_seconds: float  # of ``seconds``, reading the file into text
    peer_seconds: float | None

    def line(self) -> str:
        mb = self.size / 1_000_000
        speed = mb / self.seconds
        lines = [
            f"{self.fmt:<5} {mb:8.2f} MB in {self.files:>2} file(s) "
            f"{self.seconds:8.2f} s {speed:8.2f} MB/s "
            f"{self.items_parsed / self.seconds:10.0f} items/s "
            f"(items: {self.items_made} made, {self.items_parsed} parsed)",
            f"      of which reading the file into text {self.read_seconds:.2f} s, "
            f"structure {self.seconds - self.read_seconds:.2f} s",
        ]
        if self.peer_seconds:
            peer = mb / self.peer_seconds
            lines.append(
                f"      peer: one regex pass {peer:8.1f} MB/s; "
                f"parse/peer {speed / peer:.3f} (aim: 0.100 or more)"
            )
        return "\n".join(lines)


def split(
    items: list[corpus.Item], render: Callable[[list[corpus.Item]], bytes]
) -> list[tuple[bytes, int]]:
    """Render ``items`` as whole documents, each under the reader's size limit
    and of at most ``MAX_ITEMS`` items, numbered from 1."""
    budget = READER_LIMIT - 64 * 1024
    frame = len(render([]))  # the document's header and footer
    parts: list[tuple[bytes, int]] = []
    group: list[corpus.Item] = []
    size = frame
    for item in items:
        item = dataclasses.replace(item, number=len(group) + 1)
        item_size = len(render([item])) - frame
        if group and (size + item_size > budget or len(group) == MAX_ITEMS):
            parts.append((render(group), len(group)))
            group, size = [], frame
            item = dataclasses.replace(item, number=1)
        group.append(item)
        size += item_size
    if group:
        parts.append((render(group), len(group)))
    return parts


def run(fmt: str, parts: list[tuple[bytes, int]], folder: Path) -> Result:
    paths = []
    for n, (data, count) in enumerate(parts, start=1):
        path = folder / f"minutes-{n}.{fmt}"
        path.write_bytes(data)
        paths.append((path, count))
    parsed = 0
    seconds = read_seconds = peer_seconds = 0.0
    for path, _count in paths:
        data = path.read_bytes()
        start = time.process_time()
        source = read_source(data, path.name)
        read = time.process_time()
        minutes = parse_source(source)  # parse() is these two steps
        seconds += time.process_time() - start
        read_seconds += read - start
        parsed += len(minutes.items)
        peer_seconds += peer(data)
    return Result(
        fmt=fmt,
        files=len(paths),
        size=sum(len(data) for data, _ in parts),
        items_made=sum(count for _, count in parts),
        items_parsed=parsed,
        seconds=seconds,
        read_seconds=read_seconds,
        peer_seconds=peer_seconds if fmt != "pdf" else None,  # compressed bytes
    )


def peer(data: bytes) -> float:
    """Seconds for one regex pass over the text: decode, find the headings."""
    start = time.process_time()
    text = data.decode("utf-8", errors="replace")
    sum(1 for _ in HEADING_RE.finditer(text))
    return time.process_time() - start


def linearity(
    items: list[corpus.Item], render: Callable[[list[corpus.Item]], bytes], fmt: str
) -> str:
    """Parse time of one document at 1x, 4x and 16x its items (the same items
    again, numbered on), as multiples of the 1x time; best of three each."""
    base = items[: MAX_ITEMS // 16]
    times = []
    for times_over in (1, 4, 16):
        group = [
            dataclasses.replace(item, number=n)
            for n, item in enumerate(base * times_over, start=1)
        ]
        data = render(group)
        best = min(_timed(data, f"linear.{fmt}") for _ in range(3))
        times.append((len(data), best))
    size, first = times[0]
    ratios = ", ".join(
        f"{n}x {seconds / first:5.1f}"
        for n, (_, seconds) in zip((1, 4, 16), times, strict=True)
    )
    return (
        f"      linear: {fmt} {size / 1_000_000:.2f} MB at 1x, 4x, 16x takes "
        f"{ratios} times as long (linear: 1, 4, 16)"
    )


def _timed(data: bytes, name: str) -> float:
    start = time.process_time()
    parse(data, name)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20, help="text corpus size, MB")
    parser.add_argument("--pdf-pages", type=int, default=200, help="PDF pages")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument(
        "--formats", default="txt,html,pdf", help="comma-separated: txt,html,pdf"
    )
    args = parser.parse_args(argv)
    formats = args.formats.split(",")

    start = time.perf_counter()
    items = list(corpus.items(int(args.mb * 1_000_000), seed=args.seed))
    print(f"generated {len(items)} items in {time.perf_counter() - start:.1f} s")

    with tempfile.TemporaryDirectory(prefix="moot-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if "txt" in formats:
            print(run("txt", split(items, corpus.as_text), folder).line(), flush=True)
            print(linearity(items, corpus.as_text, "txt"), flush=True)
        if "html" in formats:
            print(run("html", split(items, corpus.as_html), folder).line(), flush=True)
            print(linearity(items, corpus.as_html, "html"), flush=True)
        if "pdf" in formats:
            pdf = corpus.as_pdf(items, max_pages=args.pdf_pages)
            print(run("pdf", [pdf], folder).line(), flush=True)
        if args.keep:
            print(f"corpus kept in {folder}")


if __name__ == "__main__":
    main()
