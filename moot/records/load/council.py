"""The council's own records: its body, committees, people and memberships.

Each is upserted by its ``source_id``; a record without one (a minutes file
names only its council and committee) is found by name. ``store_deletions``
soft-deletes what a source says it has deleted.
"""

from moot.importers import records as plain

from ..models import AgendaItem, Body, Committee, Meeting, Membership, Person, Report
from ..slugs import unique_slug
from .documents import delete_reports
from .rows import Provenance, Tally, check_name, upsert


def store_body(record: plain.Body, provenance: Provenance, tally: Tally) -> Body:
    """The Body a source speaks for: found by source id, else by name.

    A body named without a source id (by a minutes file) is only found or made:
    a name longer than its column is refused (``LoadError``).
    """
    if not record.source_id:
        check_name("body", record.name, Body)
    row = record.source_id and Body.objects.filter(source_id=record.source_id).first()
    row = row or Body.objects.filter(name=record.name).first()
    if row is not None and not record.source_id:
        return row  # named by minutes: found, nothing to write
    values = {"name": record.name, "source_id": record.source_id}
    if record.website:
        values["website"] = record.website
    if row is not None and row.source_id and row.name != record.name:
        values["name"] = row.name  # renamed by a person: their name stands
    create = {"slug": unique_slug(Body, record.name)} if row is None else {}
    return upsert(Body, row, values, provenance, tally, "bodies", create)


def discard_empty_bodies(existing: set[int], tally: Tally) -> list[str]:
    """Delete the bodies created since ``existing`` was taken that hold nothing.

    An import that could read nothing for a council (its server down, every
    list refused) must not leave an empty council on the public site. A body
    that already existed, or that anything refers to, stays. Returns the
    names of the bodies deleted.
    """
    gone = []
    for body in Body.objects.exclude(pk__in=existing):
        held = (
            getattr(body, relation.get_accessor_name() or "").exists()
            for relation in Body._meta.related_objects
            if relation.one_to_many
        )
        if not any(held):
            gone.append(body.name)
            body.delete()
            tally.add("bodies", "created", -1)
    return gone


def store_committees(
    body: Body,
    records: list[plain.Committee],
    provenance: Provenance,
    tally: Tally,
) -> dict[str, Committee]:
    """Upsert committees; returns them by source id."""
    return {r.source_id: committee(body, r, provenance, tally) for r in records}


def committee(
    body: Body, record: plain.Committee, provenance: Provenance, tally: Tally
) -> Committee:
    """Upsert one committee; one without a source id is found or made by name."""
    if not record.source_id:
        return _named_committee(body, record.name, provenance, tally)
    row = Committee.objects.filter(source_id=record.source_id).first()
    if row is None:  # one a minutes file made earlier, under the same name
        row = Committee.objects.filter(
            body=body, name=record.name, source_id=""
        ).first()
    name = record.name
    others = Committee.objects.filter(body=body, name=name)
    if others.exclude(pk=row.pk if row else None).exists():
        name = f"{name} ({record.source_id.rstrip('/').rsplit('/', 1)[-1]})"
    values = {
        "body_id": body.pk,
        "name": name,
        "source_id": record.source_id,
        "deleted": None,
    }
    if record.purpose:  # a meeting list names the committee, nothing more
        values["purpose"] = record.purpose
    create = {"slug": _committee_slug(body, name)} if row is None else {}
    return upsert(Committee, row, values, provenance, tally, "committees", create)


def _named_committee(
    body: Body, name: str, provenance: Provenance, tally: Tally
) -> Committee:
    check_name("committee", name, Committee)
    row = Committee.objects.filter(body=body, name=name).first()
    if row is not None:
        tally.add("committees", "unchanged")
        return row
    values = {"body_id": body.pk, "name": name, "slug": _committee_slug(body, name)}
    return upsert(Committee, None, values, provenance, tally, "committees")


def _committee_slug(body: Body, name: str) -> str:
    """The committee's name as a slug, or the body's and its name if taken."""
    taken = Committee.objects.filter(slug=unique_slug(Committee, name)).exists()
    return unique_slug(Committee, f"{body.slug} {name}" if taken else name)


def store_people(
    body: Body,
    records: list[plain.Person],
    provenance: Provenance,
    tally: Tally,
    *,
    create_only: bool = False,
) -> list[str]:
    """Upsert people and their memberships; returns warnings.

    With ``create_only`` a person already stored is left as it is: people named
    in a meeting's attendance must not overwrite what a councillor list says.
    """
    warnings: list[str] = []
    committees = dict(
        Committee.objects.filter(body=body).values_list("source_id", "pk")
    )
    for record in records:
        row = Person.objects.filter(source_id=record.source_id).first()
        if row is not None and create_only:
            warnings += _memberships(row, record, committees, provenance, tally, True)
            continue
        values = {
            "name": record.name,
            "kind": record.kind,
            "party": record.party,
            "ward": record.ward,
            "role": record.role,
            "body_id": body.pk,
            "source_id": record.source_id,
            "deleted": None,
        }
        create = {"slug": unique_slug(Person, record.name)} if row is None else {}
        row = upsert(Person, row, values, provenance, tally, "people", create)
        warnings += _memberships(
            row, record, committees, provenance, tally, create_only
        )
    return warnings


def _memberships(
    person: Person,
    record: plain.Person,
    committees: dict[str, int],
    provenance: Provenance,
    tally: Tally,
    additive: bool = False,
) -> list[str]:
    """Upsert ``record``'s memberships; unless ``additive``, end the others."""
    warnings, kept = [], []
    for m in record.memberships:
        committee_id = committees.get(m.committee)
        if committee_id is None:
            warnings.append(f"{record.name}: membership of unknown {m.committee}")
            continue
        row = Membership.objects.filter(source_id=m.source_id).first()
        values = {
            "person_id": person.pk,
            "committee_id": committee_id,
            "role": m.role,
            "start": m.start,
            "end": m.end,
            "source_id": m.source_id,
            "deleted": None,
        }
        upsert(Membership, row, values, provenance, tally, "memberships")
        kept.append(m.source_id)
    gone = person.memberships.alive().exclude(source_id="").exclude(source_id__in=kept)
    if additive or not record.memberships or not gone.exists():
        return warnings
    tally.add("memberships", "deleted", gone.soft_delete())
    return warnings


def store_deletions(
    kind: str, source_ids: list[str], provenance: Provenance, tally: Tally
) -> None:
    """Soft-delete the rows the source says it has deleted."""
    if kind == "reports":  # a paper: its reports on every item, and their files
        delete_reports(Report.objects.filter(source_id__in=source_ids), tally)
        return
    model = {
        "committees": Committee,
        "people": Person,
        "meetings": Meeting,
        "items": AgendaItem,
    }[kind]
    for start in range(0, len(source_ids), 500):
        rows = model.objects.filter(  # type: ignore[misc]  # each model has source_id
            source_id__in=source_ids[start : start + 500], deleted__isnull=True
        )
        tally.add(kind, "deleted", rows.soft_delete())


def held_committees(body: Body) -> dict[str, plain.Committee]:
    """The body's committees that came from a source, by source id.

    A source's meetings name their committee by its identifier; on an
    incremental run the committee list holds only those changed since.
    """
    rows = Committee.objects.filter(body=body).exclude(source_id="")
    return {
        sid: plain.Committee(sid, name)
        for sid, name in rows.values_list("source_id", "name")
    }
