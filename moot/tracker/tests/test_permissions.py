"""Every change of a commitment's or a link's state needs the model's change
permission: being staff is not enough."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from moot.minutes.records import Item, Report
from moot.tracker.models import Commitment, Fulfilment

from .test_proposals import load


def staff(*codenames: str):
    user = get_user_model().objects.create_user(
        "-".join(codenames) or "bare", password="x", is_staff=True
    )
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


@pytest.fixture
def proposal(seed) -> Fulfilment:
    load(
        date(2019, 9, 12),
        Item(
            title="Arrangements to tackle child sexual exploitation: update",
            report=Report(summary="An update to the report presented in 2018."),
        ),
    )
    return Fulfilment.objects.get(commitment__due_phrase="in 12 months time")


def decide(client, link: Fulfilment, decision: str = "confirm"):
    return client.post(f"/commitments/proposals/{link.pk}/", {"decision": decision})


@pytest.mark.parametrize(
    "codenames",
    [
        (),
        ("view_fulfilment",),
        ("view_fulfilment", "change_fulfilment"),
        ("view_fulfilment", "change_commitment"),
    ],
)
def test_staff_without_both_change_permissions_cannot_decide(
    client, proposal, codenames
):
    client.force_login(staff(*codenames))
    for decision in ("confirm", "reject"):
        assert decide(client, proposal, decision).status_code == 403
    proposal.refresh_from_db()
    assert proposal.state == "proposed"
    assert proposal.commitment.status != "fulfilled"


def test_staff_without_view_permission_cannot_see_the_queue(client, proposal):
    client.force_login(staff())
    assert client.get("/commitments/proposals/").status_code == 403


def test_viewing_the_queue_offers_no_buttons_without_permission(client, proposal):
    client.force_login(staff("view_fulfilment"))
    page = client.get("/commitments/proposals/").content.decode()
    assert proposal.item.get_absolute_url() in page
    assert 'value="confirm"' not in page


def test_staff_with_the_permissions_decide(client, proposal):
    client.force_login(
        staff("view_fulfilment", "change_fulfilment", "change_commitment")
    )
    assert 'value="confirm"' in client.get("/commitments/proposals/").content.decode()
    assert decide(client, proposal).status_code == 302
    proposal.refresh_from_db()
    assert proposal.state == "confirmed"
    assert proposal.commitment.status == "fulfilled"


def run_action(client, model: str, action: str, pk: int):
    return client.post(
        f"/admin/tracker/{model}/", {"action": action, "_selected_action": [pk]}
    )


@pytest.mark.parametrize("action", ["confirm", "withdraw"])
def test_admin_commitment_actions_need_change_permission(client, seed, action):
    proposed = Commitment.objects.get(agenda_item=seed, kind="undertaking")
    client.force_login(staff("view_commitment"))
    listing = client.get("/admin/tracker/commitment/").content.decode()
    assert f'value="{action}"' not in listing
    run_action(client, "commitment", action, proposed.pk)
    proposed.refresh_from_db()
    assert proposed.status == "proposed" and not proposed.events.exists()

    client.force_login(staff("view_commitment", "change_commitment"))
    run_action(client, "commitment", action, proposed.pk)
    proposed.refresh_from_db()
    assert proposed.status != "proposed"


def test_admin_confirming_a_link_needs_both_change_permissions(client, proposal):
    client.force_login(staff("view_fulfilment", "change_fulfilment"))
    run_action(client, "fulfilment", "confirm_links", proposal.pk)
    proposal.refresh_from_db()
    assert proposal.state == "proposed"

    client.force_login(staff("change_fulfilment", "change_commitment"))
    run_action(client, "fulfilment", "confirm_links", proposal.pk)
    proposal.refresh_from_db()
    assert proposal.state == "confirmed"


def test_admin_rejecting_a_link_needs_change_permission(client, proposal):
    client.force_login(staff("view_fulfilment"))
    run_action(client, "fulfilment", "reject_links", proposal.pk)
    proposal.refresh_from_db()
    assert proposal.state == "proposed"
