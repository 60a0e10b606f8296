"""Moot's UK extension: what English minutes record that OParl has no name for.

Keys carry OParl's vendor prefix ``moot:`` and are documented in docs/api.md.
Everything comes from ``public_sections_of`` (moot/site/sections.py), the
same view of an item its public page is built from, so an exempt item yields
nothing here but the law's words for why it is withheld.
"""

from typing import Any

from moot.records.models import AgendaItem, Declaration, Meeting, Report
from moot.site.sections import ItemSections
from moot.tracker.models import InformationRequest

from .links import Links, stamp

Object = dict[str, Any]


def exempt(row: AgendaItem) -> Object:
    """Why an item is withheld, in the words of Schedule 12A (as its page says)."""
    return {
        "paragraphs": [
            {"paragraph": number, "description": words}
            for number, words in row.exempt_categories()
        ]
    }


def resolution_text(s: ItemSections) -> Object:
    """OParl's ``resolutionText`` and ``result``: the item's resolutions in one."""
    resolutions = s.resolutions
    if not resolutions:
        return {}
    text = "\n".join(
        f"({r.number}) {r.text}" if r.number else r.text for r in resolutions
    )
    obj: Object = {"resolutionText": text}
    tallies = [r.vote for r in resolutions if r.vote]
    if tallies:
        obj["result"] = "; ".join(tallies)
    return obj


def item(links: Links, row: AgendaItem, s: ItemSections) -> Object:
    """The ``moot:`` keys of an open agenda item, from its ``sections``."""
    obj: Object = {
        "moot:recommendations": [_numbered(r) for r in s.recommendations],
        "moot:minutes": [
            {"kind": b.kind, "text": b.text, "items": b.items} for b in s.minutes
        ],
        "moot:resolutions": [_resolution(links, r) for r in s.resolutions],
        "moot:questions": [_question(q) for q in s.questions],
        "moot:representations": [
            {"by": r.by, "points": r.points} for r in s.representations
        ],
        "moot:actions": [{"owner": a.owner} for a in s.actions],
        "moot:informationRequests": [
            information_request(r) for r in s.information_requests
        ],
        "moot:commitments": [commitment(links, c) for c in s.commitments],
        "moot:fulfils": [links.absolute(c.get_absolute_url()) for c in s.fulfils],
        "moot:follows": [links.object("agenda-item", i.pk) for i in s.follows],
        "moot:followedBy": [links.object("agenda-item", i.pk) for i in s.followed_by],
    }
    if row.issue_id and row.issue and row.issue.deleted is None:
        obj["moot:issue"] = {
            "title": row.issue.title,
            "web": links.absolute(row.issue.get_absolute_url()),
        }
    if row.webcast_start is not None:  # 0 is the start of the recording
        obj["moot:webcastStart"] = row.webcast_start
    return {key: value for key, value in obj.items() if value or key.endswith("Start")}


def meeting(links: Links, row: Meeting, declarations: list[Declaration]) -> Object:
    """A meeting's webcast link and the interests declared at it.

    ``declarations`` come from ``Declaration.objects.public()``: an interest
    that could describe an exempt item is left out (``interestWithheld``).
    """
    obj: Object = {}
    if row.webcast_url:
        obj["moot:webcast"] = row.webcast_url
    if declarations:
        obj["moot:declarations"] = [_declaration(links, d) for d in declarations]
    return obj


def _declaration(links: Links, row: Declaration) -> Object:
    obj: Object = {"member": row.member, "kind": row.kind}
    if row.person_id and row.person and row.person.deleted is None:
        obj["person"] = links.object("person", row.person_id)
    if row.about_item_id and row.about_item and row.about_item.deleted is None:
        obj["aboutItem"] = links.object("agenda-item", row.about_item_id)
    if row.about_number:
        obj["aboutNumber"] = row.about_number
    public = getattr(row, "public_interest", "")
    if public:
        obj["interest"] = public
    else:
        obj["interestWithheld"] = bool(getattr(row, "interest_withheld", True))
    return obj


def report(row: Report) -> Object:
    """The ``moot:`` keys of a paper: the report's summary, author and contact."""
    pairs = [
        ("moot:summary", row.summary),
        ("moot:author", row.author),
        ("moot:contactName", row.contact_name),
        ("moot:contactPhone", row.contact_phone),
    ]
    return {key: value for key, value in pairs if value}


def _numbered(row: Any) -> Object:
    return {"number": row.number, "text": row.text}


def _resolution(links: Links, row: Any) -> Object:
    obj = _numbered(row)
    if row.vote:
        obj["vote"] = row.vote
    for key in ("votes_for", "votes_against", "abstentions"):
        if getattr(row, key) is not None:
            obj[_camel(key)] = getattr(row, key)
    votes = [
        {"name": v.name, "choice": v.choice}
        | ({"person": links.object("person", v.person_id)} if v.person_id else {})
        for v in row.public_votes
    ]
    if votes:
        obj["votes"] = votes
    return obj


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _question(row: Any) -> Object:
    return {
        "askedBy": row.asked_by,
        "points": row.points,
        "responses": [{"by": r.by, "text": r.text} for r in row.responses.all()],
    }


