"""Real threads: one council's items on one matter, across meetings.

``moot/tracker/tests/chains/`` holds real council pages as retrieved, grouped
by thread, with labels written from the text: which earlier page each page
says it follows, and which later page delivered each promise (see its
README). This module loads a thread through the one loader, as an import
would, and measures what the tracker found against the labels. It serves the
demo (``moot demo-chain``), ``bench/threads.py`` and the tests.
"""

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from moot.minutes import parse
from moot.minutes.corpus import fold
from moot.records.load import Provenance, store
from moot.records.models import AgendaItem, ItemReference

from .models import Commitment, Fulfilment

CHAINS = Path(__file__).resolve().parent / "tests" / "chains"


@dataclass
class Thread:
    name: str
    council: str
    labels: dict[str, Any]
    folder: Path

    @property
    def pages(self) -> list[dict[str, Any]]:
        return list(self.labels["pages"])

    @property
    def part(self) -> str:
        """The part of the corpus: tuned (read to make the rules) or unseen."""
        return str(self.labels.get("part", "tuned"))


@dataclass
class Figures:
    """Counts over threads: links (explicit references) and proposals."""

    links_labelled: int = 0
    links_found: int = 0  # labelled links the tracker made
    links_made: int = 0  # links the tracker made between pages of the thread
    proposals_made: int = 0
    proposals_right: int = 0
    fulfilments_labelled: int = 0
    fulfilments_proposed: int = 0
    missed: list[str] = field(default_factory=list)

    def add(self, other: "Figures") -> None:
        for name in self.__dataclass_fields__:
            value = getattr(other, name)
            setattr(self, name, getattr(self, name) + value)


def threads(root: Path = CHAINS) -> list[Thread]:
    found = []
    for labels_file in sorted(root.glob("*/thread.json")):
        labels = json.loads(labels_file.read_text())
        found.append(
            Thread(
                labels_file.parent.name, labels["council"], labels, labels_file.parent
            )
        )
    return found


def load(thread: Thread, reverse: bool = False) -> dict[str, AgendaItem]:
    """Store each page (newest first if ``reverse``); the page's item by id."""
    pages = sorted(thread.pages, key=lambda p: p["meeting_date"], reverse=reverse)
    items = {}
    for page in pages:
        minutes = parse((thread.folder / page["file"]).read_bytes(), page["file"])
        # The date and committee come from the page or, where it states
        # none, from the real page its label names (``facts_from``).
        minutes.meeting.date = date.fromisoformat(page["meeting_date"])
        stored = store(
            minutes,
            Provenance(page["url"], "chain corpus"),
            body=thread.council,
            committee=page["committee"],
        )
        rows = stored.items
        items[page["id"]] = _page_item(page, rows)
    return items


def _page_item(page: dict[str, Any], rows: list[AgendaItem]) -> AgendaItem:
    """The item of a page that holds the labelled matter."""
    title = fold(page.get("title"))
    for row in rows:
        if page.get("item_number") and row.number.rstrip(".") == page["item_number"]:
            return row
    for row in rows:
        if fold(row.title) and (fold(row.title) in title or title in fold(row.title)):
            return row
    return rows[0]


def measure(thread: Thread, items: dict[str, AgendaItem]) -> Figures:
    """What the tracker found in one loaded thread, against its labels."""
    figures = Figures()
    by_pk = {item.pk: page for page, item in items.items()}
    labelled = {(link["from"], link["to"]) for link in thread.labels["links"]}
    made = {
        (by_pk[r.agenda_item_id], by_pk[r.target_id])
        for r in ItemReference.objects.filter(
            agenda_item_id__in=by_pk, target_id__in=by_pk
        )
    }
    figures.links_labelled = len(labelled)
    figures.links_found = len(labelled & made)
    figures.links_made = len(made)
    figures.missed += [f"{thread.name}: link {a}→{b}" for a, b in labelled - made]
    proposals = Fulfilment.objects.filter(item_id__in=by_pk).select_related(
        "commitment"
    )
    right = _delivered(thread, items)
    figures.proposals_made = proposals.count()
    made_pairs = set()
    for proposal in proposals:
        key = (proposal.commitment_id, by_pk[proposal.item_id])
        made_pairs.add(key)
        figures.proposals_right += key in right
        if key not in right:
            figures.missed.append(
                f"{thread.name}: wrong proposal {proposal.score} “"
                f"{proposal.commitment.text[:50]}” → {key[1]}"
            )
    promised = [p for p in thread.labels["promises"] if p.get("fulfilled_by")]
    figures.fulfilments_labelled = len(promised)
    figures.fulfilments_proposed = len(right & made_pairs)
    found = {page for _, page in right & made_pairs}
    figures.missed += [
        f"{thread.name}: fulfilment “{p['text'][:50]}” → {p['fulfilled_by']}"
        for p in promised
        if p["fulfilled_by"] not in found
    ]
    return figures


def _delivered(thread: Thread, items: dict[str, AgendaItem]) -> set[tuple[int, str]]:
    """(commitment id, delivering page) for each labelled fulfilment whose
    promise the parser found as a commitment."""
    found = set()
    for promise in thread.labels["promises"]:
        if not promise.get("fulfilled_by"):
            continue
        wanted = fold(promise["text"])[:60]
        for commitment in Commitment.objects.filter(agenda_item=items[promise["page"]]):
            text = fold(commitment.text)
            if wanted[:40] in text or text[:40] in wanted:
                found.add((commitment.pk, promise["fulfilled_by"]))
    return found
