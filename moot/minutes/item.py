"""One agenda item's units into its sections, in the order a clerk reads them.

An item page reads: the report summary, "Recommended –" with numbered
recommendations, a contact line, "Minutes:", the narrative, "Resolved –"
with numbered resolutions, "Action:". Full minutes often have only the
narrative and the resolutions. Each section is a small state; labels and
numbering move between them.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .commitments import OWNER_TASK_RE
from .decisions import (
    is_decision_entry,
    is_decision_sentence,
    is_lead_in,
    is_lost,
    motion_text,
    split_parts,
    trailing_vote,
    vote_detail,
    vote_line,
)
from .lines import Unit
from .named_vote_phrases import DIVISION
from .named_votes import is_roll_call, merge_named_votes, read_named_votes
from .quick import compile_fast
from .records import Action, Block, Item, NamedVote, Recommendation, Resolution
from .report import read_contact, read_previous_references, references_in
from .source import Discarded

VOTE_RE = re.compile(
    r"\b(?:motion\s+)?(?:carried|lost|defeated|passed|approved|adopted|failed|fell)"
    r"\s+(?:by\s+)?"
    r"(?:\d{1,2}\s*(?:-|–|to)\s*\d{1,2}(?:\s+votes?)?(?:\s*(?:-|–|to)\s*\d{1,2})?"
    r"(?:\s+(?:with\s+)?\d{1,2}\s+abstentions?)?(?:\s*\([^)]{1,120}\))?"
    r"|unanimously)"
    r"|\bunanimously\b",
    re.IGNORECASE,
)
VOTE_WORDS = (
    "carried",
    "lost",
    "defeated",
    "passed",
    "approved",
    "adopted",
    "failed",
    "fell",
    "unanim",
)
FUTURE_REPORT_RE = compile_fast(
    r"\b(?:will\s+(?:submit|present)|provides|sets\s+out)\b"
)
PAST_REPORT_RE = compile_fast(r"\b(?:submitted|provided|presented|set\s+out)\b")
MOTION_GOES_ON_RE = re.compile(r"^(?:AND|And|and|OR|Or|or)\b|^[a-z]")
RESOLUTION_START_RE = re.compile(r"^(?:That|that)\b")
DIVISION_RE = re.compile(DIVISION, re.IGNORECASE)
MOVED_RE = re.compile(r"\bmoved\b", re.IGNORECASE)


@dataclass
class ItemText:
    """What the section walk collects before the structure readers run."""

    item: Item
    report: list[str] = field(default_factory=list)
    blocks: list[tuple[Block, list[Unit]]] = field(default_factory=list)
    discarded: list[Discarded] = field(default_factory=list)
    action_lines: list[str] = field(default_factory=list)


class SectionWalk:
    """Walk an item's units, sending each to its section."""

    def __init__(self, item: Item, units: list[Unit]) -> None:
        self.out = ItemText(item)
        self.units = units
        self.section = "report" if _minutes_start(units) > 0 else "minutes"
        self.boundary = _minutes_start(units)
        self.pending_vote: str | None = None
        self.label_vote: str | None = None
        self.pending_named: list[NamedVote] = []
        self.division_open = False
        self.pending_motion: str | None = None
        self.opened = 0  # the first resolution since the last label
        self.last_entry = -2  # the unit of the last resolution taken
        self.tentative = False  # the votes so far are a roll call only
        self.counted = False  # the pending vote is a division's lines so far
        self.index = 0

    def run(self) -> ItemText:
        for index, unit in enumerate(self.units):
            self.index = index
            if index == self.boundary and self.section == "report":
                self.section = "minutes"
            self.take(unit)
            self.named(unit)
        for resolution in self.out.item.resolutions:
            if resolution.vote and not resolution.named_votes:
                votes = read_named_votes(resolution.vote)
                if is_roll_call(votes):
                    resolution.named_votes = votes
        return self.out

    def named(self, unit: Unit) -> None:
        """A roll call by name goes to the motion before it, or, after "On a
        division, there voted:-", to the decision that follows."""
        if DIVISION_RE.search(unit.text):
            self.division_open = True
        elif self.pending_named and MOVED_RE.search(unit.text):
            # A new motion: the division before it settled no decision read.
            self.pending_named, self.division_open = [], False
        votes = read_named_votes(unit.text)
        if not (is_roll_call(votes) or (votes and self.division_open)):
            return
        resolutions = self.out.item.resolutions
        if self.division_open or not resolutions:
            self.pending_named.extend(votes)
            return
        merge_named_votes(resolutions[-1], votes)

    def take(self, unit: Unit) -> None:
        item = self.out.item
        is_text = unit.kind == "text"
        refs = read_previous_references(unit.text) if is_text else None
        if refs is not None:
            item.previous_references.extend(refs)
            self.discard(unit.text.split(":")[0], "section label")
            return
        for reference in references_in(unit.text):
            if reference not in item.previous_references:
                item.previous_references.append(reference)
        contact = read_contact(unit.text) if is_text else None
        if contact and item.contact.name is None:
            item.contact = contact
            return
        if unit.kind == "label":
            self.label(unit)
            return
        getattr(self, f"in_{self.section}")(unit)

    def label(self, unit: Unit) -> None:
        self.discard(unit.marker, "section label")
        if unit.label == "action":
            self.section = "action"
            if unit.text:
                self.in_action(unit)
            return
        self.section = {
            "recommended": "recommendations",
            "resolved": "resolutions",
        }.get(unit.label or "", "minutes")
        if unit.label == "resolved":
            self.open_resolutions()
            unanimous = "unanimously" if unit.unanimous else None
            self.label_vote = unit.vote or unanimous or self.pending_vote
            self.pending_vote = None
        if unit.text:
            self.take(Unit("text", unit.text, new_paragraph=True))

    def in_report(self, unit: Unit) -> None:
        self.out.report.append(_with_marker(unit))

    def in_recommendations(self, unit: Unit) -> None:
        recs = self.out.item.recommendations
        if not self.entry(unit, recs, lambda n, t: recs.append(Recommendation(n, t))):
            self.leave_section(unit)

    def open_resolutions(self) -> None:
        self.section = "resolutions"
        self.opened = len(self.out.item.resolutions)
        self.label_vote = None

    def in_resolutions(self, unit: Unit) -> None:
        resolutions = self.out.item.resolutions
        opened = len(resolutions) > self.opened
        if unit.kind == "text" and not opened and is_lead_in(unit.text):
            self.discard(unit.text, "lead-in to the resolutions")
            return
        detail = vote_detail(unit.text) if unit.kind == "text" else None
        if detail and len(resolutions) > self.opened:
            self.record_detail(detail, unit)
            return
        vote = vote_line(unit.text) if unit.kind == "text" else None
        if vote and _on_amendment(vote):
            self.leave_section(unit)
            return
        if vote and resolutions:
            self.close_motion(vote, unit)
            return
        split = trailing_vote(unit.text) if unit.kind == "text" else None
        text = split[0] if split else unit.text
        taken = Unit(unit.kind, text, unit.marker, unit.number, unit.level)
        if self.entry(
            taken,
            resolutions,
            lambda n, t: self.add_resolution(Resolution(n, t)),
            fresh=not opened,
        ):
            self.last_entry = self.index
            if split:
                self.close_motion(split[1], None)
            return
        self.leave_section(unit)

    def close_motion(self, vote: str, unit: Unit | None) -> None:
        """A vote line ends the motion: its resolutions carry the vote, or, if
        it was lost, go back to the narrative."""
        resolutions = self.out.item.resolutions
        start = self.opened if len(resolutions) > self.opened else len(resolutions) - 1
        if is_lost(vote):
            for resolution in resolutions[start:]:
                text = _numbered(resolution)
                self.out.blocks.append((Block("paragraph", text=text), []))
            del resolutions[start:]
        else:
            for resolution in resolutions[start:]:
                if self.tentative or not resolution.vote:
                    resolution.vote = vote
        # "... carried by the following recorded vote:": the roll call below
        # is part of this vote.
        self.tentative = vote.endswith(":")
        if unit is not None:
            self.out.blocks.append((Block("paragraph", text=unit.text), [unit]))
        elif is_lost(vote):
            self.out.blocks.append((Block("paragraph", text=vote), []))
        if self.tentative:
            self.last_entry = self.index
            return
        self.opened = len(resolutions)
        self.section = "minutes" if self.index >= self.boundary else "report"

    def record_detail(self, detail: str, unit: Unit) -> None:
        """A roll call is the vote of the motion before it until a result
        line ends the motion."""
        for resolution in self.out.item.resolutions[self.opened :]:
            if self.tentative and resolution.vote:
                resolution.vote = f"{resolution.vote} {detail}"
            elif not resolution.vote:
                resolution.vote = detail
        self.tentative = True
        self.out.blocks.append((Block("paragraph", text=unit.text), [unit]))
        self.last_entry = self.index

    def entry(
        self,
        unit: Unit,
        entries: list[Recommendation] | list[Resolution],
        add: Callable[[str | None, str], None],
        fresh: bool = False,
    ) -> bool:
        """Take ``unit`` as a numbered entry, a sub-entry ("(a)" under "(1)"), a
        bullet under an entry, or a "That ..." paragraph; False if it is none.
        ``fresh``: a label has just opened the section ("The Council
        resolved:-"), so its first paragraph is an entry however it opens
        ("to adopt the procedural motion"), even after earlier decisions."""
        if unit.kind == "numbered" and _is_sub(unit, entries):
            entries[-1].text += f" {unit.marker} {unit.text}"
        elif unit.kind == "numbered":
            add(unit.number, unit.text)
        elif unit.kind == "bullet" and entries:
            entries[-1].text += f" {unit.text}"
        elif not entries or fresh or RESOLUTION_START_RE.match(unit.text):
            add(None, _with_marker(unit))
        else:
            return False
        return True

    def leave_section(self, unit: Unit) -> None:
        """Prose after the entries: back to the report or the minutes."""
        self.section = "minutes" if self.index >= self.boundary else "report"
        self.take(unit)

    def add_resolution(self, resolution: Resolution) -> None:
        parts = split_parts(resolution.text)
        if parts:
            lead, entries = parts
            self.discard(lead, "lead-in to the resolutions")
            for number, text in entries:
                self.add_one(Resolution(number, text, resolution.vote))
            return
        self.add_one(resolution)

    def add_one(self, resolution: Resolution) -> None:
        resolution.vote = resolution.vote or _vote(resolution.text) or self.label_vote
        for earlier in self.out.item.resolutions:
            if _same(earlier.text, resolution.text):
                number = f"({resolution.number}) " if resolution.number else ""
                self.discard(
                    number + resolution.text, "repeats a resolution recorded above"
                )
                return
        if self.pending_named:
            merge_named_votes(resolution, self.pending_named)
            self.pending_named, self.division_open = [], False
        self.out.item.resolutions.append(resolution)
        self.last_entry = self.index

    def in_action(self, unit: Unit) -> None:
        """An owner ("Action: Strategic Director") or a task ("ACTION: Head of
        Finance to circulate ..."); a task also stays in the narrative."""
        line = unit.text.strip()
        self.out.action_lines.append(line)
        if OWNER_TASK_RE.match(line):
            self.out.blocks.append((Block("paragraph", text=line), [unit]))
        self.section = "minutes"

    def in_minutes(self, unit: Unit) -> None:
        if unit.kind in ("text", "bullet") and self.unlabelled_decision(unit):
            return
        if unit.kind == "numbered" and (
            is_decision_entry(unit.number, unit.text)
            or self.continues_resolutions(unit)
        ):
            self.open_resolutions()
            self.in_resolutions(unit)
            return
        if unit.kind == "text":
            self.out.blocks.append((Block("paragraph", text=unit.text), [unit]))
            self.pending_vote = _vote(unit.text) or self.pending_vote
            if self.pending_motion is None:
                self.division(unit.text)
            self.motion(unit.text)
            return
        last = self.out.blocks[-1] if self.out.blocks else None
        text = _with_marker(unit)
        if last and last[0].kind == "list":
            last[0].items.append(text)  # type: ignore[union-attr]
            last[1].append(unit)
        else:
            self.out.blocks.append((Block("list", items=[text]), [unit]))
        if unit.kind == "bullet" and unit.marker.isalpha():
            self.discard(unit.marker, "list bullet")

    def division(self, text: str) -> None:
        """A division recorded before the decision it settles ("On a
        division, there voted:- For the motion (23) - ...", then "The
        Council resolved:-"): the vote of the resolutions the label opens."""
        detail = vote_detail(text)
        if detail is None:
            self.counted = False
        elif self.counted and self.pending_vote:
            self.pending_vote = f"{self.pending_vote} {detail}"
        else:
            self.pending_vote, self.counted = detail, True

    def continues_resolutions(self, unit: Unit) -> bool:
        """ "2." after resolution "1." and a paragraph of reasons goes on with
        the same decision list."""
        resolutions = self.out.item.resolutions
        last = resolutions[-1].number if resolutions else None
        if not (last and last.isdigit() and unit.number and unit.number.isdigit()):
            return False
        return int(unit.number) == int(last) + 1

    def unlabelled_decision(self, unit: Unit) -> bool:
        """A lead-in ("THAT COUNCIL:") opens the resolutions; a paragraph that
        states a decision ("Council resolved to approve ...") is one; a vote
        line closes the motion before it. True if ``unit`` was taken."""
        resolutions = self.out.item.resolutions
        if is_lead_in(unit.text) and not unit.text.strip(" -–—").isalpha():
            self.open_resolutions()
            self.discard(unit.text, "lead-in to the resolutions")
            return True
        just_decided = self.index == self.last_entry + 1
        open_motion = len(resolutions) > self.opened and just_decided
        if self.pending_motion is None and open_motion:
            detail = vote_detail(unit.text)
            if detail:
                self.record_detail(detail, unit)
                return True
            vote = vote_line(unit.text)
            if vote and not _on_amendment(vote):
                self.close_motion(vote, unit)
                return True
        if is_decision_sentence(unit.text):
            self.out.blocks.append((Block("paragraph", text=unit.text), [unit]))
            split = trailing_vote(unit.text)
            text, vote = split if split else (unit.text, None)
            self.opened = len(resolutions)
            self.add_resolution(Resolution(None, text, vote))
            return True
        return False

    def motion(self, text: str) -> None:
        """US minutes decide by motion: "Motion by X, seconded by Y, to ..."
        then "Motion carried 5-0". A carried motion is a resolution."""
        words = motion_text(text)
        if words:
            self.pending_motion = words
            vote = _vote(text)
            if vote is None:
                return
        elif not (
            self.pending_motion
            and (
                vote_line(text)
                or vote_detail(text)
                or _vote_only(text)
                or trailing_vote(text)
            )
        ):
            # "AND To consider ..." goes on with the motion until its vote.
            if not (self.pending_motion and MOTION_GOES_ON_RE.match(text)):
                self.pending_motion = None
            return
        detail = vote_detail(text)
        vote = vote_line(text) or detail or _vote(text)
        if vote and not is_lost(vote) and self.pending_motion:
            self.opened = len(self.out.item.resolutions)
            self.add_resolution(Resolution(None, self.pending_motion, vote))
            self.tentative = detail is not None and vote == detail
        self.pending_motion = None

    def discard(self, text: str, reason: str) -> None:
        if text.strip():
            self.out.discarded.append(Discarded(text.strip(), reason))


