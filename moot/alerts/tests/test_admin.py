"""Staff can see who follows what and what was sent, find one resident's
alerts by their whole address, and delete them on request; they cannot make or
change a subscription (only the resident can, by email)."""

import pytest

from moot.alerts.models import Delivery, Subscription
from moot.tracker.models import Commitment

from .test_resident import ADDRESS, subscribe


@pytest.fixture
def followed(client, db, stored_seed, mailbox, django_capture_on_commit_callbacks):
    promise = Commitment.objects.public().first()
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(client, promise)
    sub = Subscription.objects.get()
    Delivery.objects.create(
        subscription=sub, fact="x", subject="Commitment withdrawn", text="t", url="/"
    )
    return promise


def test_staff_find_a_residents_alerts_by_their_address(admin_client, followed):
    page = admin_client.get("/admin/alerts/subscription/", {"q": ADDRESS})
    assert page.status_code == 200
    assert followed.get_absolute_url() in page.content.decode()
    assert "1 subscription" in page.content.decode()
    partial = admin_client.get("/admin/alerts/subscription/", {"q": "example.org"})
    assert "0 subscriptions" in partial.content.decode()  # no browsing by domain
    sent = admin_client.get("/admin/alerts/delivery/", {"q": ADDRESS})
    assert "Commitment withdrawn" in sent.content.decode()


def test_staff_cannot_make_or_change_a_subscription(admin_client, followed):
    sub = Subscription.objects.get()
    assert admin_client.get("/admin/alerts/subscription/add/").status_code == 403
    admin_client.post(
        f"/admin/alerts/subscription/{sub.pk}/change/",
        {"email": "other@example.org", "kind": "commitment", "frequency": "daily"},
    )
    sub.refresh_from_db()
    assert (sub.email, sub.frequency) == (ADDRESS, "immediate")


def test_deleting_a_subscription_forgets_what_was_sent_to_it(admin_client, followed):
    sub = Subscription.objects.get()
    admin_client.post(f"/admin/alerts/subscription/{sub.pk}/delete/", {"post": "yes"})
    assert not Subscription.objects.exists()
    assert not Delivery.objects.exists()
