"""Confidential stays confidential: fictional minutes with every notice wording,
an exclusion followed by items with no notice of their own, a private part and
an exempt appendix, each with unique confidential words. Loaded through each
write path, then the whole public site is crawled (sitemap, search, feeds,
exports, three hops of links): the words appear at no public URL, and the
public parts are shown."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from moot.records.models import AgendaItem, Body, Committee, Meeting

from .crawl import crawl, leaks, search_hits

FIXTURES = Path(__file__).resolve().parents[2] / "minutes/tests/fixtures/exempt"
SECRETS = {
    "fictional-borough-cabinet.txt": [
        "Zanzibarco",
        "4,217,333",
        "Obadiah Wrenfield",
        "88,123",
        "Pellucida",
        "Vexilla",
        "Quentin Marchbanks",
        "12,999",
        "Grimsditch",
        "2,100,456",
        "Ferncastle",
        "400,321",
    ],
    "fictional-parish-part-ii.txt": ["Thistlewhite", "31,444", "Gorsewick"],
    "fictional-district-part-b.txt": ["Blenkinsop", "Zebediah"],
}
ALL_SECRETS = [word for words in SECRETS.values() for word in words]
PUBLIC = [
    "Apologies were received from Councillor Amber.",
    "The policy was approved.",
    "That the Parks Strategy be approved.",
    "There was no other business.",
    "Land at Quillfeather Lane",  # exempt items keep their titles
    "Acquisition of Bellwether House",
    "The Chair welcomed everyone.",
    "The minutes were approved.",
]


@pytest.fixture
def site(transactional_db, settings, tmp_path):
    settings.MOOT_DATA_DIR = tmp_path
    return tmp_path


def load_all_by_command() -> None:
    for name in SECRETS:
        call_command(
            "load-minutes",
            str(FIXTURES / name),
            body="Fictional Borough Council",
            committee=name.removesuffix(".txt"),
        )


def assert_nothing_leaks_and_public_parts_show(client) -> None:
    pages = crawl(client, ALL_SECRETS + ["Quillfeather", "approved"])
    assert len(pages) > 30
    assert leaks(pages, ALL_SECRETS) == []
    assert {word: search_hits(client, word) for word in ALL_SECRETS} == dict.fromkeys(
        ALL_SECRETS, 0
    )
    everything = "\n".join(pages.values())
    for words in PUBLIC:
        assert words in everything, f"public words {words!r} not shown"


def test_minutes_loaded_by_command_leak_nothing(site, client):
    load_all_by_command()
    assert_nothing_leaks_and_public_parts_show(client)


def test_minutes_pasted_by_a_clerk_leak_nothing(site, admin_client, client):
    body = Body.objects.create(name="Fictional Borough Council", slug="fbc")
    for name in SECRETS:
        committee = Committee.objects.create(
            body=body, name=name.removesuffix(".txt"), slug=name[:20].strip("-.")
        )
        text = (FIXTURES / name).read_text()
        day = {"fictional-borough": "2024-03-12", "fictional-parish": "2024-06-05"}
        meeting = Meeting.objects.create(
            committee=committee, date=day.get(name[:17], "2024-05-02")
        )
        url = reverse("admin:records_meeting_paste", args=[meeting.pk])
        response = admin_client.post(url, {"text": text, "save": "1"})
        assert response.status_code == 302, response.content[:500]
    assert AgendaItem.objects.filter(is_exempt=True).count() == 12
    assert_nothing_leaks_and_public_parts_show(client)


def test_the_exempt_page_gives_the_law_not_the_minutes(site, client):
    load_all_by_command()
    land = AgendaItem.objects.get(title="Land at Quillfeather Lane")
    assert land.exempt_reason  # kept for the clerk...
    page = client.get(land.get_absolute_url()).content.decode()
    assert "Wrenfield" not in page  # ...never shown
    assert "financial or business affairs of any particular person" in page
    parks = AgendaItem.objects.get(title="Parks Strategy")
    page = client.get(parks.get_absolute_url()).content.decode()
    assert "That the Parks Strategy be approved." in page
    assert "Appendix 2" in page and "not published" in page


def test_a_clerk_reviews_what_moot_was_unsure_of(site, admin_client, client):
    text = (
        "Fictional Town Council\nMinutes of the meeting held on 1 July 2024\n\n"
        "1. Exclusion of the Public\nThe Committee agreed to exclude the public.\n\n"
        "2. Sale of the Allotments\nSold to Mr Quarrendon for £9,876.\n"
    )
    path = site / "town.txt"
    path.write_text(text)
    call_command("load-minutes", str(path), body="Fictional Town", committee="Town")
    doubtful = AgendaItem.objects.get(exempt_review=True)
    assert doubtful.is_exempt  # withheld while in doubt
    listed = admin_client.get("/admin/records/agendaitem/?exempt_review__exact=1")
    assert "Sale of the Allotments" in listed.content.decode()
    assert "Quarrendon" not in client.get(doubtful.get_absolute_url()).content.decode()
    admin_client.post(
        "/admin/records/agendaitem/",
        {"action": "release", "_selected_action": [doubtful.pk]},
    )
    page = client.get(doubtful.get_absolute_url()).content.decode()
    assert "Quarrendon" in page
    # Reloading the source does not undo the clerk's decision.
    path.write_text(text + "\n3. Any Other Business\nNone.\n")
    call_command("load-minutes", str(path), body="Fictional Town", committee="Town")
    assert AgendaItem.objects.get(pk=doubtful.pk).is_exempt is False
