"""The progress bar every importer shows while it walks meetings."""

from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress(items: Iterable[T], *, total: int | None, what: str) -> Iterator[T]:
    """``items`` with a bar on a terminal; silent when output is not a terminal."""
    yield from tqdm(items, total=total, desc=what, unit=what, disable=None, leave=False)
