"""Score the parser against the real labelled corpus.

The corpus (``moot/minutes/tests/corpus/``, see its README) holds real council
pages as retrieved, each with an expectation file written from the text by a
person. ``score`` parses every document and compares field by field; a third
of the documents, chosen by a hash of their URL, is the **unseen** part, kept
aside so that tuning on the rest can be checked against it.

Used by ``bench/accuracy.py`` (figures per field and per publishing system) and
``moot/minutes/tests/test_corpus.py`` (a floor the suite keeps).
"""

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import parse, read_source
from .coverage import lost_words

CORPUS = Path(__file__).resolve().parent / "tests" / "corpus"
Json = dict[str, Any]
FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass
class Document:
    id: str
    path: Path
    url: str
    council: str
    country: str
    system: str
    kind: str
    expect: dict[str, Any]
    group: str = ""  # the manifest the document came in (manifest-<group>.json)

    @property
    def unseen(self) -> bool:
        """A third of the corpus, fixed by the URL, is kept aside."""
        return int(hashlib.sha256(self.url.encode()).hexdigest(), 16) % 3 == 0


@dataclass
class Check:
    field: str
    passed: bool
    detail: str = ""


@dataclass
class Result:
    document: Document
    checks: list[Check] = field(default_factory=list)
    error: str = ""
    lost: int = 0  # words of the input that reached no field

    def add(self, name: str, passed: bool, detail: str = "") -> None:
        self.checks.append(Check(name, passed, "" if passed else detail))


def documents(root: Path = CORPUS) -> list[Document]:
    """Every document of every manifest, in id order."""
    found = []
    for manifest in sorted(root.glob("manifest-*.json")):
        for entry in json.loads(manifest.read_text()):
            expect = json.loads((root / "expect" / f"{entry['id']}.json").read_text())
            found.append(
                Document(
                    id=entry["id"],
                    path=root / entry["file"],
                    url=entry["url"],
                    council=entry["council"],
                    country=entry["country"],
                    system=entry["system"],
                    kind=entry.get("kind", ""),
                    expect=expect,
                    group=manifest.stem.removeprefix("manifest-"),
                )
            )
    return sorted(found, key=lambda d: d.id)


