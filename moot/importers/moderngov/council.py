"""Per-council facts, as data: one small JSON file per council in ``councils/``.

A file names the council and its ModernGov address and sets any quirk flags;
the code reads flags, never council names. Keys (all but the first two
optional):

- ``name``: the Body's name; ``base_url``: the ModernGov site's root.
- ``slice_days``: days per ``GetMeetings`` request (default 90).
- ``item_pages``: read ``mgAi.aspx`` pages for items whose minutes the web
  service lacks (default true).
- ``councillors``: ask ``GetCouncillorsByWard`` (default true; some councils
  answer it with an error page).
- ``decisions``: read the decisions register (``mgDelegatedDecisions.aspx``
  and each ``ieDecisionDetails.aspx``) for the import's window (default
  false: not every council publishes one, and each decision is a page).
- ``forward_plan``: the plan's id (``mgListPlans.aspx?RPId=``) whose newest
  edition is read (default none).
- ``interests``: read each councillor's register of interests
  (``mgRofI.aspx?UID=``; default false).
- ``allow_hosts``: other hosts the council's documents live on.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

COUNCILS = Path(__file__).with_name("councils")


@dataclass(frozen=True)
class Council:
    name: str
    base_url: str
    slice_days: int = 90
    item_pages: bool = True
    councillors: bool = True
    decisions: bool = False
    interests: bool = False
    forward_plan: str = ""
    allow_hosts: tuple[str, ...] = field(default_factory=tuple)


def load_council(path: Path) -> Council:
    """Read one council file; raises ``ValueError`` with a sentence if wrong."""
    try:
        data = json.loads(path.read_text())
        return Council(
            name=str(data["name"]),
            base_url=str(data["base_url"]).rstrip("/"),
            slice_days=int(data.get("slice_days", 90)),
            item_pages=bool(data.get("item_pages", True)),
            councillors=bool(data.get("councillors", True)),
            decisions=bool(data.get("decisions", False)),
            interests=bool(data.get("interests", False)),
            forward_plan=str(data.get("forward_plan", "")),
            allow_hosts=tuple(data.get("allow_hosts", ())),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{path.name} is not a council file: {error}") from None


def find_council(base_url: str, name: str | None = None) -> Council:
    """The council file for ``base_url``'s host, else defaults named ``name``.

    Without a file and without ``name`` the Body is named after the host.
    """
    host = urlsplit(base_url).hostname or base_url
    for path in sorted(COUNCILS.glob("*.json")):
        council = load_council(path)
        if urlsplit(council.base_url).hostname == host:
            if name:
                return Council(**{**council.__dict__, "name": name})
            return council
    return Council(name=name or host, base_url=base_url.rstrip("/"))
