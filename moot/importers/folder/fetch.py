"""A folder of minutes files: which files, and their bytes. I/O only."""

from pathlib import Path

SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".pdf", ".xml"})
MAX_BYTES = 50 * 1024 * 1024


def minutes_files(directory: Path) -> list[Path]:
    """Regular files with a minutes suffix directly in ``directory``, by name.

    Hidden files and links that lead out of the folder are left alone.
    """
    root = directory.resolve()
    found = []
    for path in sorted(directory.iterdir()):
        if path.name.startswith(".") or path.suffix.lower() not in SUFFIXES:
            continue
        if path.is_file() and path.resolve().parent == root:
            found.append(path)
    return found


def read(path: Path) -> bytes:
    """The file's bytes; ``ValueError`` if it is larger than ``MAX_BYTES``."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"{size:,} bytes, over the limit of {MAX_BYTES:,}")
    return path.read_bytes()
