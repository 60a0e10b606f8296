"""Import a folder of minutes: one meeting per file, through ``store``.

Each file goes through the minutes parser; the meeting date is the one the
text states, or else the one in the file name (then shown as assumed). A file
that cannot be read or dated is a failure; the others are imported.
"""

from pathlib import Path

from moot import minutes
from moot.records.load import LoadError, Provenance, store
from moot.records.models import Meeting

from ..progress import progress
from ..summary import Summary
from . import convert, fetch

IMPORTER = "import files"


def run(directory: Path, *, body: str, committee: str) -> Summary:
    """Import every minutes file in ``directory`` for ``committee`` of ``body``."""
    summary = Summary()
    files = fetch.minutes_files(directory)
    for path in progress(files, total=len(files), what="files"):
        try:
            _file(path, body, committee, summary)
        except Exception as error:  # one bad record never stops the run
            summary.fail(path.name, f"{type(error).__name__}: {error}")
    return summary


def _file(path: Path, body: str, committee: str, summary: Summary) -> None:
    named = convert.date_from_name(path.name)
    try:
        parsed = minutes.parse(fetch.read(path), path.name, named)
    except (OSError, ValueError, minutes.ParseError) as error:
        summary.fail(path.name, error)
        return
    existing = set(Meeting.objects.values_list("pk", flat=True))
    try:
        result = store(
            parsed,
            Provenance(str(path.resolve()), IMPORTER),
            body=body,
            committee=committee,
            meeting_date=named,
        )
    except LoadError as error:
        summary.fail(path.name, f"{error} (none in the file name either)")
        return
    tally = summary.tally
    tally.add("meetings", "unchanged" if result.meeting.pk in existing else "created")
    tally.add("items", "created", len(result.created))
    tally.add("items", "updated", len(result.updated))
    tally.add("items", "unchanged", len(result.unchanged))
    summary.warnings += [f"{path.name}: {w}" for w in parsed.warnings]
