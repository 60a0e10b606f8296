"""The CSV reads back into the same records; the calendar is valid RFC 5545."""

import csv
import io
from datetime import date

import vobject

from moot.tracker.filters import CommitmentFilter, public_commitments


def test_the_csv_reads_back_into_the_same_records(client, seed):
    response = client.get("/commitments.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    expected = list(CommitmentFilter().apply(public_commitments()))
    assert [int(r["id"]) for r in rows] == [c.pk for c in expected]
    assert len(rows) == 3  # the seed's three; the exempt item's is left out
    for row, c in zip(rows, expected, strict=True):
        assert row["text"] == c.text
        assert row["owner"] == c.owner
        assert row["due_date"] == (c.due_date.isoformat() if c.due_date else "")
        assert row["meeting_date"] == "2018-09-19"
        assert row["status"] == c.standing()


def test_the_csv_takes_the_same_filters_as_the_list(client, seed, minutes_since):
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/commitments.csv?status=overdue").content.decode())
        )
    )
    assert rows and all(r["status"] == "overdue" for r in rows)


def strict_lines(raw: bytes) -> list[str]:
    """Check RFC 5545 framing by hand: CRLF endings, lines of at most 75 octets."""
    assert raw.endswith(b"\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines), "unfolded long line"
    unfolded = []
    for line in lines:
        if line.startswith(b" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    return [u.decode() for u in unfolded]


def test_the_calendar_is_valid_rfc_5545(client, seed):
    response = client.get("/commitments.ics")
    assert response["Content-Type"].startswith("text/calendar")
    lines = strict_lines(response.content)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(x.startswith("PRODID:") for x in lines)
    calendar = vobject.readOne(response.content.decode())
    events = calendar.vevent_list
    dues = sorted(e.dtstart.value for e in events)
    assert date(2019, 9, 19) in dues and date(2019, 4, 30) in dues
    for event in events:
        assert event.uid.value.startswith("commitment-")
        assert event.dtstamp.value.tzinfo is not None
        assert event.url.value.startswith("http://testserver/commitments/")
    assert len({e.uid.value for e in events}) == len(events)


def test_committee_and_owner_calendars(client, seed):
    slug = seed.meeting.committee.slug
    for url in (
        f"/commitments/committees/{slug}.ics",
        "/commitments/owners/strategic-director-childrens-services.ics",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        calendar = vobject.readOne(response.content.decode())
        assert calendar.vevent_list, url