def _minutes_start(units: list[Unit]) -> int:
    """Where the minutes begin: the "Minutes:" label; else after the
    recommendations and contact line; else where the report's "will submit
    ... provides" turns to "submitted ... provided"; else at once."""
    for index, unit in enumerate(units):
        if unit.kind == "label" and unit.label == "minutes":
            return index
    for index, unit in enumerate(units):
        if unit.kind == "label" and unit.label == "recommended":
            return _after_recommendations(units, index + 1)
    for index, unit in enumerate(units[:3]):
        if unit.kind == "text" and FUTURE_REPORT_RE.search(unit.text):
            for later in range(index + 1, len(units)):
                if units[later].kind == "text" and PAST_REPORT_RE.search(
                    units[later].text
                ):
                    return later
    return 0


def _after_recommendations(units: list[Unit], start: int) -> int:
    index = start
    while index < len(units):
        unit = units[index]
        if unit.kind == "label":
            return index
        is_entry = unit.kind in ("numbered", "bullet") or RESOLUTION_START_RE.match(
            unit.text
        )
        if not is_entry and not read_contact(unit.text) and index > start:
            return index
        index += 1
    return index


def _is_sub(unit: Unit, entries: list[Recommendation] | list[Resolution]) -> bool:
    """ "(a)" or "(i)" under "(1)" belongs to that entry."""
    if not entries or unit.number is None or unit.number.isdigit():
        return False
    return bool(entries[-1].number and entries[-1].number.isdigit())


