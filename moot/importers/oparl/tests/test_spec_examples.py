"""The specification's examples, repaired, imported over HTTP; then incrementally."""

import datetime as dt

import pytest

from moot.importers.oparl.source import run
from moot.importers.tests.snapshot import snapshot
from moot.records.models import (
    AgendaItem,
    Body,
    Committee,
    Document,
    Meeting,
    Membership,
    Person,
    Resolution,
)

from . import spec_site

pytestmark = pytest.mark.django_db


def import_system(client, site, tmp_path, **options):
    options.setdefault("documents", False)
    return run(client, f"{site.url}/", state_file=tmp_path / "state.json", **options)


@pytest.fixture
def objects(site):
    found = spec_site.examples()
    spec_site.serve(site, found)
    return found


def test_the_repaired_examples_import(site, objects, make_client, tmp_path):
    summary = import_system(make_client(), site, tmp_path)

    assert summary.failures == []
    assert Body.objects.get().name == "Stadt Köln, kreisfreie Stadt"
    assert set(Committee.objects.values_list("name", flat=True)) == {
        "Ausschuss für Haushalt und Finanzen",
        "Ausschuss 5",
        "Ausschuss 9",
    }
    person = Person.objects.get()
    assert person.name == "Prof. Dr. Max Mustermann"
    assert sorted(Membership.objects.values_list("role", flat=True)) == [
        "chair",
        "co-opted",
    ]
    meeting = Meeting.objects.get()
    assert (meeting.date, meeting.start_time) == (dt.date(2013, 1, 4), dt.time(8))
    assert meeting.status == Meeting.Status.HELD
    item = AgendaItem.objects.get()
    assert (item.number, item.title) == ("10.1", "Satzungsänderung für Ausschreibungen")
    resolution = Resolution.objects.get()
    assert resolution.text.startswith("Der Beschluss weicht wie folgt vom Antrag ab")
    assert resolution.vote == "Geändert beschlossen"
    assert not [w for w in summary.warnings if "order" in w or "more than one" in w]


def test_the_raw_examples_import_with_their_defects_as_warnings(
    site, make_client, tmp_path
):
    spec_site.serve(site, spec_site.examples(repair=False))

    summary = import_system(make_client(), site, tmp_path)

    warnings = "\n".join(summary.warnings)
    assert "1 agenda item(s) without 'order'" in warnings
    assert "names body" in warnings and "/bodies/1" in warnings
    assert "membership of unknown" in warnings
    assert AgendaItem.objects.count() == 1
    assert Person.objects.count() == 1


def test_a_file_id_used_twice_is_kept_apart(site, make_client, tmp_path):
    objects = spec_site.examples(repair=False)
    item = objects["Meeting-01"]["agendaItem"][0]
    item["order"] = 1
    item["auxiliaryFile"] = [objects["Meeting-01"]["invitation"]] * 2
    spec_site.serve(site, objects)

    summary = import_system(make_client(), site, tmp_path)

    assert Document.objects.filter(agenda_item__isnull=False).count() == 2
    assert any("used for more than one file" in w for w in summary.warnings)


def test_a_second_run_asks_only_for_what_changed(site, objects, make_client, tmp_path):
    import_system(make_client(), site, tmp_path)
    first, asked = snapshot(), len(site.requests)
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).isoformat()
    objects["Meeting-01"]["modified"] = later
    objects["Meeting-01"]["agendaItem"][0]["name"] = "Satzungsänderung, geändert"
    objects["Person-01"] = {
        "id": objects["Person-01"]["id"],
        "type": objects["Person-01"]["type"],
        "created": objects["Person-01"]["created"],
        "modified": later,
        "deleted": True,
    }

    summary = import_system(make_client(), site, tmp_path)

    lists = [p for p in site.paths()[asked:] if "s/" in p and "/files/" not in p]
    assert lists and all("modified_since=" in p for p in lists)
    assert summary.count("items", "updated") == 1
    assert summary.count("committees", "created") == 0
    assert AgendaItem.objects.get().title == "Satzungsänderung, geändert"
    assert Person.objects.get().deleted is not None
    assert snapshot()["Committee"] == first["Committee"]


def test_nothing_changed_means_nothing_written(site, objects, make_client, tmp_path):
    import_system(make_client(), site, tmp_path)
    first = snapshot()

    summary = import_system(make_client(), site, tmp_path, full=True)

    assert snapshot() == first
    assert summary.count("meetings", "unchanged") == 1
