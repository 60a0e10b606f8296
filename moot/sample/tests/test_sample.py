from datetime import date

import pytest
from django.db import transaction

from moot.decisions.models import Decision, ForwardPlanEntry, RegisteredInterest
from moot.records.models import (
    AgendaItem,
    Body,
    Declaration,
    Document,
    Meeting,
    Vote,
)
from moot.sample.councils import generate
from moot.tracker.models import Commitment

TODAY = date(2026, 3, 1)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def snapshot():
    return list(
        AgendaItem.objects.order_by(
            "meeting__date", "meeting__committee__name", "position"
        ).values_list("title", "meeting__date", "meeting__committee__name", "is_exempt")
    ) + list(
        Commitment.objects.order_by("due_date", "text", "status").values_list(
            "status", "due_date"
        )
    )


def test_the_same_seed_gives_the_same_records(db):
    with transaction.atomic():
        generate(400, seed=3, today=TODAY)
        first = snapshot()
        transaction.set_rollback(True)
    generate(400, seed=3, today=TODAY)
    assert snapshot() == first
    assert AgendaItem.objects.count() == 400


def test_sample_councils_are_realistic_and_labelled(db):
    generate(600, seed=5, today=TODAY)
    assert Body.objects.get().is_sample is True
    assert Commitment.objects.overdue(TODAY).exists()
    assert Commitment.objects.filter(status="fulfilled").exists()
    assert AgendaItem.objects.filter(is_exempt=True).exists()
    assert AgendaItem.objects.filter(meeting__date__gt=TODAY).exists()
    document = Document.objects.exclude(file="").first()
    assert document.file.read().startswith(b"%PDF-")


def test_sample_meetings_have_papers_webcasts_declarations_and_votes(db):
    generate(600, seed=5, today=TODAY)

    held = Meeting.objects.filter(status="held")
    assert Document.objects.public().filter(meeting__in=held, role="minutes").exists()
    assert held.exclude(webcast_url="").exists()
    assert AgendaItem.objects.filter(webcast_start__isnull=False).exists()
    assert Declaration.objects.public().exclude(public_interest="").exists()
    votes = Vote.objects.filter(resolution__vote="carried 7-2")
    assert (
        votes.filter(choice="against").count() * 7
        == votes.filter(choice="for").count() * 2
    )


def test_running_it_again_leaves_the_council_alone(db):
    generate(50, seed=2, today=TODAY)
    assert "already there" in generate(50, seed=2, today=TODAY)[0]
    assert AgendaItem.objects.count() == 50


def test_sample_pdfs_carry_extractable_text(db):
    import pypdfium2

    generate(300, seed=4, today=TODAY)
    document = Document.objects.exclude(file="").first()
    pdf = pypdfium2.PdfDocument(document.file.path)
    text = pdf[0].get_textpage().get_text_range()
    assert document.text.splitlines()[0] in text


def test_the_sample_council_has_decisions_a_forward_plan_and_interests(db):
    generate(60, seed=6, today=TODAY)
    decisions = Decision.objects.public()
    assert decisions.filter(is_key=True).exists()
    assert decisions.filter(is_exempt=True).exists()
    assert decisions.filter(person__isnull=False).exists()
    assert {d.source for d in decisions} == {"moot sample"}
    assert ForwardPlanEntry.objects.filter(decision__isnull=False).exists()
    assert ForwardPlanEntry.objects.filter(expected__gt=TODAY).exists()
    assert RegisteredInterest.objects.filter(person__body__is_sample=True).exists()
