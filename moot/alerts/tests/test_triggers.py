"""What a subscriber hears, from the change point only: decisions, meetings,
a commitment's state, its due date passing, answers, search matches; each fact
once, nothing from an exempt item, digests gathered."""

from datetime import date, timedelta

import pytest

from moot.alerts.models import Subscription
from moot.alerts.tasks import baseline, daily
from moot.records.models import AgendaItem, Meeting, Resolution
from moot.tracker.models import Commitment, InformationRequest

from .mail import body, inbox

Kind = Subscription.Kind


@pytest.fixture
def item(transactional_db, stored_seed, settings, tmp_path) -> AgendaItem:
    settings.MOOT_DATA_DIR = tmp_path  # the search index
    return AgendaItem.objects.select_related("meeting").get(pk=stored_seed.items[0].pk)


def follow(kind: str, target: int = 0, **fields: object) -> Subscription:
    """A confirmed subscription, its starting point recorded as on confirming."""
    sub = Subscription.objects.create(
        email=f"{kind}@example.org", kind=kind, target=target, confirmed=True, **fields
    )
    baseline(sub.pk)
    return sub


def subjects(folder, to: str) -> list[str]:
    return [m["Subject"] for m in inbox(folder) if m["To"] == to]


def test_a_new_decision_reaches_the_item_and_committee_followers(mailbox, item):
    follow(Kind.ITEM, item.pk)
    follow(Kind.COMMITTEE, item.meeting.committee_id)
    Resolution.objects.create(
        agenda_item=item, position=99, text="That the library opens on Sundays."
    )
    for to in ("item@example.org", "committee@example.org"):
        [decision] = [
            m for m in inbox(mailbox) if m["To"] == to and "Decision" in m["Subject"]
        ]
        assert "That the library opens on Sundays." in body(decision)


def test_a_new_meeting_reaches_the_committee_followers(mailbox, item):
    follow(Kind.COMMITTEE, item.meeting.committee_id)
    Meeting.objects.create(committee=item.meeting.committee, date=date(2031, 1, 9))
    assert "Meeting: " in " ".join(subjects(mailbox, "committee@example.org"))
    assert any("9 January 2031" in body(m) for m in inbox(mailbox))


def test_an_answer_to_an_information_request_is_told(mailbox, item):
    follow(Kind.ITEM, item.pk)
    request = InformationRequest.objects.create(
        agenda_item=item, text="How many bins were emptied?"
    )
    assert not any("Information" in s for s in subjects(mailbox, "item@example.org"))
    request.provide("4,312 bins.", on=date(2019, 1, 3))
    [answer] = [m for m in inbox(mailbox) if "Information request" in m["Subject"]]
    assert "4,312 bins." in body(answer) and "How many bins" in body(answer)


def test_fulfilment_and_the_due_date_passing_are_each_told_once(mailbox, item):
    promise = Commitment.objects.public().filter(status="open").first()
    Commitment.objects.filter(pk=promise.pk).update(
        due_date=date.today() - timedelta(days=1)
    )
    follow(Kind.COMMITMENT, promise.pk)
    daily()
    daily()  # the same day again: nothing new
    overdue = [s for s in subjects(mailbox, "commitment@example.org")]
    assert [s.split(":")[0] for s in overdue] == ["Past its due date"]
    promise.refresh_from_db()
    promise.fulfil(item, by="Clerk")
    last = inbox(mailbox)[-1]
    assert last["Subject"].startswith("Fulfilled: ")
    assert "Fulfilled on 19 September 2018" in body(last)


def test_a_new_search_match_is_told(mailbox, item):
    follow(Kind.SEARCH, query={"q": "Nightwatch"})
    follow(Kind.SEARCH, query={"q": "Nightwatch", "committee": "no-such-committee"})
    item.title = item.title + " (revised)"
    item.save()
    [match] = inbox(mailbox)
    assert match["To"] == "search@example.org"
    assert match["Subject"] == f"New in your search: {item.title}"


def test_an_exempt_item_tells_nobody_anything(mailbox, item):
    follow(Kind.ITEM, item.pk)
    follow(Kind.COMMITTEE, item.meeting.committee_id)
    follow(Kind.SEARCH, query={"q": "Nightwatch"})
    AgendaItem.objects.filter(pk=item.pk).update(is_exempt=True)
    Resolution.objects.create(agenda_item=item, position=99, text="Secret terms.")
    # Its title may be known (the agenda lists it), its content never.
    texts = " ".join(body(m) + m["Subject"] for m in inbox(mailbox))
    assert "Secret terms" not in texts
    assert not [m for m in inbox(mailbox) if m["To"] != "committee@example.org"]
    assert "Nightwatch" not in texts


def test_a_daily_follower_gets_one_digest(mailbox, item):
    follow(Kind.ITEM, item.pk, frequency=Subscription.Frequency.DAILY)
    Resolution.objects.create(agenda_item=item, position=98, text="First.")
    Resolution.objects.create(agenda_item=item, position=99, text="Second.")
    assert inbox(mailbox) == []
    daily()
    [digest] = inbox(mailbox)
    assert "updates on the agenda item" in digest["Subject"]
    assert "First." in body(digest) and "Second." in body(digest)
    daily()
    assert len(inbox(mailbox)) == 1
