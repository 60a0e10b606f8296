"""Benchmark ``moot.minutes.parse`` on large synthetic minutes: text, HTML, PDF.

    .venv/bin/python bench/parse.py [--mb 20] [--pdf-pages 200] [--keep DIR]

Generates the corpus (``bench/corpus.py``) into a temporary folder, parses each
file in this process (one core), and prints MB/s and items/s per format. Input
larger than the reader accepts in one file is split into several files just
under that limit, each a complete minutes document. Tests never run this.
"""

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import corpus  # noqa: E402
from moot.minutes import detect, parse  # noqa: E402

READER_LIMIT = getattr(detect, "MAX_BYTES", 20 * 1024 * 1024)


@dataclass
class Result:
    fmt: str
    files: int
    size: int
    items_made: int
    items_parsed: int
    seconds: float

    def line(self) -> str:
        mb = self.size / 1_000_000
        return (
            f"{self.fmt:<5} {mb:8.2f} MB in {self.files:>2} file(s) "
            f"{self.seconds:8.2f} s {mb / self.seconds:8.2f} MB/s "
            f"{self.items_parsed / self.seconds:10.0f} items/s "
            f"(items: {self.items_made} made, {self.items_parsed} parsed)"
        )


def split(
    items: list[corpus.Item], render: Callable[[list[corpus.Item]], bytes]
) -> list[tuple[bytes, int]]:
    """Render ``items`` as whole documents, each under the reader's size limit."""
    budget = READER_LIMIT - 64 * 1024
    frame = len(render([]))  # the document's header and footer
    parts, group, size = [], [], frame
    for item in items:
        item_size = len(render([item])) - frame
        if group and size + item_size > budget:
            parts.append((render(group), len(group)))
            group, size = [], frame
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
    seconds = 0.0
    for path, _count in paths:
        data = path.read_bytes()
        start = time.perf_counter()
        minutes = parse(data, path.name)
        seconds += time.perf_counter() - start
        parsed += len(minutes.items)
    return Result(
        fmt=fmt,
        files=len(paths),
        size=sum(len(data) for data, _ in parts),
        items_made=sum(count for _, count in parts),
        items_parsed=parsed,
        seconds=seconds,
    )


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
        if "html" in formats:
            print(run("html", split(items, corpus.as_html), folder).line(), flush=True)
        if "pdf" in formats:
            pdf = corpus.as_pdf(items, max_pages=args.pdf_pages)
            print(run("pdf", [pdf], folder).line(), flush=True)
        if args.keep:
            print(f"corpus kept in {folder}")


if __name__ == "__main__":
    main()
