"""Asking for alerts: the page never tells whether an address is subscribed,
asks come only from this site's forms, and are limited per address and client."""

import pytest

from moot.alerts.models import Subscription
from moot.records.models import AgendaItem
from moot.tracker.models import Commitment

from .mail import inbox, links
from .test_resident import ADDRESS, path, subscribe


@pytest.fixture
def promise(db, stored_seed):
    return Commitment.objects.public().first()


def test_the_answer_is_the_same_for_a_new_and_a_subscribed_address(
    client, mailbox, promise, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = subscribe(client, promise).content
    [confirm] = links(inbox(mailbox)[0], "/alerts/confirm/")
    client.post(path(confirm))
    with django_capture_on_commit_callbacks(execute=True):
        again = subscribe(client, promise).content
    assert again == first
    # Only the mailbox learns that nothing changed.
    assert inbox(mailbox)[-1]["Subject"] == "You already have these alerts"
    assert Subscription.objects.filter(email=ADDRESS).count() == 1


def test_only_the_address_and_its_choices_are_kept_and_stopping_all_forgets_them(
    client, mailbox, promise, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(client, promise, email="Resident@Example.org", frequency="weekly")
    row = Subscription.objects.get()
    assert (row.email, row.kind, row.target, row.frequency) == (
        ADDRESS,
        "commitment",
        promise.pk,
        "weekly",
    )
    [manage] = links(inbox(mailbox)[0], "/alerts/manage/")
    client.post(path(manage), {"action": "stop-all"})
    assert not Subscription.objects.exists()


def test_a_post_from_another_site_is_refused(client, promise):
    form = {"email": ADDRESS, "follow": "commitment", "target": promise.pk}
    answer = client.post("/alerts/", form, HTTP_ORIGIN="https://elsewhere.example")
    assert answer.status_code == 403
    assert client.post("/alerts/", form).status_code == 403  # no Origin, no Referer
    assert not Subscription.objects.exists()


def test_too_many_asks_for_one_address_are_refused(client, settings, promise):
    settings.MOOT_ALERTS_PER_ADDRESS = 2
    codes = [subscribe(client, promise).status_code for _ in range(3)]
    assert codes == [200, 200, 429]


def test_too_many_asks_from_one_client_are_refused(client, settings, promise):
    settings.MOOT_ALERTS_PER_CLIENT = 2
    codes = [
        subscribe(client, promise, email=f"r{n}@example.org").status_code
        for n in range(3)
    ]
    assert codes == [200, 200, 429]


def test_an_exempt_item_cannot_be_followed_and_shows_no_form(client, stored_seed):
    item = AgendaItem.objects.get(pk=stored_seed.items[0].pk)
    assert "Get email alerts" in client.get(item.get_absolute_url()).content.decode()
    AgendaItem.objects.filter(pk=item.pk).update(is_exempt=True)
    assert (
        "Get email alerts" not in client.get(item.get_absolute_url()).content.decode()
    )
    form = {"email": ADDRESS, "follow": "item", "target": item.pk, "frequency": "daily"}
    answer = client.post("/alerts/", form, HTTP_ORIGIN="http://testserver")
    assert answer.status_code == 404
    assert not Subscription.objects.exists()


def test_a_bad_address_is_explained(client, promise):
    answer = subscribe(client, promise, email="not an address")
    assert answer.status_code == 400
    assert "Enter an email address" in answer.content.decode()


def test_a_tampered_link_does_not_work(client, promise):
    assert client.get("/alerts/confirm/abc:def/").status_code == 404
    assert client.post("/alerts/unsubscribe/abc:def/").status_code == 404
    assert client.get("/alerts/manage/abc:def/").status_code == 404


def test_each_page_offers_alerts_for_what_it_shows(client, mailbox, stored_seed):
    from django.urls import reverse

    from moot.records.models import Committee, Issue, Person

    item = AgendaItem.objects.get(pk=stored_seed.items[0].pk)
    committee = Committee.objects.get()
    person = Person.objects.create(name="Ada Example", slug="ada-example")
    issue = Issue.objects.create(title="Libraries", slug="libraries")
    AgendaItem.objects.filter(pk=item.pk).update(issue=issue)
    pages = {
        "item": (item.get_absolute_url(), item.pk),
        "committee": (committee.get_absolute_url(), committee.pk),
        "person": (person.get_absolute_url(), person.pk),
        "issue": (issue.get_absolute_url(), issue.pk),
    }
    for kind, (url, pk) in pages.items():
        page = client.get(url).content.decode()
        assert f'name="follow" value="{kind}"' in page, kind
        assert f'name="target" value="{pk}"' in page, kind
        form = {"email": ADDRESS, "follow": kind, "target": pk, "frequency": "daily"}
        asked = client.post("/alerts/", form, HTTP_REFERER=f"http://testserver{url}")
        assert asked.status_code == 200, kind
    search = client.get(reverse("search"), {"q": "libraries", "committee": "x"})
    assert 'name="q" value="libraries"' in search.content.decode()
    form = {"email": ADDRESS, "follow": "search", "frequency": "weekly"}
    form |= {"q": "libraries", "committee": "x", "page": "3"}
    client.post("/alerts/", form, HTTP_ORIGIN="http://testserver")
    kinds = dict(Subscription.objects.values_list("kind", "target"))
    assert kinds == {k: pk for k, (_, pk) in pages.items()} | {"search": 0}
    assert Subscription.objects.get(kind="search").query == {
        "q": "libraries",
        "committee": "x",
    }


def test_the_alerts_page_changes_how_often_and_stops_one(client, stored_seed):
    from moot.alerts.tokens import manage_token

    first, second = Commitment.objects.public()[:2]
    subs = [
        Subscription.objects.create(
            email=ADDRESS, kind="commitment", target=c.pk, confirmed=True
        )
        for c in (first, second)
    ]
    page = f"/alerts/manage/{manage_token(ADDRESS)}/"
    assert first.text[:30] in client.get(page).content.decode()
    client.post(page, {"pk": subs[0].pk, "action": "frequency", "frequency": "weekly"})
    client.post(page, {"pk": subs[1].pk, "action": "stop"})
    assert list(Subscription.objects.values_list("target", "frequency")) == [
        (first.pk, "weekly")
    ]
    # Another address's alerts cannot be reached from this page.
    other = Subscription.objects.create(
        email="other@example.org", kind="commitment", target=first.pk, confirmed=True
    )
    client.post(page, {"pk": other.pk, "action": "stop"})
    assert Subscription.objects.filter(pk=other.pk).exists()
