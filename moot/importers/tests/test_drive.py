"""The one driver, on a source made of plain records: what any new source gets."""

import datetime as dt
from collections.abc import Iterator

import pytest

from moot.importers import records
from moot.importers.drive import drive
from moot.importers.source import NoLists, Read
from moot.importers.summary import Summary
from moot.records.models import Committee, Meeting

pytestmark = pytest.mark.django_db
CABINET = records.Committee("c1", "Cabinet")


def meeting(n: int) -> records.Meeting:
    item = records.Item(f"i{n}", f"Item of meeting {n}", number="1")
    return records.Meeting(f"m{n}", CABINET, dt.date(2024, 5, n), items=[item])


def broken(summary: Summary) -> records.Meeting:
    raise RuntimeError("the converter tripped")


class Memory(NoLists):
    """A source that reads nothing from anywhere: its records are given."""

    importer = "import memory"
    client = None
    documents = False
    source = "memory:"

    def __init__(self, reads: list[Read[records.Meeting]], fail_after: bool = False):
        self.body = records.Body("memory:", "Memory Council")
        self.reads, self.fail_after = reads, fail_after

    def councils(self, summary: Summary) -> list["Memory"]:
        return [self]

    def committees(self, summary: Summary) -> list[Read[list[records.Committee]]]:
        return [Read("committee list", "memory:c", lambda s: [CABINET])]

    def meetings(
        self, summary: Summary, committees: dict[str, records.Committee]
    ) -> Iterator[Read[records.Meeting | records.Deleted]]:
        assert committees == {"c1": records.Committee("c1", "Cabinet")}
        yield from self.reads
        if self.fail_after:
            raise ValueError("list page 2: HTTP 500")


def read(n: int) -> Read[records.Meeting]:
    return Read(f"meeting {n}", f"memory:m{n}", lambda s: meeting(n))


def test_a_failing_meeting_is_listed_and_the_others_are_stored():
    reads = [read(1), Read("meeting 2", "memory:m2", broken), read(3)]

    summary = drive(Memory(reads))

    assert [(f.what, f.reason) for f in summary.failures] == [
        ("meeting 2", "RuntimeError: the converter tripped")
    ]
    assert sorted(Meeting.objects.values_list("source_id", flat=True)) == ["m1", "m3"]
    assert summary.count("meetings", "created") == 2
    assert summary.count("committees", "created") == 1


def test_a_list_that_fails_part_way_keeps_what_it_gave():
    summary = drive(Memory([read(1)], fail_after=True))

    assert [(f.what, f.reason) for f in summary.failures] == [
        ("meeting list", "list page 2: HTTP 500")
    ]
    assert Meeting.objects.get().source_id == "m1"


def test_a_deleted_meeting_is_soft_deleted_and_a_second_run_changes_nothing():
    drive(Memory([read(1), read(2)]))
    gone = Read("meeting 2", "memory:m2", lambda s: records.Deleted("m2"))

    summary = drive(Memory([read(1), gone]))

    assert Meeting.objects.get(source_id="m2").deleted is not None
    assert summary.count("meetings", "unchanged") == 1
    assert summary.count("meetings", "deleted") == 1
    assert Committee.objects.get().source_id == "c1"


def test_a_name_cut_to_fit_outside_a_meeting_is_a_warning_in_the_summary():
    class Long(Memory):
        def committees(self, summary):
            long = records.Committee("c9", "Scrutiny " * 30)
            return [Read("committee list", "memory:c", lambda s: [CABINET, long])]

    summary = drive(Long([]))

    assert len(Committee.objects.get(source_id="c9").name) == 200
    assert "  - committee name was 270 characters, cut to the 200 that fit" in (
        summary.lines()
    )


def test_a_meeting_rolled_back_counts_nothing():
    from moot.records.load.hooks import content_written

    def trip(sender, item, **kwargs):
        if item.source_id == "i2":
            raise RuntimeError("the tracker tripped")

    content_written.connect(trip, dispatch_uid="test-trip")
    try:
        summary = drive(Memory([read(1), read(2)]))
    finally:
        content_written.disconnect(dispatch_uid="test-trip")

    assert [f.what for f in summary.failures] == ["meeting 2"]
    assert summary.count("meetings", "created") == 1
    assert summary.count("items", "created") == 1
    assert not Meeting.objects.filter(source_id="m2").exists()
