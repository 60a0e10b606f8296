"""Each row of the decision pages' phrase tables reads as it says."""

import pytest

from moot.importers.moderngov import decision_phrases as phrases
from moot.vocabulary import DecisionStatus


@pytest.mark.parametrize(("label", "field"), phrases.LABELS)
def test_each_label_fills_its_field(label, field):
    assert phrases.label_field(f"{label.title()}: ") == field


@pytest.mark.parametrize(("heading", "field"), phrases.HEADINGS)
def test_each_heading_fills_its_field(heading, field):
    assert phrases.heading_field(f"{heading.capitalize()}:") == field


@pytest.mark.parametrize(("words", "status"), phrases.STATUSES)
def test_each_status_phrase_gives_its_status(words, status):
    assert phrases.status_of(f"Item {words.title()}") == status


@pytest.mark.parametrize(
    ("words", "status"),
    [
        ("Recommendations Approved", DecisionStatus.MADE),
        ("Recommendations Approved (subject to call-in)", DecisionStatus.MADE),
        ("Recommendations not approved", DecisionStatus.REJECTED),
        ("Called In", DecisionStatus.CALLED_IN),
        ("For Determination", DecisionStatus.PROPOSED),
        ("Something new", None),
    ],
)
def test_moderngovs_real_status_words_read_in_the_tables_order(words, status):
    assert phrases.status_of(words) == status
