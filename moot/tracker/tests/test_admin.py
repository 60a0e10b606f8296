"""Clerks change commitments in the admin through the recorded transitions."""

from moot.tracker.models import Commitment


def test_the_admin_pages_open(client, seed, clerk):
    client.force_login(clerk)
    commitment = Commitment.objects.filter(agenda_item=seed).first()
    for url in (
        "/admin/tracker/commitment/",
        f"/admin/tracker/commitment/{commitment.pk}/change/",
        "/admin/tracker/fulfilment/",
        "/admin/tracker/actionplan/add/",
        "/admin/tracker/planaction/",
        "/admin/tracker/informationrequest/",
        "/admin/tracker/ownercontact/",
        "/admin/tracker/reminder/",
    ):
        assert client.get(url).status_code == 200, url


def test_confirming_in_the_admin_records_who(client, seed, clerk):
    client.force_login(clerk)
    proposed = Commitment.objects.get(agenda_item=seed, kind="undertaking")
    client.post(
        "/admin/tracker/commitment/",
        {"action": "confirm", "_selected_action": [proposed.pk]},
    )
    proposed.refresh_from_db()
    assert proposed.status == "open"
    assert proposed.events.get().by == clerk