def information_request(row: InformationRequest) -> Object:
    obj: Object = {
        "text": row.text,
        "askedBy": row.asked_by,
        "requestedOf": row.requested_of,
        "outcome": row.outcome,
    }
    if row.answer:
        obj["answer"] = row.answer
    if row.reason:
        obj["reason"] = row.reason
    if row.answered:
        obj["answered"] = row.answered.isoformat()
    return obj


def commitment(links: Links, row: Any) -> Object:
    """A promise: owner, due date, status, what fulfilled it, and its history.

    ``row`` comes with its public fulfilments, events and updates prefetched
    (``embeds.prepare``); an event's item is linked only where it is open.
    """
    obj: Object = {
        "web": links.absolute(row.get_absolute_url()),
        "kind": row.kind,
        "text": row.text,
        "owner": row.owner,
        "recipient": row.recipient,
        "duePhrase": row.due_phrase,
        "dueDate": row.due_date.isoformat() if row.due_date else None,
        "dueAtNextMeeting": row.due_at_next_meeting,
        "status": row.status,
        "created": stamp(row.created),
        "modified": stamp(row.modified),
    }
    if row.fulfilled_on:
        obj["fulfilledOn"] = row.fulfilled_on.isoformat()
    obj["fulfilledBy"] = [
        links.object("agenda-item", f.item_id) for f in row.public_fulfilments
    ]
    obj["history"] = [
        {
            "at": stamp(e.at),
            "from": e.from_status,
            "to": e.to_status,
            "why": e.why,
            "by": e.by_name,
        }
        | (
            {"agendaItem": links.object("agenda-item", e.item_id)}
            if e.item_open
            else {}
        )
        for e in row.public_events
    ]
    obj["updates"] = [
        {"on": u.on.isoformat(), "rag": u.rag, "note": u.note, "by": u.by_name}
        for u in row.public_updates
    ]
    return obj


def _who(links: Links, row: Any) -> Object:
    """The decision maker as written, and the committee or person it names."""
    obj: Object = {"decisionMaker": row.decision_maker}
    if row.committee_id:
        obj["organization"] = links.object("organization", row.committee_id)
    if row.person_id:
        obj["person"] = links.object("person", row.person_id)
    return obj


def _day(value: Any) -> str | None:
    return value.isoformat() if value else None


def _withheld(row: Any) -> Object:
    return {"public": False, "moot:exempt": exempt(row)}


def decision(links: Links, row: Any) -> Object:
    """A decision of the register (type ``moot:Decision``). An exempt one
    gives its title, dates, decision maker and paragraphs, no text."""
    obj: Object = {
        "body": links.object("body", row.body_id),
        "name": row.title,
        **_who(links, row),
        "date": _day(row.decided),
        "published": _day(row.published),
        "keyDecision": row.is_key,
        "subjectToCallIn": row.subject_to_call_in,
        "callInDeadline": _day(row.call_in_deadline),
        "status": row.status,
        "wards": row.ward_list(),
    }
    if row.agenda_item_id:
        obj["agendaItem"] = links.object("agenda-item", row.agenda_item_id)
    if row.withheld:
        return obj | _withheld(row)
    texts = {
        "purpose": row.shown_purpose,
        "text": row.shown_text,
        "reasons": row.shown_reasons,
        "alternatives": row.shown_alternatives,
    }
    obj |= {key: value for key, value in texts.items() if value}
    obj["documents"] = [
        {"name": d.title, "accessUrl": d.url} for d in row.shown_documents()
    ]
    return obj | {"public": True}


def forward_plan_entry(links: Links, row: Any) -> Object:
    """Notice of a decision to come (type ``moot:ForwardPlanEntry``)."""
    obj: Object = {
        "body": links.object("body", row.body_id),
        "name": row.title,
        **_who(links, row),
        "expected": _day(row.expected),
        "expectedText": row.expected_text,
        "firstPublished": _day(row.first_published),
        "keyDecision": row.is_key,
        "wards": row.ward_list(),
    }
    if row.decision_id:
        obj["decision"] = links.object("decision", row.decision_id)
    if row.is_exempt:
        return obj | _withheld(row)
    return obj | {"summary": row.shown_summary, "public": True}


def registered_interest(links: Links, row: Any) -> Object:
    """One entry of a councillor's register (type ``moot:RegisteredInterest``)."""
    return {
        "person": links.object("person", row.person_id),
        "category": row.category,
        "description": row.description,
        "registered": _day(row.registered),
        "updated": _day(row.updated),
        "source": row.url,
    }
