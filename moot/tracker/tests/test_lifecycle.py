"""A commitment's status changes only through its methods, each one recorded."""

from datetime import date

import pytest

from moot.records.models import AgendaItem, Meeting
from moot.tracker.models import Commitment, Rag, TransitionError


def later_item(seed, day=date(2019, 9, 12), title="CSE: a further update"):
    meeting = Meeting.objects.create(committee=seed.meeting.committee, date=day)
    return AgendaItem.objects.create(meeting=meeting, title=title, slug="cse")


def test_undertakings_found_by_the_parser_start_proposed(seed):
    undertaking = Commitment.objects.get(agenda_item=seed, kind="undertaking")
    assert undertaking.status == Commitment.Status.PROPOSED
    assert Commitment.objects.get(due_phrase="in 12 months time").status == "open"


def test_a_clerk_confirms_a_proposed_undertaking_and_it_is_recorded(seed, clerk):
    undertaking = Commitment.objects.get(agenda_item=seed, kind="undertaking")
    undertaking.confirm(clerk, "Officers gave this undertaking.", owner="Director")
    undertaking.refresh_from_db()
    assert undertaking.status == "open" and undertaking.owner == "Director"
    event = undertaking.events.get()
    assert (event.from_status, event.to_status) == ("proposed", "open")
    assert event.by == clerk and event.by_name == "Cal"
    assert event.why == "Officers gave this undertaking."


def test_fulfilling_links_the_item_and_dates_the_fulfilment(twelve_months, clerk):
    item = later_item(twelve_months.agenda_item)
    twelve_months.fulfil(item, clerk, "The update came.")
    twelve_months.refresh_from_db()
    assert twelve_months.status == "fulfilled"
    assert twelve_months.fulfilled_by == item
    assert twelve_months.fulfilled_on == date(2019, 9, 12)
    assert twelve_months.outcome() == "on-time"
    assert twelve_months.fulfilments.get().state == "confirmed"
    assert list(twelve_months.events.values_list("to_status", flat=True)) == [
        "fulfilled"
    ]


def test_a_late_fulfilment_counts_as_kept_late(twelve_months, clerk):
    twelve_months.fulfil(later_item(twelve_months.agenda_item, date(2020, 1, 9)), clerk)
    assert twelve_months.outcome() == "late"


def test_withdraw_supersede_and_reopen_each_leave_an_event(twelve_months, clerk):
    other = Commitment.objects.get(recipient="Area Committees")
    twelve_months.withdraw(clerk, "No longer needed.")
    twelve_months.reopen(clerk, "Withdrawn in error.")
    twelve_months.supersede(clerk, "Folded into one report.", replacement=other)
    twelve_months.refresh_from_db()
    assert twelve_months.status == "superseded"
    assert twelve_months.superseded_by == other
    moves = list(twelve_months.events.values_list("from_status", "to_status"))
    assert moves == [
        ("open", "withdrawn"),
        ("withdrawn", "open"),
        ("open", "superseded"),
    ]


def test_an_impossible_move_is_refused(twelve_months, clerk):
    twelve_months.withdraw(clerk, "Dropped.")
    with pytest.raises(TransitionError, match="withdrawn cannot become fulfilled"):
        twelve_months.fulfil(later_item(twelve_months.agenda_item), clerk)
    assert twelve_months.events.count() == 1


def test_overdue_is_computed_from_the_due_date_and_today(twelve_months, minutes_since):
    assert twelve_months.is_overdue(date(2019, 9, 20)) is True
    assert twelve_months.days_overdue(date(2019, 9, 29)) == 10
    assert twelve_months.is_overdue(date(2019, 9, 19)) is False
    assert twelve_months.outcome(date(2019, 1, 1)) == "open"
    assert (
        Commitment.objects.overdue(date(2019, 9, 20))
        .filter(pk=twelve_months.pk)
        .exists()
    )


def test_past_due_with_no_minutes_since_is_not_called_overdue(twelve_months):
    # Moot holds this council's minutes up to September 2018 only: whether the
    # update came in September 2019 is not on record here.
    today = date(2020, 3, 1)
    assert twelve_months.is_overdue(today) is False
    assert twelve_months.is_unrecorded(today) is True
    assert twelve_months.standing(today) == "unrecorded"
    assert twelve_months.days_overdue(today) == 0
    assert twelve_months.days_past_due(today) == (today - date(2019, 9, 19)).days
    rows = Commitment.objects.filter(pk=twelve_months.pk)
    assert not rows.overdue(today).exists()
    assert rows.unrecorded(today).exists() and rows.past_due(today).exists()


def test_minutes_after_the_due_date_make_it_overdue(twelve_months, minutes_since):
    assert twelve_months.outcome(date(2020, 3, 1)) == "overdue"
    # Minutes only up to a date before the due date reach too short.
    minutes_since.date = date(2019, 9, 1)
    minutes_since.save()
    fresh = Commitment.objects.with_reach().get(pk=twelve_months.pk)
    assert fresh.outcome(date(2020, 3, 1)) == "unrecorded"
    # A meeting whose minutes are not out yet does not count either.
    minutes_since.date = date(2020, 1, 16)
    minutes_since.minutes_status = minutes_since.MinutesStatus.NONE
    minutes_since.save()
    assert Commitment.objects.unrecorded(date(2020, 3, 1)).filter(pk=fresh.pk)


def test_progress_updates_come_newest_first(twelve_months, clerk):
    twelve_months.add_update("Data gathered.", Rag.GREEN, clerk, date(2019, 3, 1))
    twelve_months.add_update("Slipping.", Rag.AMBER, "The owner", date(2019, 6, 1))
    notes = list(twelve_months.updates.values_list("note", "rag", "by_name"))
    assert notes == [
        ("Slipping.", "amber", "The owner"),
        ("Data gathered.", "green", "Cal"),
    ]
