"""'To the next meeting' follows the committee's calendar."""

from datetime import date

from moot.minutes.records import Commitment as Parsed
from moot.minutes.records import Item, MeetingFacts, Minutes
from moot.records.load import Provenance, store
from moot.records.models import Meeting
from moot.tracker.due import is_next_meeting
from moot.tracker.models import Commitment


def store_next_meeting_promise(day=date(2024, 3, 5)) -> Commitment:
    item = Item(
        number="7.",
        title="Bus services",
        commitments=[
            Parsed(
                kind="resolution",
                resolution="1",
                text="That the Director report back to the next meeting.",
                owner="Director of Place",
                due_phrase="to the next meeting",
            )
        ],
    )
    store(
        Minutes(MeetingFacts(date=day), [item]),
        Provenance("m", "test"),
        body="Bradford",
        committee="Executive",
    )
    return Commitment.objects.get()


def test_the_phrases_that_mean_the_next_meeting():
    assert is_next_meeting("to the next meeting")
    assert is_next_meeting("at the Committee’s next scheduled meeting")
    assert is_next_meeting("to the next scheduled meeting")
    assert not is_next_meeting("in 12 months time")


def test_without_a_meeting_in_the_calendar_there_is_no_date_yet(db):
    promise = store_next_meeting_promise()
    assert promise.due_at_next_meeting is True
    assert promise.due_date is None


def test_the_date_arrives_with_the_meeting_and_follows_it(db):
    promise = store_next_meeting_promise()
    committee = promise.agenda_item.meeting.committee
    later = Meeting.objects.create(committee=committee, date=date(2024, 6, 4))
    promise.refresh_from_db()
    assert promise.due_date == date(2024, 6, 4)
    sooner = Meeting.objects.create(committee=committee, date=date(2024, 4, 16))
    promise.refresh_from_db()
    assert promise.due_date == date(2024, 4, 16)
    sooner.date = date(2024, 4, 30)  # the meeting moves
    sooner.save()
    promise.refresh_from_db()
    assert promise.due_date == date(2024, 4, 30)
    sooner.status = Meeting.Status.CANCELLED
    sooner.save()
    promise.refresh_from_db()
    assert promise.due_date == later.date


def test_a_meeting_already_in_the_calendar_dates_it_on_loading(db):
    from moot.records.models import Body, Committee

    body = Body.objects.create(name="Bradford", slug="bradford")
    committee = Committee.objects.create(body=body, name="Executive", slug="exec")
    Meeting.objects.create(committee=committee, date=date(2024, 4, 2))
    promise = store_next_meeting_promise()
    assert promise.due_date == date(2024, 4, 2)


def test_a_kept_promise_keeps_its_date(db):
    promise = store_next_meeting_promise()
    committee = promise.agenda_item.meeting.committee
    meeting = Meeting.objects.create(committee=committee, date=date(2024, 6, 4))
    promise.withdraw("clerk", "Overtaken by events.")
    meeting.date = date(2024, 7, 1)
    meeting.save()
    promise.refresh_from_db()
    assert promise.due_date == date(2024, 6, 4)
