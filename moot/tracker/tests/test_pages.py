"""The public tracker pages list commitments through the exempt rule."""

from datetime import date

from moot.records.models import AgendaItem, Meeting
from moot.tracker.models import ActionPlan, Commitment, PlanAction

from .test_lifecycle import later_item

SECRET_WORDS = ["Tyrls House", "Secret Owner"]


def test_overdue_lists_the_commitment_with_owner_and_days(
    client, twelve_months, minutes_since
):
    page = client.get("/commitments/?status=overdue").content.decode()
    days = (date.today() - date(2019, 9, 19)).days
    assert "An update on the progress to the Committee." in page
    assert "Strategic Director, Children’s Services" in page
    assert f"{days} days" in page
    assert "Tailored reports" not in page  # no due date: never overdue


def test_past_due_without_minutes_since_is_shown_as_not_known(client, twelve_months):
    # The seed's council is on record here up to September 2018 only.
    listed = client.get("/commitments/?status=unrecorded").content.decode()
    assert "An update on the progress to the Committee." in listed
    assert "not known if done" in listed and "19 September 2018" in listed
    overdue = client.get("/commitments/?status=overdue").content.decode()
    assert "An update on the progress to the Committee." not in overdue
    page = client.get(twelve_months.get_absolute_url()).content.decode()
    assert "Past due" in page and "Overdue" not in page
    committee = twelve_months.agenda_item.meeting.committee
    summary = client.get(f"/commitments/committees/{committee.slug}/").content
    assert "Past due, no record since" in summary.decode()


def test_filters_and_sorting(client, twelve_months, clerk):
    twelve_months.fulfil(later_item(twelve_months.agenda_item), clerk)
    page = client.get("/commitments/?status=fulfilled&sort=-due").content.decode()
    assert "An update on the progress" in page and "Tailored" not in page
    page = client.get("/commitments/?due_from=2019-01-01&due_to=2019-05-01")
    assert "A revised structure for a Safeguarding Board" in page.content.decode()
    assert "An update on the progress" not in page.content.decode()
    page = client.get("/commitments/?status=nonsense&due_from=soon").content.decode()
    assert "There is no status" in page and "YYYY-MM-DD" in page


def test_the_fulfilled_commitment_and_its_item_link_both_ways(
    client, twelve_months, clerk
):
    item = later_item(twelve_months.agenda_item)
    twelve_months.fulfil(item, clerk, "Update received.")
    detail = client.get(twelve_months.get_absolute_url()).content.decode()
    assert item.get_absolute_url() in detail and "Update received." in detail
    fulfiller = client.get(item.get_absolute_url()).content.decode()
    assert "This item fulfils" in fulfiller
    assert twelve_months.get_absolute_url() in fulfiller
    maker = client.get(twelve_months.agenda_item.get_absolute_url()).content.decode()
    assert item.get_absolute_url() in maker


def test_committee_and_owner_summaries_have_charts_with_tables(
    client, twelve_months, minutes_since
):
    committee = twelve_months.agenda_item.meeting.committee
    page = client.get(f"/commitments/committees/{committee.slug}/").content.decode()
    assert page.count("<h1") == 1
    assert 'aria-hidden="true"' in page and "<table" in page
    assert (
        "Overdue</th><td"
        in page.replace("\n", "").replace(
            ' class="govuk-table__cell govuk-table__cell--numeric"', ""
        )
        or "Overdue" in page
    )
    owner = client.get(
        "/commitments/owners/strategic-director-childrens-services/"
    ).content.decode()
    assert "An update on the progress" in owner
    assert client.get("/commitments/owners/secret-owner/").status_code == 404


def test_an_exempt_items_commitments_are_in_no_tracker_page(client, secret, clerk):
    committee = secret.agenda_item.meeting.committee
    urls = [
        "/commitments/",
        "/commitments/?status=overdue",
        "/commitments.csv",
        "/commitments.ics",
        f"/commitments/committees/{committee.slug}/",
        f"/commitments/committees/{committee.slug}.ics",
        "/information-requests/",
    ]
    for url in urls:
        body = client.get(url).content.decode()
        for word in SECRET_WORDS:
            assert word not in body, f"{word!r} at {url}"
    assert client.get(secret.get_absolute_url()).status_code == 404


def test_a_fulfilment_by_an_exempt_item_is_not_shown(client, twelve_months, clerk):
    exempt = AgendaItem.objects.get(is_exempt=True)
    meeting = Meeting.objects.create(
        committee=exempt.meeting.committee, date=date(2019, 10, 1)
    )
    exempt.meeting = meeting
    exempt.save()
    twelve_months.fulfil(exempt, clerk)
    maker = client.get(twelve_months.agenda_item.get_absolute_url()).content.decode()
    assert "This item fulfils" not in maker
    detail = client.get(twelve_months.get_absolute_url()).content.decode()
    assert "Met by" not in detail


def test_action_plans_show_on_the_committee_page(client, seed):
    committee = seed.meeting.committee
    plan = ActionPlan.objects.create(
        committee=committee, title="9 Point Strategic Response to CSE", slug="9-point"
    )
    action = PlanAction.objects.create(
        plan=plan,
        point="3",
        text="Train every taxi driver",
        owner="Licensing",
        due_date=date(2019, 3, 31),
    )
    action.add_update("Half trained.", "amber", "Licensing", date(2019, 2, 1))
    page = client.get(committee.get_absolute_url()).content.decode()
    assert "9 Point Strategic Response to CSE" in page
    assert "Train every taxi driver" in page and "Amber" in page
    assert client.get(plan.get_absolute_url()).status_code == 200


def test_information_requests_show_who_was_asked_and_the_age(client, seed):
    from moot.tracker.models import InformationRequest

    request = InformationRequest.objects.get(agenda_item=seed)
    request.outcome, request.requested_of = "pending", "Health agencies"
    request.save()
    page = client.get("/information-requests/").content.decode()
    age = (date.today() - date(2018, 9, 19)).days
    assert "Health agencies" in page and f"{age} days" in page
    assert Commitment.objects.count() >= 3
