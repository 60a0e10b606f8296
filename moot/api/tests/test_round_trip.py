"""A second Moot imports this one's OParl API with ``moot import oparl``'s own
code and ends with the same committees, meetings, items and people; a second
import changes nothing. The API's answers are recorded by walking it, then
served from 127.0.0.1 while the database is emptied and filled again."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Q
from django.test import Client

from moot.importers.http import Client as HttpClient
from moot.importers.http import Limits
from moot.importers.oparl.source import run
from moot.importers.tests.server import Reply, Server, Site
from moot.records.models import AgendaItem, Committee, Document, Meeting, Person

from .oparl_walk import Walk

pytestmark = pytest.mark.django_db


def picture() -> dict[str, set]:
    """What must survive the trip, by name and date rather than by key."""
    committees = Committee.objects.public()
    people = Person.objects.public().filter(
        Q(body__deleted__isnull=True, body__isnull=False)
        | Q(memberships__committee__in=committees)
    )
    meetings = Meeting.objects.public()
    items = AgendaItem.objects.public().select_related("meeting__committee")
    return {
        "committees": {
            (c.body.name, c.name) for c in committees.select_related("body")
        },
        "people": set(people.values_list("name", flat=True)),
        "meetings": {
            (m.committee.name, m.date, m.start_time, m.venue, m.status == "cancelled")
            for m in meetings.select_related("committee")
        },
        "items": {
            (
                i.meeting.committee.name,
                i.meeting.date,
                i.number.rstrip("."),
                i.title,
                i.is_exempt,
            )
            for i in items
        },
        "papers": {
            (d.meeting.committee.name, d.meeting.date, d.role, d.title)
            for d in Document.objects.public()
            .filter(meeting__isnull=False)
            .select_related("meeting__committee")
        },
        "seats": {
            (m.person.name, m.committee.name, m.role, m.start, m.end)
            for p in people
            for m in p.memberships.alive().select_related("committee", "person")
        },
    }


def empty_the_database() -> None:
    """Every table emptied, inside the test's transaction (rolled back after)."""
    if connection.vendor == "postgresql":  # deferred checks block TRUNCATE
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)


def serve(site: Site, walk: Walk) -> None:
    site.rewrite["http://testserver"] = site.url
    for path, body in walk.answers.items():
        site.add(path, Reply(body, content_type="application/json"))


def import_api(site: Site, tmp_path) -> object:
    client = HttpClient(
        tmp_path / "fetched", limits=Limits(min_interval=0, backoff=0, timeout=5)
    )
    return run(
        client,
        f"{site.url}/oparl/",
        state_file=tmp_path / "state.json",
        full=True,
        documents=False,
    )


def test_a_second_moot_imports_the_api_and_ends_the_same(council, tmp_path):
    before = picture()
    walk = Walk(Client()).run()
    empty_the_database()
    assert not Meeting.objects.exists()
    site = Site()
    with Server(site):
        serve(site, walk)
        summary = import_api(site, tmp_path)
        assert summary.failures == []
        after = picture()
        for part in before:
            assert after[part] == before[part], part
        again = import_api(site, tmp_path)
    assert again.failures == []
    changed = {
        key: n
        for key, n in again.tally.counts.items()
        if key[1] not in ("unchanged",) and n
    }
    assert again.tally.get("items", "unchanged") > 0, again.tally.counts
    assert changed == {}, again.tally.counts
    assert picture() == before
