"""Every promise phrase row reads as it says, and real promise wordings give
the owner, recipient and due date a careful reader finds."""

from datetime import date

import pytest

from moot.minutes import parse
from moot.minutes import promise_phrases as phrases
from moot.minutes.commitments import is_promise, owner_in, recipient_in
from moot.minutes.dates import find_due

TABLES = {
    "PROMISES": phrases.PROMISES,
    "NOT_PROMISES": phrases.NOT_PROMISES,
    "DIRECTIONS": phrases.DIRECTIONS,
    "NARRATIVE_PROMISES": phrases.NARRATIVE_PROMISES,
    "OWNERS": phrases.OWNERS,
    "RECIPIENTS": phrases.RECIPIENTS,
    "OPEN_DUES": phrases.OPEN_DUES,
    "RECOMMENDATION_LEADS": phrases.RECOMMENDATION_LEADS,
}
ROWS = [(name, row) for name, table in TABLES.items() for row in table]


@pytest.mark.parametrize(
    ("table", "row"), ROWS, ids=[f"{n}:{r.example[:30]}" for n, r in ROWS]
)
def test_each_row_matches_its_example(table, row):
    assert row.regex.search(row.example), f"{table}: {row.pattern!r}"


@pytest.mark.parametrize("row", phrases.OWNERS, ids=lambda r: r.example[:30])
def test_each_owner_row_names_an_owner(row):
    assert owner_in(row.example)


@pytest.mark.parametrize("row", phrases.RECIPIENTS, ids=lambda r: r.example[:30])
def test_each_recipient_row_names_a_recipient(row):
    assert recipient_in(row.example)


@pytest.mark.parametrize("row", phrases.OPEN_DUES, ids=lambda r: r.example[:30])
def test_an_open_due_has_a_phrase_and_no_date(row):
    [due] = find_due(row.example, date(2024, 11, 12))
    assert due.phrase and due.date is None


MEETING = date(2024, 11, 12)
# (where the words stand, the words, owner, recipient, due phrase, due date)
PROMISES = [
    (
        "narrative",
        "The Treasurer advised that a further report would be submitted to the "
        "Finance Sub Committee in March.",
        None,
        "the Finance Sub Committee",
        "in March",
        date(2025, 3, 31),
    ),
    (
        "narrative",
        "Following discussion, Council directed staff to come back within 60 days "
        "with options.",
        "staff",
        None,
        "within 60 days",
        date(2025, 1, 11),
    ),
    (
        "narrative",
        "The clerk is to write to Kent County Council about the verges - Action - Clerk",
        "Clerk",
        "Kent County Council",
        None,
        None,
    ),
    (
        "resolution",
        "That the Chair writes to the Cabinet Member on behalf of the Committee.",
        "Chair",
        "the Cabinet Member",
        None,
        None,
    ),
    (
        "resolution",
        "That the Director attends a future meeting of the Committee.",
        "Director",
        "the Committee",
        "a future meeting",
        None,
    ),
    (
        "resolution",
        "That the Head of Planning provides an update on the scheme within the next "
        "12 months to this Committee.",
        "Head of Planning",
        "this Committee",
        "within the next 12 months",
        date(2025, 11, 12),
    ),
    (
        "narrative",
        "The Chief Officer had undertaken to circulate the figures to members of the "
        "Committee.",
        "The Chief Officer",
        "members of the Committee",
        None,
        None,
    ),
    (
        "resolution",
        "That officers report back on the consultation within two cycles.",
        "officers",
        None,
        "within two cycles",
        None,
    ),
    (
        "resolution",
        "That a revised policy be brought back for June 2025.",
        None,
        None,
        "for June 2025",
        date(2025, 6, 30),
    ),
    (
        "resolution",
        "That the Director of Finance report to the following meeting.",
        "Director of Finance",
        None,
        "to the following meeting",
        None,
    ),
    (
        "resolution",
        "Be it Resolved That Council direct staff to report back on options within "
        "60 days.",
        "staff",
        None,
        "within 60 days",
        date(2025, 1, 11),
    ),
    (
        "resolution",
        "That the Chair writes to the Cabinet Member for Transport.",
        "Chair",
        "the Cabinet Member for Transport",
        None,
        None,
    ),
    (
        "narrative",
        "Clerk to write to Kent County Council about the verges.",
        "Clerk",
        "Kent County Council",
        None,
        None,
    ),
    (
        "narrative",
        "Item to be brought back to the next meeting.",
        None,
        None,
        "to the next meeting",
        None,
    ),
    (
        "narrative",
        "The Chair agreed to write to Cllr Vanier requesting more information.",
        "The Chair",
        "Cllr Vanier",
        None,
        None,
    ),
    (
        "narrative",
        "The Legal Manager advised that the investigation would be reported to a "
        "future meeting of the Corporate Policy and Performance Committee.",
        None,
        "the Corporate Policy and Performance Committee",
        "a future meeting",
        None,
    ),
    (
        "narrative",
        "City Attorney Rosen announced that the City Council will recess to a closed "
        "session and will report out any reportable action.",
        None,
        None,
        None,
        None,
    ),
    (
        "narrative",
        "The Director said officers would report to the November meeting on the "
        "options.",
        "officers",
        None,
        None,
        None,
    ),
    (
        "narrative",
        "Officers will report to a future meeting of the Committee.",
        "Officers",
        "the Committee",
        "to a future meeting",
        None,
    ),
    (
        "resolution",
        "Develop an active multi-agency Air Quality Forum.",
        None,
        None,
        None,
        None,
    ),
    # Noting what officers will do records their promise (Aberdeen, 2024).
    (
        "resolution",
        "to note that officers would report to the November meeting on the review "
        "of certain Air Quality Management Areas.",
        "officers",
        None,
        None,
        None,
    ),
    # A deferred item comes back (Bromsgrove, 2012).
    (
        "narrative",
        "The Leader reported that this item was deferred until the next meeting of "
        "the Cabinet to allow officers further time to report on the issue.",
        None,
        "the Cabinet",
        "until the next meeting",
        None,
    ),
    # What the meeting asks to hear again (Oxfordshire, 2013).
    (
        "resolution",
        "Receive further reports from the Cabinet Advisory Group on Safeguarding "
        "Assurance.",
        None,
        None,
        None,
        None,
    ),
]


