"""A resident follows a promise: subscribe on its page, confirm from the email,
hear when it changes, leave in one click (issue 16's done-when), over HTTP with
the file-based email backend."""

from urllib.parse import urlsplit

import pytest
from django.test import Client

from moot.alerts.models import Subscription
from moot.tracker.models import Commitment

from .mail import body, inbox, links

ADDRESS = "resident@example.org"


@pytest.fixture
def promise(transactional_db, stored_seed) -> Commitment:
    row = Commitment.objects.public().filter(status=Commitment.Status.OPEN).first()
    assert row is not None, "the seed item makes open commitments"
    return row


def subscribe(client: Client, promise: Commitment, **extra: str):
    form = {
        "email": ADDRESS,
        "follow": "commitment",
        "target": str(promise.pk),
        "frequency": "immediate",
        **extra,
    }
    return client.post("/alerts/", form, HTTP_ORIGIN="http://testserver")


def path(url: str) -> str:
    return urlsplit(url).path


def test_a_resident_subscribes_confirms_hears_and_leaves_in_one_click(
    client, mailbox, promise
):
    page = client.get(promise.get_absolute_url()).content.decode()
    assert "Get email alerts" in page and 'name="email"' in page

    answer = subscribe(client, promise)
    assert answer.status_code == 200
    assert "Check your email" in answer.content.decode()
    [confirmation] = inbox(mailbox)
    assert confirmation["To"] == ADDRESS
    [confirm] = links(confirmation, "/alerts/confirm/")

    assert "Start my alerts" in client.get(path(confirm)).content.decode()
    manage = client.post(path(confirm))
    assert manage.status_code == 302
    assert promise.text[:40] in client.get(manage.url).content.decode()

    promise.withdraw(by="Clerk", why="Replaced by the new plan.")

    alert = inbox(mailbox)[-1]
    assert alert["Subject"].startswith("Commitment withdrawn")
    text = body(alert)
    assert promise.text in text and "Withdrawn" in text
    assert f"http://testserver{promise.get_absolute_url()}" in text
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = alert["List-Unsubscribe"].strip().strip("<>")
    assert unsubscribe in text

    # RFC 8058: the mail provider POSTs, with no cookie and no CSRF token.
    provider = Client(enforce_csrf_checks=True)
    left = provider.post(path(unsubscribe), {"List-Unsubscribe": "One-Click"})
    assert left.status_code == 200
    assert not Subscription.objects.filter(email=ADDRESS).exists()

    promise.reopen(by="Clerk", why="The new plan fell through.")
    assert len(inbox(mailbox)) == 2  # nothing more after leaving


def test_the_same_state_announced_twice_is_told_once(client, mailbox, promise):
    subscribe(client, promise)
    [confirm] = links(inbox(mailbox)[0], "/alerts/confirm/")
    client.post(path(confirm))
    promise.withdraw(by="Clerk", why="No longer needed.")
    promise.save()  # announced again, same state
    alerts = [m for m in inbox(mailbox) if "withdrawn" in m["Subject"]]
    assert len(alerts) == 1


def test_nothing_is_sent_before_the_address_confirms(client, mailbox, promise):
    subscribe(client, promise)
    promise.withdraw(by="Clerk", why="No longer needed.")
    assert [m["Subject"] for m in inbox(mailbox)] == ["Confirm your email alerts"]
