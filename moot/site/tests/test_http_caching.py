"""What a browser or a proxy notices of conditional GET, the page cache and gzip."""

import gzip

import pytest
from django.contrib.auth.models import User

from moot.records.models import AgendaItem, Committee, Resolution

# Pages, a feed, a calendar and a download: each answers 304 to a client that
# holds the current copy.
CONDITIONAL = [
    "/",
    "/committees/",
    "/cy/committees/",
    "/decisions.atom",
    "/meetings.ics",
    "/downloads/meetings.csv",
    "/commitments/",
    "/commitments.csv",
]


@pytest.fixture
def item(stored_seed):
    return AgendaItem.objects.get()


@pytest.mark.parametrize("url", CONDITIONAL)
def test_a_second_request_with_the_etag_is_not_modified(client, stored_seed, url):
    first = client.get(url)
    assert first.status_code == 200, url
    assert first["ETag"] and first["Last-Modified"]
    again = client.get(url, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    since = client.get(url, headers={"if-modified-since": first["Last-Modified"]})
    assert since.status_code == 304


def test_the_item_page_answers_304_until_its_item_changes(client, item):
    url = item.get_absolute_url()
    first = client.get(url)
    assert client.get(url, headers={"if-none-match": first["ETag"]}).status_code == 304
    resolution = Resolution.objects.filter(agenda_item=item).first()
    resolution.text = "RESOLVED – That the report be noted, as amended."
    resolution.save()
    changed = client.get(url, headers={"if-none-match": first["ETag"]})
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]
    assert "as amended" in changed.content.decode()


def test_a_changed_record_changes_the_lists_etag_and_page(client, item):
    first = client.get("/committees/")
    committee = Committee.objects.get()
    committee.name = "Scrutiny of Everything"
    committee.save()
    again = client.get("/committees/", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert "Scrutiny of Everything" in again.content.decode()


def test_an_item_made_exempt_is_never_served_from_an_earlier_copy(client, item):
    secret = Resolution.objects.filter(agenda_item=item).first().text[:40]
    urls = [item.get_absolute_url(), "/", "/decisions.atom"]
    held = {url: client.get(url) for url in urls}
    assert secret in held[urls[0]].content.decode()
    item.withhold()
    for url in urls:
        # Neither the client's copy (If-None-Match) nor the server's cached page.
        answer = client.get(url, headers={"if-none-match": held[url]["ETag"]})
        assert answer.status_code == 200, url
        assert secret not in answer.content.decode(), url
        assert secret not in client.get(url).content.decode(), url


def test_welsh_and_english_are_different_copies(client, stored_seed):
    english, welsh = client.get("/"), client.get("/cy/")
    assert english["ETag"] != welsh["ETag"]
    assert welsh["Content-Language"] == "cy"
    stale = client.get("/cy/", headers={"if-none-match": english["ETag"]})
    assert stale.status_code == 200


def test_caches_keep_the_public_copy_apart_from_a_signed_in_clerk(client, item):
    public = client.get("/")
    assert "Cookie" in public["Vary"]
    assert "public" in public["Cache-Control"]
    clerk = User.objects.create_user("clerk", is_staff=True)
    client.force_login(clerk)
    signed_in = client.get("/", headers={"if-none-match": public["ETag"]})
    assert signed_in.status_code == 200
    assert "private" in signed_in["Cache-Control"]
    assert "Cookie" in signed_in["Vary"]
    assert not signed_in.has_header("ETag")


def test_feeds_and_downloads_are_gzipped_and_pages_are_not(client, stored_seed):
    # Large enough that compressing gains (Django pads against BREACH too).
    for url in ["/decisions.atom", "/meetings.ics", "/commitments.csv"]:
        answer = client.get(url, headers={"accept-encoding": "gzip"})
        assert answer["Content-Encoding"] == "gzip", url
        assert "Accept-Encoding" in answer["Vary"], url
        plain = client.get(url)
        assert gzip.decompress(answer.content) == plain.content, url
    # A page may carry a CSRF token one day: never compressed (BREACH).
    for url in ["/", "/downloads/"]:
        page = client.get(url, headers={"accept-encoding": "gzip"})
        assert not page.has_header("Content-Encoding"), url


def test_a_cached_download_keeps_its_file_name(client, stored_seed):
    first = client.get("/downloads/meetings.csv")
    again = client.get("/downloads/meetings.csv")
    assert again.content == first.content
    assert again["Content-Disposition"] == first["Content-Disposition"]
    assert again["Content-Type"] == first["Content-Type"]
