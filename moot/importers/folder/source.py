"""A folder of minutes as a source: one meeting per file, for one committee.

Each file goes through the minutes parser; the meeting date is the one the
text states, or else the one in the file name (then shown as assumed). A file
that cannot be read, parsed or dated is a failure; the others are imported.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from moot import minutes

from .. import minutes as convert_minutes
from .. import records
from ..drive import drive
from ..source import NoLists, Read
from ..summary import Summary
from . import convert, fetch

IMPORTER = "import files"


@dataclass
class Folder(NoLists):
    """Every minutes file directly in ``directory``, as ``committee``'s meetings."""

    directory: Path
    body_name: str
    committee: str
    importer = IMPORTER
    client = None
    documents = False

    @property
    def body(self) -> records.Body:
        return records.Body(source_id="", name=self.body_name)

    @property
    def source(self) -> str:
        return str(self.directory.resolve())

    def councils(self, summary: Summary) -> list["Folder"]:
        return [self]

    def meetings(
        self, summary: Summary, committees: dict[str, records.Committee]
    ) -> Iterator[Read[records.Meeting | records.Deleted]]:
        for path in fetch.minutes_files(self.directory):
            yield Read(path.name, str(path.resolve()), partial(self._read, path))

    def _read(self, path: Path, summary: Summary) -> records.Meeting:
        named = convert.date_from_name(path.name)
        parsed = minutes.parse(fetch.read(path), path.name, named)
        day = parsed.meeting.date or named
        if day is None:
            raise ValueError(
                "The minutes give no meeting date (none in the file name either)."
            )
        summary.warnings += [f"{path.name}: {w}" for w in parsed.warnings]
        return convert_minutes.meeting(parsed, committee=self.committee, day=day)


def run(directory: Path, *, body: str, committee: str) -> Summary:
    """Import every minutes file in ``directory`` for ``committee`` of ``body``."""
    return drive(Folder(directory, body, committee))
