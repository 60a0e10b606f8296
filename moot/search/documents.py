"""What the index holds, read from the database through the exempt rule.

Every row comes through ``AgendaItem.objects.public().open()`` and the content
models' ``public()`` querysets (``moot/records/models/exempt.py``), so exempt
items and exempt documents never reach the index; an item that is not (or no
longer) open simply yields no records, and indexing it removes the old ones.

Per open item: one ``item`` record (title, report summaries,
recommendations, minutes, questions and answers, representations, information
requests, resolutions, commitments, actions), one ``resolution`` record per
resolution, one ``commitment`` record per commitment, and one ``document``
record per public document with its extracted text.
"""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from django.urls import reverse

from moot.records.models import (
    Action,
    AgendaItem,
    Document,
    MinutesBlock,
    Question,
    QuestionResponse,
    Recommendation,
    Report,
    Representation,
    Resolution,
)
from moot.tracker.models import Commitment, InformationRequest

from .engine import SearchDocument

CHUNK = 2000  # items read per round of queries


def _among(ids: list[int], field: str = "agenda_item__pk") -> dict:
    """A filter on ``field`` for the items ``ids``.

    A reindex reads items in id order, so its chunks are nearly dense: a range
    is then much cheaper for Django to build than an ``IN`` list of thousands.
    It can take in rows of items not in ``ids`` (exempt ones, say); every
    reader below keeps only the rows of ``ids``.
    """
    ids = sorted(ids)
    if ids and ids[-1] - ids[0] < 2 * len(ids):
        return {f"{field}__range": (ids[0], ids[-1])}
    return {f"{field}__in": ids}


def _flat(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_flat(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_flat(v) for v in value)
    return "" if value is None else str(value)


def _item_texts(ids: list[int]) -> dict[int, list[str]]:
    """Every piece of an item's own text, in reading order, by item."""
    texts: dict[int, list[str]] = defaultdict(list)
    sources: list[tuple[Any, list[str]]] = [
        (Report, ["title", "summary", "author"]),
        (Recommendation, ["text"]),
        (MinutesBlock, ["text", "items"]),
        (Question, ["asked_by", "points"]),
        (Representation, ["by", "points"]),
        (InformationRequest, ["text", "requested_of", "reason"]),
        (Resolution, ["text"]),
        (Commitment, ["text", "owner", "recipient"]),
        (Action, ["owner"]),
    ]
    for model, fields in sources:
        rows = (
            model.objects.public()
            .filter(**_among(ids))
            .order_by("agenda_item", "position")
            .values_list("agenda_item_id", *fields)
        )
        for item, *values in rows:
            texts[item].extend(_flat(v) for v in values if v)
    responses = (
        QuestionResponse.objects.filter(
            deleted__isnull=True,
            question__in=Question.objects.public().filter(**_among(ids)),
        )
        .order_by("question", "position")
        .values_list("question__agenda_item_id", "by", "text")
    )
    for item, by, text in responses:
        texts[item].extend(v for v in (by, text) if v)
    return texts


def documents_for(ids: Iterable[int]) -> list[SearchDocument]:
    """The records of those of ``ids`` that are open to the public."""
    wanted = set(ids)
    rows = (
        AgendaItem.objects.public()
        .open()
        .filter(**_among(list(wanted), "pk"))
        .values_list(
            "pk",
            "title",
            "slug",
            "meeting__date",
            "meeting__committee__slug",
            "meeting__committee__body__slug",
        )
    )
    # One reverse() for all: it costs as much as reading an item's row.
    item_url = reverse("item", args=[0, "slug"]).replace("0-slug", "{}-{}").format
    items = {
        pk: {
            "item": pk,
            "url": item_url(pk, slug or "item"),
            "body": body,
            "committee": committee,
            "date": day,
            "title": title,
        }
        for pk, title, slug, day, committee, body in rows
        if pk in wanted
    }
    if not items:
        return []
    ids = list(items)
    texts = _item_texts(ids)
    statuses: dict[int, set[str]] = defaultdict(set)
    dues: dict[int, set[date]] = defaultdict(set)
    out = list(_commitments(items, statuses, dues))
    out += _resolutions(items)
    out += _documents(items)
    for pk, facts in items.items():
        text = "\n".join([*texts.get(pk, [])])
        out.append(
            SearchDocument(
                key=f"item:{pk}",
                kind="item",
                text=text,
                status=tuple(sorted(statuses[pk])),
                open_due=tuple(sorted(dues[pk])),
                **facts,
            )
        )
    return out


def _common(facts: dict, **changes) -> dict:
    return {**facts, **changes}


def _resolutions(items: dict) -> Iterator[SearchDocument]:
    rows = (
        Resolution.objects.public()
        .filter(**_among(list(items)))
        .values_list("pk", "agenda_item_id", "number", "position", "text")
    )
    for pk, item, number, position, text in rows:
        if item not in items:
            continue
        facts = items[item]
        yield SearchDocument(
            key=f"resolution:{pk}",
            kind="resolution",
            text=text,
            **_common(
                facts,
                title=f"Resolution ({number})" if number else "Resolution",
                url=f"{facts['url']}#resolution-{position}",
            ),
        )


def _commitments(items: dict, statuses: dict, dues: dict) -> Iterator[SearchDocument]:
    """One record per commitment; gathers each item's statuses and open due dates."""
    rows = (
        Commitment.objects.public()
        .filter(**_among(list(items)))
        .values_list(
            "pk",
            "agenda_item_id",
            "position",
            "text",
            "owner",
            "due_phrase",
            "status",
            "due_date",
        )
    )
    for pk, item, position, text, owner, due, status, due_date in rows:
        if item not in items:
            continue
        facts = items[item]
        statuses[item].add(status)
        open_due: tuple[date, ...] = ()
        if status == Commitment.Status.OPEN:
            open_due = (due_date or date.max,)
            dues[item].update(open_due)
        yield SearchDocument(
            key=f"commitment:{pk}",
            kind="commitment",
            text="\n".join(v for v in (text, due) if v),
            status=(status,),
            open_due=open_due,
            **_common(
                facts,
                title=f"Commitment: {owner}" if owner else "Commitment",
                url=f"{facts['url']}#commitment-{position}",
            ),
        )


def _documents(items: dict) -> Iterator[SearchDocument]:
    rows = (
        Document.objects.public()
        .filter(**_among(list(items)))
        .values_list("pk", "agenda_item_id", "title", "text")
    )
    for pk, item, title, text in rows:
        if item not in items:
            continue
        yield SearchDocument(
            key=f"document:{pk}",
            kind="document",
            text=text,
            **_common(items[item], title=title, url=reverse("document", args=[pk])),
        )


def open_item_ids() -> Iterator[list[int]]:
    """Every open item's id, in chunks, without holding them all at once."""
    last = 0
    while True:
        chunk = list(
            AgendaItem.objects.public()
            .open()
            .filter(pk__gt=last)
            .order_by("pk")
            .values_list("pk", flat=True)[:CHUNK]
        )
        if not chunk:
            return
        yield chunk
        last = chunk[-1]
