"""Recorded votes by name, read from the lines of a vote (issue 17).

``read_named_votes`` turns "For: Cllrs A, B and C; Against: Cllr D",
"AYES: Councilmembers ... NOES: None", "Daysog: No; Knox White: Aye" or
"Lyons, Conklin & Harris voting aye" into one ``NamedVote`` per member. The
item walk gives them to the motion the vote settles; the lines stay in the
narrative or the vote as written.
"""

import re

from .named_vote_phrases import (
    AFTER,
    EACH,
    LABEL_TAIL,
    LABELS,
    LOWER_PARTICLES,
    NOBODY,
    NOT_A_NAME,
    TITLES,
)
from .records import NamedVote, Resolution

_LABEL = re.compile(
    r"(?:^|(?<=[\s;.,|(]))(?:"
    + "|".join(f"(?P<l{i}>{c.pattern})" for i, c in enumerate(LABELS))
    + r")"
    + LABEL_TAIL,
    re.IGNORECASE,
)
_EACH = EACH.regex
_AFTER = re.compile(
    r"(?P<names>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
    r"(?:\s*(?:,|&|\band\b)\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)*)\s+(?:"
    + "|".join(f"(?P<a{i}>{c.pattern})" for i, c in enumerate(AFTER))
    + r")\b",
)
_TITLE = re.compile(r"^(?:" + TITLES + r")+")
_SPLIT = re.compile(r"\s*(?:;|,|&|\||\band\b)\s*")
_CHOICE = {"aye": "for", "yes": "for", "yea": "for", "no": "against", "nay": "against"}


def read_named_votes(text: str) -> list[NamedVote]:
    """The members named with their votes in ``text``; none where it names
    nobody ("NOES: None", "Ayes: 4. Noes: 1.")."""
    # Each convention needs its mark: a colon or spaced dash after a label or
    # a name, or a verb after a list; most lines have none and cost one scan.
    marked = ":" in text or " - " in text or " – " in text
    lowered = text.casefold()
    after = "voting " in lowered or "voted " in lowered or "abstained" in lowered
    votes = (marked and (_labelled(text) or _each(text))) or (after and _after(text))
    votes = votes or []
    seen: set[tuple[str, str]] = set()
    unique = []
    for vote in votes:
        if (vote.name, vote.choice) not in seen:
            seen.add((vote.name, vote.choice))
            unique.append(vote)
    return unique


def _labelled(text: str) -> list[NamedVote]:
    matches = list(_LABEL.finditer(text))
    votes: list[NamedVote] = []
    for match, following in zip(matches, [*matches[1:], None], strict=False):
        end = following.start() if following else len(text)
        index = next(i for i, value in enumerate(match.groups()) if value)
        choice = LABELS[index].choice
        votes.extend(
            NamedVote(name, choice) for name in _names(text[match.end() : end])
        )
    return votes


def _each(text: str) -> list[NamedVote]:
    votes: list[NamedVote] = []
    for match in _EACH.finditer(text):
        name = _TITLE.sub("", match.group("name")).strip()
        choice = match.group("choice").casefold().removesuffix("ed")
        choice = _CHOICE.get(choice, choice)
        if name:
            votes.append(NamedVote(name, choice))
    return votes


def _after(text: str) -> list[NamedVote]:
    votes: list[NamedVote] = []
    for match in _AFTER.finditer(text):
        index = next(
            i for i, value in enumerate(match.groups()[1:]) if value is not None
        )
        choice = AFTER[index].choice
        votes.extend(NamedVote(name, choice) for name in _names(match.group("names")))
    return votes


def _names(listed: str) -> list[str]:
    """ "Lord Provost; and Councillors Adam, Allan and Young." is three names
    and a title; "None", counts and "(Total 8)" are nobody."""
    listed = re.sub(r"\(total\s+\d+\)|\(\d+\)", " ", listed, flags=re.IGNORECASE)
    listed = listed.strip(" .;:-–|")
    names = []
    for part in _SPLIT.split(listed):
        name = _TITLE.sub("", part.strip(" .")).strip(" .")
        if not name or name.casefold() in NOBODY or len(name.rstrip(".")) < 2:
            continue
        if not (name[0].isupper() or name.split()[0] in LOWER_PARTICLES):
            continue
        if name.split()[0].casefold() in NOT_A_NAME:
            continue
        if len(name.split()) > 4 or any(ch.isdigit() for ch in name):
            continue
        names.append(name)
    return names


def merge_named_votes(resolution: Resolution, votes: list[NamedVote]) -> None:
    """Add ``votes`` to the resolution's, each member once per choice."""
    seen = {(v.name, v.choice) for v in resolution.named_votes}
    for vote in votes:
        if (vote.name, vote.choice) not in seen:
            seen.add((vote.name, vote.choice))
            resolution.named_votes.append(vote)


def is_roll_call(votes: list[NamedVote]) -> bool:
    """Votes cast, not an attendance line ("Absent: Councilmember Wesp")."""
    return any(vote.choice != "absent" for vote in votes)