def fold(text: Any) -> str:
    """Case, white space, quotes, dashes and closing punctuation folded."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).translate(FOLD).casefold()
    return " ".join(text.split()).strip(" .:;,")


def score(document: Document) -> Result:
    """Parse one document and check it against its expectations."""
    result = Result(document)
    data = document.path.read_bytes()
    try:
        got = parse(data, document.path.name).to_dict()
        result.lost = len(lost_words(read_source(data, document.path.name), got))
    except Exception as error:  # a document the parser cannot read scores 0
        result.error = f"{type(error).__name__}: {error}"
        result.add("readable", False, result.error)
        return result
    _meeting(result, document.expect.get("meeting") or {}, got["meeting"])
    if "items" in document.expect:
        _items(result, document.expect["items"], got["items"])
    if "declarations" in document.expect:
        _declarations(result, document.expect["declarations"], got["items"])
    for want in document.expect.get("named_votes", []):
        _named_votes(result, want, got["items"])
    return result


def _meeting(result: Result, want: dict[str, Any], got: dict[str, Any]) -> None:
    if "date" in want:
        result.add("meeting.date", want["date"] == got["date"], f"{got['date']}")
    if "committee" in want:
        ok = fold(want["committee"]) == fold(got["committee"])
        result.add("meeting.committee", ok, f"{got['committee']!r}")
    if want.get("venue"):
        ok = fold(want["venue"]) in fold(got["venue"])
        result.add("meeting.venue", ok, f"{got['venue']!r}")
    for kind in ("present", "apologies"):
        names = fold(" ".join(got["attendance"][kind]))
        for name in want.get(kind, []):
            result.add("attendance", fold(name) in names, f"{kind}: {name!r}")


def _items(result: Result, want: list[dict[str, Any]], got: list[Json]) -> None:
    result.add("items", len(want) == len(got), f"{len(got)} items, want {len(want)}")
    for expected, actual in _align(want, got):
        label = expected.get("number") or expected.get("title") or "?"
        if actual is None:
            result.add("item found", False, f"item {label!r} not found")
            continue
        result.add("item found", True)
        _item(result, expected, actual, str(label))


def _align(want: list[Json], got: list[Json]) -> Iterator[tuple[Json, Json | None]]:
    """Pair each expected item with a parsed one: by number, else by title."""
    unused = list(range(len(got)))
    for expected in want:
        match = _find(unused, got, expected, "number") or _find(
            unused, got, expected, "title"
        )
        if match is None and len(want) == len(got):
            index = want.index(expected)
            match = index if index in unused else None
        if match is not None:
            unused.remove(match)
        yield expected, got[match] if match is not None else None


def _find(unused: list[int], got: list[Json], expected: Json, key: str) -> int | None:
    if not expected.get(key):
        return None
    wanted = fold(expected[key])
    return next((i for i in unused if fold(got[i][key]) == wanted), None)


def _item(result: Result, want: Json, got: Json, label: str) -> None:
    for key in ("number", "title"):
        if key in want:
            ok = fold(want[key]) == fold(got[key])
            result.add(key, ok, f"{label}: {got[key]!r}, want {want[key]!r}")
    if want.get("exempt") is not None:
        ok = want["exempt"] == (got["exempt"] is not None)
        result.add("exempt", ok, f"{label}: exempt {got['exempt'] is not None}")
    if "recommendations" in want:
        texts = [r["text"] for r in got["recommendations"]]
        _listed(result, "recommendations", label, want["recommendations"], texts)
    if "resolutions" in want:
        _resolutions(result, label, want["resolutions"], got["resolutions"])
    if "commitments" in want:
        _commitments(result, label, want["commitments"], got["commitments"])
    if "exchanges" in want:
        ok = want["exchanges"] == len(got["exchanges"])
        result.add("exchanges", ok, f"{label}: {len(got['exchanges'])} exchanges")
    for reference in want.get("previous_references", []):
        ok = any(fold(reference) in fold(r) for r in got["previous_references"])
        result.add("references", ok, f"{label}: {reference!r}")


def _listed(
    result: Result, name: str, label: str, want: list[str], got: list[str]
) -> None:
    result.add(name, len(want) == len(got), f"{label}: {len(got)}, want {len(want)}")
    for snippet in want:
        ok = any(fold(snippet) in fold(text) for text in got)
        result.add(name, ok, f"{label}: {snippet[:50]!r} not found")


def _resolutions(result: Result, label: str, want: list[Json], got: list[Json]) -> None:
    _listed(
        result,
        "resolutions",
        label,
        [w["text"] for w in want],
        [g["text"] for g in got],
    )
    for expected in want:
        if not expected.get("vote"):
            continue
        match = _matching(expected["text"], got, "text")
        vote = match.get("vote") if match else None
        ok = bool(vote) and fold(expected["vote"]) in fold(vote)
        result.add("votes", ok, f"{label}: vote {vote!r}, want {expected['vote']!r}")


def _commitments(result: Result, label: str, want: list[Json], got: list[Json]) -> None:
    n = len(got)
    result.add("commitments", len(want) == n, f"{label}: {n}, want {len(want)}")
    for expected in want:
        match = _matching(expected["text"], got, "text")
        snippet = expected["text"][:50]
        result.add("commitments", match is not None, f"{label}: {snippet!r} missed")
        if match is None:
            continue
        for key, name in (("owner", "owner"), ("recipient", "recipient")):
            if expected.get(key):
                ok = _same_party(expected[key], match.get(key))
                result.add(name, ok, f"{label}: {key} {match.get(key)!r}")
        if expected.get("due_date"):
            ok = expected["due_date"] == match.get("due_date")
            result.add("due", ok, f"{label}: due {match.get('due_date')}")


def _matching(snippet: str, got: list[Json], key: str) -> Json | None:
    wanted = fold(snippet)
    return next((g for g in got if wanted in fold(g.get(key))), None)


def _same_party(want: str, got: str | None) -> bool:
    """ "the Director" and "Director" are one party; so are the same words."""
    return bool(got) and _bare(want) == _bare(got or "")


def _bare(party: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", fold(party))


def _declarations(result: Result, want: list[Json], items: list[Json]) -> None:
    """Declarations of interest, wherever the page's items put them: an empty
    list checks that none is read from "No declarations were made"."""
    got = [d for item in items for d in item.get("declarations", [])]
    n = len(got)
    result.add("declarations", len(want) == n, f"{n} declarations, want {len(want)}")
    unused = list(got)
    for expected in want:
        match = next((d for d in unused if _declared(expected, d)), None)
        detail = f"{expected['member']!r} {expected.get('kind') or ''} not found"
        result.add("declarations", match is not None, detail)
        if match is not None:
            unused.remove(match)


def _declared(want: Json, got: Json) -> bool:
    if fold(want["member"]) not in fold(got["member"]):
        return False
    if want.get("kind") and fold(want["kind"]) not in fold(got.get("kind")):
        return False
    about = want.get("about_item")
    return not about or fold(about) == fold(got.get("about_item"))


def _named_votes(result: Result, want: Json, items: list[Json]) -> None:
    """Each member's vote on the resolution the snippet names; an empty list
    of a choice checks that nobody is read as voting that way."""
    resolutions = [r for item in items for r in item["resolutions"]]
    match = _matching(want["resolution"], resolutions, "text")
    votes = match.get("named_votes", []) if match else []
    for choice in ("for", "against", "abstain", "absent"):
        if choice not in want:
            continue
        names = [fold(v["name"]) for v in votes if v["choice"] == choice]
        if not want[choice]:
            result.add("named votes", not names, f"{choice}: {names}, want none")
        for name in want[choice]:
            ok = any(fold(name) in n for n in names)
            result.add("named votes", ok, f"{choice}: {name!r} not read")
