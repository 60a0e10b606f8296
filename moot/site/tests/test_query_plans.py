"""Every public page finds its rows through indexes, whatever SQLite's statistics say.

After ``ANALYZE`` a nullable foreign key that is mostly NULL (``fulfilled_by``,
``superseded_by``, ``deleted``) can look useless to SQLite's planner, which then
scans the whole table on every cold page. Each page's queries are explained
here, on sample data with fresh statistics; a full scan of a large table fails.
"""

import re
from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.records.models import AgendaItem, Committee, Meeting, Person
from moot.records.planner import analyze
from moot.sample.councils import generate
from moot.tracker.models import Commitment

# Tables that grow with the record; small lookup tables may be scanned.
LARGE = re.compile(
    r"\bSCAN (records_agendaitem|records_resolution|records_minutesblock|"
    r"records_recommendation|records_document|records_report|records_question|"
    r"records_attendance|records_itemreference|records_declaration|records_vote|tracker_commitment|"
    r"tracker_fulfilment|tracker_commitmentevent|tracker_proposal\w*)\b(?! USING)"
)


@pytest.fixture
def pages(stored_seed) -> list[str]:
    if connection.vendor != "sqlite":
        pytest.skip("explains SQLite's plans; PostgreSQL plans by its own statistics")
    generate(items=400, seed=2, today=date(2026, 11, 1))
    analyze()
    items = list(AgendaItem.objects.public().order_by("pk")[::40])
    committee = Committee.objects.filter(body__is_sample=True).first()
    meeting = Meeting.objects.filter(committee=committee).first()
    commitment = Commitment.objects.order_by("pk").last()
    person = Person.objects.first()
    assert committee and meeting and commitment and person
    return [
        "/",
        "/committees/",
        committee.get_absolute_url(),
        meeting.get_absolute_url(),
        *(item.get_absolute_url() for item in items),
        "/commitments/",
        "/commitments/?status=overdue",
        commitment.get_absolute_url(),
        person.get_absolute_url(),
        "/councillors/",
        committee.body.get_absolute_url(),
    ]


def _scans(sql: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        plan = [row[-1] for row in cursor.fetchall()]
    return [step for step in plan if LARGE.search(step)]


def test_no_public_page_scans_a_large_table(client, pages):
    found = []
    for url in pages:
        cache.clear()  # a cold page: built, not served from the cache
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        for query in queries.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            for step in _scans(sql):
                found.append(f"{url}: {step} in {sql}")
    assert not found, "\n".join(sorted(set(found)))