def _on_amendment(vote: str) -> bool:
    """ "The amendment was LOST" decides the amendment, not the motion."""
    return "amendment" in vote.casefold()


def _numbered(resolution: Resolution) -> str:
    number = f"({resolution.number}) " if resolution.number else ""
    return number + resolution.text


def _with_marker(unit: Unit) -> str:
    if unit.kind == "numbered":
        return f"{unit.marker} {unit.text}"
    return unit.text


def _vote(text: str) -> str | None:
    if not _mentions_vote(text):
        return None
    match = VOTE_RE.search(text)
    if not match:
        return None
    vote = match.group(0).strip()
    return "unanimously" if vote.casefold() == "unanimously" else vote


def _vote_only(text: str) -> bool:
    return len(text.split()) <= 20 and _vote(text) is not None


def _mentions_vote(text: str) -> bool:
    """A cheap test before the vote pattern, which is slow on long prose."""
    folded = text.casefold()
    return any(word in folded for word in VOTE_WORDS)


def _same(first: str, second: str) -> bool:
    return _folded(first) == _folded(second)


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def walk_item(item: Item, units: list[Unit]) -> ItemText:
    """Sort ``units`` into ``item``'s sections."""
    out = SectionWalk(item, units).run()
    for owner in dict.fromkeys(_owners(out.action_lines)):
        item.actions.append(Action(owner))
    return out


def _owners(lines: list[str]) -> list[str]:
    owners = []
    for line in lines:
        match = OWNER_TASK_RE.match(line)
        owners.append((match.group("owner") if match else line).strip().rstrip("."))
    return owners
