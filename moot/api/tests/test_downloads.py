"""Bulk downloads: each table as CSV and JSON, and a council's data package,
read back with the csv, json and zipfile modules and checked against the
types its own data dictionary declares."""

import csv
import io
import json
import zipfile
from datetime import date, datetime, time

import pytest

from moot.records.models import AgendaItem, Body, Meeting, Resolution
from moot.tracker.exports import CSV_COLUMNS
from moot.tracker.models import Commitment

from .conftest import SECRETS

pytestmark = pytest.mark.django_db
TABLES = [
    "meetings",
    "agenda_items",
    "resolutions",
    "votes",
    "declarations",
    "commitments",
    "people",
    "decisions",
    "forward_plan",
    "interests",
]
PARSE = {
    "integer": int,
    "date": date.fromisoformat,
    "time": time.fromisoformat,
    "datetime": datetime.fromisoformat,
    "boolean": {"true": True, "false": False}.__getitem__,
    "string": str,
}


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def conforms(text: str, fields: list[dict]) -> int:
    """Every cell parses as the type the dictionary gives its column; the count."""
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == [f["name"] for f in fields]
    rows = list(reader)
    for row in rows:
        for field in fields:
            if row[field["name"]] != "":
                PARSE[field["type"]](row[field["name"]])
    return len(rows)


@pytest.mark.parametrize("table", TABLES)
def test_each_table_downloads_as_csv_and_json_alike(council, client, table):
    as_csv = client.get(f"/downloads/{table}.csv")
    assert as_csv.status_code == 200 and as_csv["Content-Type"].startswith("text/csv")
    rows = rows_of(as_csv.content.decode())
    as_json = client.get(f"/downloads/{table}.json").json()
    assert len(rows) == len(as_json) > 0
    assert [int(r["id"]) for r in rows] == [r["id"] for r in as_json]
    everything = as_csv.content.decode() + json.dumps(as_json, ensure_ascii=False)
    assert [w for w in SECRETS if w in everything] == []


def test_tables_hold_what_the_public_may_see(council, client):
    items = client.get("/downloads/agenda_items.json").json()
    assert len(items) == AgendaItem.objects.public().count()
    land = next(i for i in items if i["title"] == "Land at Quillfeather Lane")
    assert land["exempt"] is True and land["exempt_paragraphs"]
    assert len(client.get("/downloads/resolutions.json").json()) == (
        Resolution.objects.public().count()
    )
    assert len(client.get("/downloads/meetings.json").json()) == (
        Meeting.objects.public().count()
    )
    commitments = rows_of(client.get("/downloads/commitments.csv").content.decode())
    assert list(commitments[0]) == CSV_COLUMNS
    assert len(commitments) == Commitment.objects.public().count()


def test_a_table_of_one_council(council, client):
    body = Body.objects.get(name="Fictional Borough Council")
    rows = client.get(f"/downloads/meetings.json?body={body.slug}").json()
    assert rows and {r["body"] for r in rows} == {body.name}


def test_each_data_package_describes_every_column_of_its_csvs(council, client):
    counts: dict[str, int] = dict.fromkeys(TABLES, 0)
    for body in Body.objects.all():
        response = client.get(f"/downloads/{body.slug}.zip")
        assert response["Content-Type"] == "application/zip"
        archive = zipfile.ZipFile(io.BytesIO(response.content))
        package = json.loads(archive.read("datapackage.json"))
        assert package["profile"] == "tabular-data-package"
        assert [r["name"] for r in package["resources"]] == TABLES
        for resource in package["resources"]:
            fields = resource["schema"]["fields"]
            assert all(f["description"] for f in fields)
            text = archive.read(resource["path"]).decode()
            counts[resource["name"]] += conforms(text, fields)
    assert all(counts.values()), counts


def test_the_package_is_rebuilt_when_the_record_changes(council, client):
    body = Body.objects.get(name="Fictional Borough Council")
    before = zipfile.ZipFile(
        io.BytesIO(client.get(f"/downloads/{body.slug}.zip").content)
    )
    item = AgendaItem.objects.filter(meeting__committee__body=body).first()
    item.title = "A Renamed Item"
    item.save()
    after = zipfile.ZipFile(
        io.BytesIO(client.get(f"/downloads/{body.slug}.zip").content)
    )
    assert "A Renamed Item" not in before.read("agenda_items.csv").decode()
    assert "A Renamed Item" in after.read("agenda_items.csv").decode()


def test_the_served_descriptor_points_at_served_csvs(council, client):
    body = Body.objects.filter(is_sample=True).first()
    package = client.get(f"/downloads/{body.slug}/datapackage.json").json()
    for resource in package["resources"]:
        path = resource["path"].removeprefix("http://testserver")
        conforms(client.get(path).content.decode(), resource["schema"]["fields"])


def test_the_downloads_page_lists_tables_and_dictionary(council, client):
    page = client.get("/downloads/").content.decode()
    for table in TABLES:
        assert f'href="/downloads/{table}.csv"' in page
    assert "days_overdue" in page and "Schedule 12A paragraphs cited" in page
    assert 'href="/downloads/"' in client.get("/").content.decode()
