"""``moot remind`` emails each owner once per state of a commitment."""

from datetime import date
from io import StringIO

from django.core import mail
from django.core.management import call_command

from moot.tracker.models import Commitment, OwnerContact, Reminder

OWNER = "Strategic Director, Children’s Services"


def remind(*args: str) -> str:
    out = StringIO()
    call_command("remind", *args, stdout=out)
    return out.getvalue()


def test_owners_are_reminded_once_about_overdue_commitments(seed, secret):
    OwnerContact.objects.create(name=OWNER.upper(), email="director@example.org")
    OwnerContact.objects.create(name="Secret Owner", email="secret@example.org")
    out = remind("--today", "2019-10-01")
    assert "Sent 1 email(s) about 1 commitment(s)" in out
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["director@example.org"]
    assert (
        "overdue by 12 days" in sent.body and "An update on the progress" in sent.body
    )
    assert "Tyrls" not in sent.body  # the exempt item's promise is never sent
    again = remind("--today", "2019-10-02")
    assert len(mail.outbox) == 1 and "1 already reported" in again


def test_falling_due_then_overdue_are_two_states(seed):
    OwnerContact.objects.create(name=OWNER, email="director@example.org")
    remind("--today", "2019-09-10", "--days", "14")
    assert "due 19 September 2019" in mail.outbox[0].body
    remind("--today", "2019-09-20")
    assert len(mail.outbox) == 2 and "overdue by 1 days" in mail.outbox[1].body
    assert Reminder.objects.count() == 2


def test_a_moved_due_date_is_a_new_state(seed):
    OwnerContact.objects.create(name=OWNER, email="director@example.org")
    remind("--today", "2019-10-01")
    Commitment.objects.filter(due_phrase="in 12 months time").update(
        due_date=date(2019, 9, 26)
    )
    remind("--today", "2019-10-01")
    assert len(mail.outbox) == 2


def test_dry_run_sends_and_records_nothing(seed):
    OwnerContact.objects.create(name=OWNER, email="director@example.org")
    out = remind("--today", "2019-10-01", "--dry-run")
    assert "To: director@example.org" in out and "Would send 1 email(s)" in out
    assert mail.outbox == [] and not Reminder.objects.exists()


def test_owners_without_an_email_are_listed(seed):
    Commitment.objects.filter(kind="undertaking").update(status="open")
    out = remind("--today", "2019-10-01")
    assert mail.outbox == []
    assert "have an owner with no email" in out
    assert f"{OWNER}: An update on the progress" in out
    assert "no owner: A revised structure" in out
