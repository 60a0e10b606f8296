"""A ModernGov-shaped site imported over HTTP from 127.0.0.1, twice."""

import datetime as dt

import pytest

from moot.importers.moderngov.council import Council
from moot.importers.moderngov.source import Options, run
from moot.importers.tests.snapshot import snapshot
from moot.records.models import (
    AgendaItem,
    Attendance,
    Committee,
    Document,
    Meeting,
    Membership,
    MinutesBlock,
    Person,
    Resolution,
)

from . import site as moderngov

pytestmark = pytest.mark.django_db
OPTIONS = Options(
    start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31), today=dt.date(2025, 1, 1)
)


def import_site(client, url, **options):
    council = Council("Anytown Council", url, slice_days=60)
    return run(client, council, Options(**{**OPTIONS.__dict__, **options}))


@pytest.fixture
def council(site):
    generated = moderngov.generate(meetings=6, items=4)
    moderngov.serve(site, generated)
    return generated


def test_it_imports_committees_meetings_items_documents_and_councillors(
    site, council, make_client
):
    summary = import_site(make_client(), site.url)

    assert summary.failures == []
    assert Committee.objects.count() == 5
    assert Person.objects.filter(ward="Abbey").count() == 3
    assert Meeting.objects.count() == 6
    assert AgendaItem.objects.count() == council.item_count == 24
    assert Document.objects.count() == 24
    meeting = Meeting.objects.get(source_id__endswith="MId=1000")
    assert meeting.status == Meeting.Status.HELD
    assert meeting.start_time == dt.time(10, 0)
    assert meeting.venue == "Committee Room 1, City Hall"
    assert list(meeting.attendance.values_list("kind", flat=True)) == [
        Attendance.Kind.APOLOGIES,
        Attendance.Kind.PRESENT,
    ]
    assert Membership.objects.filter(role="chair").exists()


def test_item_minutes_come_from_the_xml_or_else_the_item_page(
    site, council, make_client
):
    import_site(make_client(), site.url)

    first, second = AgendaItem.objects.filter(meeting__source_id__endswith="1000")[:2]
    assert (
        "signed as a correct record" in Resolution.objects.get(agenda_item=first).text
    )
    assert f"/mgAi.aspx?ID={first.source_id.rsplit('=', 1)[1]}" not in site.paths()
    assert f"/mgAi.aspx?ID={second.source_id.rsplit('=', 1)[1]}" in site.paths()
    assert [r.text for r in second.resolutions.all()] == [
        "That the report be noted.",
        "That a further report be presented in six months.",
    ]
    assert MinutesBlock.objects.filter(agenda_item=second).exists()


def test_documents_are_downloaded_with_their_text(site, council, make_client):
    import_site(make_client(), site.url)

    document = Document.objects.filter(is_exempt=False).first()
    assert "The committee is asked to note the position" in document.text
    assert document.size and len(document.sha256) == 64


def test_downloaded_bytes_are_kept_and_served_by_the_site(
    site, council, make_client, client, settings
):
    import_site(make_client(), site.url)

    document = Document.objects.filter(is_exempt=False).first()
    name = document.file.name
    assert name == f"documents/{document.sha256[:2]}/{document.sha256}.pdf"
    assert (settings.MEDIA_ROOT / name).read_bytes()[:5] == b"%PDF-"
    response = client.get(f"/documents/{document.pk}/file")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == document.file.open("rb").read()


def test_exempt_documents_keep_no_bytes(site, council, make_client, client, settings):
    import_site(make_client(), site.url)

    exempt = Document.objects.filter(is_exempt=True)
    assert exempt.count() > 0 and all(not d.file for d in exempt)
    kept = {p.name for p in (settings.MEDIA_ROOT / "documents").rglob("*.*")}
    public = Document.objects.filter(is_exempt=False)
    assert kept == {d.file.name.rsplit("/", 1)[1] for d in public}
    for document in exempt:
        assert client.get(f"/documents/{document.pk}/file").status_code == 404


