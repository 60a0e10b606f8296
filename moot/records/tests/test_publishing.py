"""A clerk's minutes go from paste to draft to published to approved, in the admin.

A draft is for staff only: nothing in it reaches any public page, feed,
export or search until it is published, and then it does at once.
"""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from moot.records.models import AgendaItem, Body, Committee, Meeting
from moot.records.publishing import publish_due, schedule

from .crawl import crawl

MINUTES = (
    "Fictional Borough Council\n"
    "Minutes of the Planning Committee held on 4 March 2025\n\n"
    "1. Quillfeather Lane Allotments\n"
    "RESOLVED: That the Wrenfield allotment lease be renewed for five years.\n"
)
WORDS = ["Quillfeather", "allotment"]  # searched for; the search page repeats them


@pytest.fixture
def site(transactional_db, settings, tmp_path):
    settings.MOOT_DATA_DIR = tmp_path
    body = Body.objects.create(
        name="Fictional Borough Council", slug="fbc", is_sample=True
    )
    return Committee.objects.create(
        body=body, name="Planning Committee", slug="planning"
    )


def _found(client, word: str) -> int:
    return client.get("/search.json", {"q": word}).json()["total"]


def _seen(client) -> str:
    return "\n".join(crawl(client, WORDS).values())


def test_a_clerk_takes_minutes_from_paste_to_draft_to_published_to_approved(
    site, admin_client, client
):
    # A draft meeting, made in the admin.
    add = admin_client.post(
        reverse("admin:records_meeting_add"),
        {
            "committee": site.pk,
            "date": "2025-03-04",
            "status": "held",
            "minutes_status": "draft",
            "draft": "on",
            "items-TOTAL_FORMS": "0",
            "items-INITIAL_FORMS": "0",
            "attendance-TOTAL_FORMS": "0",
            "attendance-INITIAL_FORMS": "0",
            "documents-TOTAL_FORMS": "0",  # the meeting's own papers
            "documents-INITIAL_FORMS": "0",
            "declarations-TOTAL_FORMS": "0",
            "declarations-INITIAL_FORMS": "0",
        },
    )
    assert add.status_code == 302
    meeting = Meeting.objects.get(committee=site)
    assert meeting.draft

    # Paste, preview, save: stored, but seen by staff only.
    paste = reverse("admin:records_meeting_paste", args=[meeting.pk])
    preview = admin_client.post(paste, {"text": MINUTES}).content.decode()
    assert "Wrenfield allotment lease" in preview
    saved = admin_client.post(paste, {"text": MINUTES, "save": "1"}, follow=True)
    assert AgendaItem.objects.filter(meeting=meeting).count() == 1
    assert "Wrenfield" not in _seen(client)
    assert _found(client, "Wrenfield") == 0
    item = AgendaItem.objects.get(meeting=meeting)
    assert client.get(item.get_absolute_url()).status_code == 404
    assert client.get(meeting.get_absolute_url()).status_code == 404
    assert saved.status_code == 200

    # Publish now: every public path shows it at once, with a message to the clerk.
    changelist = reverse("admin:records_meeting_changelist")
    done = admin_client.post(
        changelist,
        {"action": "publish_now", "_selected_action": [meeting.pk]},
        follow=True,
    )
    assert "1 meeting(s) published" in done.content.decode()
    seen = _seen(client)
    assert "Wrenfield allotment lease be renewed" in seen
    assert client.get(item.get_absolute_url()).status_code == 200
    assert _found(client, "Wrenfield") > 0  # the item, its minutes, its resolution

    # Approved at the next meeting.
    later = Meeting.objects.create(committee=site, date=date(2025, 4, 1))
    done = admin_client.post(
        changelist,
        {"action": "approve_minutes", "_selected_action": [meeting.pk]},
        follow=True,
    )
    assert "marked approved as a correct record at the meeting of 1 April 2025" in (
        done.content.decode()
    )
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Approved as a correct record" in page
    assert later.get_absolute_url() in page


def test_a_publication_set_for_later_happens_when_its_time_comes(site, client):
    early = Meeting.objects.create(committee=site, date=date(2025, 3, 4))
    late = Meeting.objects.create(committee=site, date=date(2025, 3, 11))
    now = timezone.now()
    schedule(Meeting.objects.filter(pk=early.pk), now - timedelta(minutes=1))
    schedule(Meeting.objects.filter(pk=late.pk), now + timedelta(days=1))
    assert client.get(early.get_absolute_url()).status_code == 404
    before = Meeting.objects.get(pk=early.pk).modified
    assert publish_due(now) == 1
    assert client.get(early.get_absolute_url()).status_code == 200
    assert client.get(late.get_absolute_url()).status_code == 404
    assert Meeting.objects.get(pk=early.pk).modified > before  # sync clients hear of it
    call_command("publish-due")  # nothing more is due
    assert Meeting.objects.get(pk=late.pk).draft
