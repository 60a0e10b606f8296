"""Every status and kind the pure side can produce is a valid choice of the
model field that stores it, and the pure side can produce no other."""

import dataclasses
import typing

import pytest
from django.core.exceptions import ValidationError

from moot import vocabulary
from moot.importers import records as plain
from moot.minutes import records as parsed
from moot.records.models import (
    Attendance,
    Document,
    Meeting,
    Membership,
    MinutesBlock,
    Person,
    Vote,
)
from moot.tracker.models import Commitment, InformationRequest

STORED_IN = [
    (vocabulary.MeetingStatus, Meeting, "status"),
    (vocabulary.MinutesStatus, Meeting, "minutes_status"),
    (vocabulary.AttendanceKind, Attendance, "kind"),
    (vocabulary.PersonKind, Person, "kind"),
    (vocabulary.MembershipRole, Membership, "role"),
    (vocabulary.DocumentKind, Document, "kind"),
    (vocabulary.DocumentRole, Document, "role"),
    (vocabulary.VoteChoice, Vote, "choice"),
    (vocabulary.BlockKind, MinutesBlock, "kind"),
    (vocabulary.CommitmentKind, Commitment, "kind"),
    (vocabulary.RequestOutcome, InformationRequest, "outcome"),
]

WORDS = [
    pytest.param(word, model, name, id=f"{model.__name__}.{name}={word}")
    for enum, model, name in STORED_IN
    for word in enum
]


@pytest.mark.parametrize(("word", "model", "name"), WORDS)
def test_every_word_is_a_valid_choice_of_its_field(word, model, name):
    field = model._meta.get_field(name)

    field.validate(word, None)  # raises ValidationError if not a choice
    assert len(word) <= field.max_length


@pytest.mark.parametrize(
    ("enum", "model", "name"),
    [pytest.param(*row, id=f"{row[1].__name__}.{row[2]}") for row in STORED_IN],
)
def test_every_choice_of_the_field_is_a_word_of_the_vocabulary(enum, model, name):
    choices = {value for value, _ in model._meta.get_field(name).choices}

    assert choices == set(enum)


def test_every_enum_of_the_vocabulary_is_stored_somewhere():
    enums = {
        value
        for value in vars(vocabulary).values()
        if isinstance(value, type) and issubclass(value, vocabulary.StrEnum)
    }
    enums.discard(vocabulary.StrEnum)

    assert enums == {enum for enum, _, _ in STORED_IN}


@pytest.mark.parametrize(
    "record",
    [plain.Membership, plain.Person, plain.Document, plain.Attendee, plain.Meeting],
)
def test_the_importers_records_default_to_words_of_the_vocabulary(record):
    hints = typing.get_type_hints(record)
    worded = [
        f
        for f in dataclasses.fields(record)
        if isinstance(hints[f.name], type)
        and issubclass(hints[f.name], vocabulary.StrEnum)
    ]
    assert worded
    for f in worded:
        assert f.default in hints[f.name]


@pytest.mark.parametrize(
    "make",
    [
        lambda word: parsed.Block(word, text="Noted."),
        lambda word: parsed.InformationRequest("Figures by ward.", word),
        lambda word: parsed.Commitment(word, None, "That a report be brought."),
    ],
    ids=["Block", "InformationRequest", "Commitment"],
)
def test_the_parsers_records_refuse_a_word_outside_the_vocabulary(make):
    with pytest.raises(ValueError, match="'minuted' is not a valid"):
        make("minuted")


def test_a_word_outside_the_vocabulary_is_not_a_valid_choice():
    with pytest.raises(ValidationError):
        Meeting._meta.get_field("status").validate("minuted", None)