def _page(where: str, words: str) -> bytes:
    if where == "resolution":
        return f"14. Roads\n\nRESOLVED –\n\n{words}\n".encode()
    return f"14. Roads\n\nMembers discussed the report.\n\n{words}\n".encode()


@pytest.mark.parametrize(
    ("where", "words", "owner", "recipient", "phrase", "due"),
    PROMISES,
    ids=[p[1][:40] for p in PROMISES],
)
def test_a_promise_names_its_owner_recipient_and_due(
    where, words, owner, recipient, phrase, due
):
    [item] = parse(_page(where, words), "t.txt", MEETING).items
    [commitment] = item.commitments
    assert commitment.kind == ("resolution" if where == "resolution" else "undertaking")
    assert commitment.owner == owner
    assert commitment.recipient == recipient
    if phrase:
        assert phrase in (commitment.due_phrase or "")
    else:
        assert commitment.due_phrase is None
    assert commitment.due_date == due


@pytest.mark.parametrize(
    "words",
    [
        "That the report be noted.",
        "That the minutes of the meeting held on 3 May 2024 be approved.",
        "That the revised terms of reference be endorsed.",
        "That Councillor Khan be appointed to the Panel.",
        "That the petition be received.",
        "Noted that COSLA items could be provided to members electronically.",
        "That Cabinet approved that the meeting remain in public session.",
    ],
)
def test_noting_approving_endorsing_appointing_promise_nothing(words):
    assert not is_promise(words, MEETING)
    [item] = parse(_page("resolution", words), "t.txt", MEETING).items
    assert item.commitments == []


@pytest.mark.parametrize(
    "words",
    [
        "The scheme would provide 50 new homes in the ward.",
        "The report had been submitted to the Committee in March.",
        "Members agreed that the visit had been useful.",
        "Due to report delays the item was deferred.",
        "Internet Safety Conference to share good practice with 80 delegates.",
    ],
)
def test_a_narrative_that_promises_nothing_gives_no_commitment(words):
    [item] = parse(_page("narrative", words), "t.txt", MEETING).items
    assert item.commitments == []
