"""A member named in minutes → the Person of the council, where one is plain.

Minutes name members as they are addressed ("Councillor Reyes", "Cllr P.
Okafor"), not as the council's list spells them ("Priya Okafor"). A name is
matched to a person of the same body by its bare form (titles, full stops
and case dropped): the whole name first, else the surname with the first
initial where one is given. A name that fits no one, or more than one, is left
unmatched: a vote or declaration shown under the wrong member would be worse
than one shown under the name as printed.
"""

import re
from collections import defaultdict

from django.db.models import Q

from ..models import Person

# Titles minutes put before a member's name, longest first.
TITLES = (
    "county councillor",
    "councillor",
    "councilmember",
    "council member",
    "alderman",
    "cllrs",
    "cllr",
    "mayor",
    "deputy mayor",
    "mrs",
    "miss",
    "mr",
    "ms",
    "mx",
    "dr",
)
_TITLES = "|".join(re.escape(t) for t in TITLES)
_TITLE = re.compile(rf"^(?:(?:{_TITLES})\b\.?\s*)+", re.I)


def bare(name: str) -> str:
    """``"Cllr. P. O’Kafor"`` → ``"p o'kafor"``."""
    text = name.replace("\u2019", "'").replace(".", " ")
    return " ".join(_TITLE.sub("", " ".join(text.split())).lower().split())


def people_named(body_id: int | None, names: list[str]) -> dict[str, int]:
    """The person each of ``names`` plainly is, among the body's people."""
    if body_id is None or not names:
        return {}
    people = (
        Person.objects.alive()
        .filter(Q(body_id=body_id) | Q(memberships__committee__body_id=body_id))
        .distinct()
        .values_list("pk", "name")
    )
    whole: dict[str, set[int]] = defaultdict(set)
    surnames: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for pk, name in people:
        words = bare(name).split()
        if words:
            whole[" ".join(words)].add(pk)
            surnames[words[-1]].append((pk, words[0]))
    found = {}
    for name in names:
        words = bare(name).split()
        if not words:
            continue
        exact = whole.get(" ".join(words), set())
        if len(exact) == 1:
            found[name] = next(iter(exact))
            continue
        fits = {
            pk
            for pk, first in surnames.get(words[-1], [])
            if len(words) == 1 or first.startswith(words[0][0])
        }
        if len(fits) == 1:
            found[name] = fits.pop()
    return found
