"""The OParl 1.1 API at /oparl/, walked whole over the sample council, the
seed item and hostile exempt minutes."""

import pytest

from .conftest import SECRETS
from .oparl_walk import Walk, problems

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def walked(council, django_db_blocker):  # type: ignore[no-untyped-def]
    from django.test import Client, override_settings

    with django_db_blocker.unblock(), override_settings(SECURE_SSL_REDIRECT=False):
        return Walk(Client()).run()


def test_every_object_validates_against_the_oparl_schemas(walked):
    assert len(walked.objects) > 200
    errors = [e for obj in walked.objects.values() for e in problems(obj)]
    assert errors == []


def test_every_type_is_served(walked):
    kinds = {o["type"].rsplit("/", 1)[-1] for o in walked.objects.values()}
    assert kinds >= {
        "System",
        "Body",
        "Organization",
        "Person",
        "Membership",
        "Meeting",
        "AgendaItem",
        "Paper",
        "File",
        "Location",
    }


def test_exempt_words_reach_no_answer(walked):
    everything = b"\n".join(walked.answers.values()).decode()
    assert [w for w in SECRETS if w in everything] == []
    assert "Land at Quillfeather Lane" in everything  # the title stays public


def test_sync_lists_with_tombstones_carry_no_exempt_words(walked, client):
    """A sync client's lists (any filter) add tombstones; they too hold nothing
    an exempt item withholds."""
    from moot.records.models import AgendaItem

    AgendaItem.objects.filter(title="Parks Strategy").first().withhold()
    bodies = [o for o in walked.objects.values() if o["type"].endswith("/Body")]
    answers = []
    for body in bodies:
        for key in ("meeting", "agendaItem", "paper", "file", "person"):
            url = body[key].removeprefix("http://testserver")
            page = client.get(f"{url}?modified_since=2000-01-01T00:00:00Z")
            assert page.status_code == 200
            answers.append(page.content.decode())
    everything = "\n".join(answers)
    assert '"deleted": true' in everything
    assert [w for w in SECRETS if w in everything] == []
    assert "That the Parks Strategy be approved." not in everything