def test_a_document_that_becomes_exempt_loses_its_bytes(
    site, council, make_client, settings, django_capture_on_commit_callbacks
):
    import_site(make_client(), site.url)
    document = Document.objects.filter(is_exempt=False).first()
    path = settings.MEDIA_ROOT / document.file.name
    assert path.exists()
    from moot.importers import records
    from moot.records.load import Provenance, Tally
    from moot.records.load.documents import store_documents

    item = records.Item(document.agenda_item.source_id, "x", is_exempt=True)
    item.documents = [records.Document(document.source_id, "d", document.url)]
    others = document.agenda_item.documents.exclude(pk=document.pk)
    item.documents += [
        records.Document(d.source_id, d.title, d.url, is_exempt=True) for d in others
    ]
    same = Document.objects.filter(sha256=document.sha256).exclude(
        agenda_item=document.agenda_item
    )
    same.update(file="")  # the file is shared by hash; no other holder here

    with django_capture_on_commit_callbacks(execute=True):
        store_documents(document.agenda_item, item, Provenance("x", "test"), Tally())
    document.refresh_from_db()
    assert not document.file and not path.exists()


def test_restricted_items_are_exempt_and_keep_no_text(site, council, make_client):
    import_site(make_client(), site.url)

    exempt = AgendaItem.objects.filter(is_exempt=True)
    assert exempt.count() == 6
    assert not MinutesBlock.objects.filter(agenda_item__in=exempt).exists()
    assert not Resolution.objects.filter(agenda_item__in=exempt).exists()
    documents = Document.objects.filter(agenda_item__in=exempt)
    assert all(d.is_exempt and d.text == "" and d.size is None for d in documents)
    fetched = [p for p in site.paths() if p.startswith("/mgConvert2PDF")]
    assert not [d for d in documents if d.source_id.split("/", 3)[-1] in fetched]
    assert not AgendaItem.objects.public().open().filter(is_exempt=True).exists()


def test_importing_twice_gives_the_same_database(site, council, make_client):
    import_site(make_client(), site.url)
    first = snapshot()

    summary = import_site(make_client(), site.url)

    assert snapshot() == first
    assert summary.count("items", "unchanged") == 24
    assert summary.count("items", "created") == summary.count("items", "updated") == 0
    assert summary.count("meetings", "unchanged") == 6


def test_a_second_run_asks_with_etags_and_gets_304s(site, council, make_client):
    import_site(make_client(), site.url)
    asked = len(site.requests)
    client = make_client()

    import_site(client, site.url)

    later = site.requests[asked:]
    assert all(
        "If-None-Match" in r.headers for r in later if "GetMeetings" not in r.path
    )
    assert client.stats.not_modified >= 24


def test_an_offline_run_replays_without_the_network(site, council, make_client):
    import_site(make_client(), site.url)
    first, asked = snapshot(), len(site.requests)

    summary = import_site(make_client(offline=True), site.url)

    assert len(site.requests) == asked
    assert summary.failures == []
    assert snapshot() == first


def test_a_changed_item_is_updated_in_place(site, council, make_client):
    import_site(make_client(), site.url)
    item = council.meetings[0].items[1]
    row = AgendaItem.objects.get(source_id__endswith=f"ID={item.id}")
    item.title = "Housing strategy, revised"
    moderngov.serve(site, council)

    summary = import_site(make_client(), site.url)

    changed = AgendaItem.objects.get(pk=row.pk)
    assert changed.title == "Housing strategy, revised"
    assert changed.created == row.created and changed.modified > row.modified
    assert summary.count("items", "updated") == 1
    assert summary.count("items", "unchanged") == 23


def test_an_item_gone_from_the_source_is_soft_deleted(site, council, make_client):
    import_site(make_client(), site.url)
    gone = council.meetings[0].items.pop()
    moderngov.serve(site, council)

    import_site(make_client(), site.url)

    row = AgendaItem.objects.get(source_id__endswith=f"ID={gone.id}")
    assert row.deleted is not None


def test_a_meeting_interrupted_while_storing_leaves_nothing_and_resumes(
    site, council, make_client, monkeypatch
):
    from moot.records.load import meetings as load

    real, calls = load.store_documents, []

    def fail_on_the_third(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("interrupted")
        return real(*args, **kwargs)

    monkeypatch.setattr(load, "store_documents", fail_on_the_third)
    summary = import_site(make_client(), site.url)

    assert [f.reason for f in summary.failures] == ["RuntimeError: interrupted"]
    assert Meeting.objects.count() == 5
    assert not Meeting.objects.filter(source_id__endswith="MId=1000").exists()
    monkeypatch.setattr(load, "store_documents", real)

    summary = import_site(make_client(), site.url)

    assert summary.count("meetings", "created") == 1
    assert summary.count("meetings", "unchanged") == 5
    assert AgendaItem.objects.count() == 24


def test_one_committee_only(site, council, make_client):
    import_site(make_client(), site.url, committee="101")

    assert set(Meeting.objects.values_list("committee__name", flat=True)) == {
        "Corporate Overview and Scrutiny Committee"
    }
