"""Moot's UK extension on OParl agenda items and papers: recommendations,
minutes, resolutions, questions and answers, information requests,
commitments with owner, due date, status, fulfilment and history, and the
issue (thread) an item belongs to."""

import pytest

from moot.records.models import AgendaItem, Document, Meeting, Report
from moot.tracker.models import Commitment, Fulfilment

from .conftest import SECRETS

pytestmark = pytest.mark.django_db
SEED = (
    "ARRANGEMENTS BY THE COUNCIL AND ITS PARTNERS TO TACKLE CHILD SEXUAL EXPLOITATION"
)


def oparl(client, kind: str, pk: int) -> dict:
    response = client.get(f"/oparl/{kind}/{pk}/")
    assert response.status_code == 200
    return response.json()


def test_the_seed_item_carries_what_its_minutes_record(council, client):
    item = AgendaItem.objects.get(title=SEED)
    obj = oparl(client, "agenda-item", item.pk)
    assert len(obj["moot:recommendations"]) == 3
    assert obj["moot:resolutions"][0]["text"].startswith(
        "That an update on the progress"
    )
    assert obj["resolutionText"].startswith("(1) That an update")
    assert obj["moot:questions"] and obj["moot:questions"][0]["responses"]
    request = obj["moot:informationRequests"][0]
    assert request["outcome"] == "refused" and request["reason"]
    due = [c for c in obj["moot:commitments"] if c["dueDate"]]
    assert due and due[0]["duePhrase"] and due[0]["status"] == "open"
    assert due[0]["web"].startswith("http://testserver/commitments/")


def test_a_fulfilled_commitment_links_the_item_that_met_it(council, client):
    promise = Commitment.objects.public().filter(agenda_item__title=SEED).first()
    later = AgendaItem.objects.public().open().exclude(pk=promise.agenda_item_id)
    later = later.filter(meeting__date__gt=promise.agenda_item.meeting.date).first()
    Fulfilment.objects.create(commitment=promise, item=later).confirm(by="A clerk")
    promise.refresh_from_db()
    obj = oparl(client, "agenda-item", promise.agenda_item_id)
    shown = next(c for c in obj["moot:commitments"] if c["text"] == promise.text)
    assert shown["fulfilledBy"] == [f"http://testserver/oparl/agenda-item/{later.pk}/"]
    assert shown["history"][-1]["to"] == promise.status
    assert shown["history"][-1]["by"] == "A clerk"  # as the commitment page says
    # Both items are now one issue (thread), shown on each of them.
    met = oparl(client, "agenda-item", later.pk)
    assert met["moot:issue"] == obj["moot:issue"]
    assert met["moot:issue"]["web"].startswith("http://testserver/issues/")
    assert shown["web"] in met["moot:fulfils"]


def test_a_paper_carries_the_report_summary_author_and_contact(council, client):
    report = Report.objects.public().exclude(contact_name="").first()
    obj = oparl(client, "paper", report.pk)
    assert obj["moot:summary"] == report.summary
    assert obj["moot:author"] == report.author
    assert obj["moot:contactName"] == report.contact_name
    assert obj["consultation"][0]["agendaItem"].endswith(f"/{report.agenda_item_id}/")


def test_an_exempt_item_carries_only_the_law_for_why(council, client):
    for item in AgendaItem.objects.public().filter(is_exempt=True):
        obj = oparl(client, "agenda-item", item.pk)
        extension = {k for k in obj if k.startswith("moot:")}
        assert extension == {"moot:exempt"}
        assert "resolutionText" not in obj and "auxiliaryFile" not in obj
        assert [w for w in SECRETS if w in str(obj)] == []
        assert all(p["description"] for p in obj["moot:exempt"]["paragraphs"])


def test_a_meeting_carries_its_papers_webcast_and_declarations(council, client):
    meeting = Meeting.objects.get(committee__body__name="Brackenfold Borough Council")
    meeting.webcast_url = "https://webcasts.example.org/planning"
    meeting.save()
    for role, title in [("invitation", "Summons"), ("agenda", "Agenda pack")]:
        Document.objects.create(meeting=meeting, role=role, title=title)

    obj = oparl(client, "meeting", meeting.pk)

    assert obj["invitation"]["name"] == "Summons"
    assert obj["invitation"]["meeting"] == [obj["id"]]
    assert [f["moot:role"] for f in obj["auxiliaryFile"]] == ["agenda"]
    assert obj["moot:webcast"] == "https://webcasts.example.org/planning"
    declared = {
        d["aboutNumber"]: d for d in obj["moot:declarations"] if "aboutNumber" in d
    }
    assert declared["7"]["interest"] == "Owns land next to the site"
    assert declared["8"]["interestWithheld"] is True and "interest" not in declared["8"]
    item = next(i for i in obj["agendaItem"] if i["number"] == "7")
    assert item["moot:resolutions"][0]["votes"][0]["choice"] in {"for", "against"}
    assert not [w for w in SECRETS if w in str(obj)]
