"""ModernGov over HTTP: the web-service calls and item pages. I/O only."""

import datetime as dt
from urllib.parse import quote

from ..http import Client

SERVICE = "mgWebService.asmx"


def _dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def committees_url(base: str) -> str:
    return f"{base}/{SERVICE}/GetCommittees?lDays=0"


def councillors_url(base: str) -> str:
    return f"{base}/{SERVICE}/GetCouncillorsByWard"


def meetings_url(base: str, committee: str, start: dt.date, end: dt.date) -> str:
    return (
        f"{base}/{SERVICE}/GetMeetings?lCommitteeId={quote(committee)}"
        f"&sFromDate={_dmy(start)}&sToDate={_dmy(end)}"
    )


def meeting_url(base: str, meeting_id: str) -> str:
    return f"{base}/{SERVICE}/GetMeeting?lMeetingId={quote(meeting_id)}"


def item_page_url(base: str, item_id: str) -> str:
    return f"{base}/mgAi.aspx?ID={quote(item_id)}"


def get_committees(client: Client, base: str) -> bytes:
    return client.get(committees_url(base)).body


def get_councillors(client: Client, base: str) -> bytes:
    return client.get(councillors_url(base)).body


def get_meetings(
    client: Client, base: str, committee: str, start: dt.date, end: dt.date
) -> bytes:
    return client.get(meetings_url(base, committee, start, end)).body


def get_meeting(client: Client, base: str, meeting_id: str) -> bytes:
    return client.get(meeting_url(base, meeting_id)).body


def get_item_page(client: Client, base: str, item_id: str) -> bytes:
    return client.get(item_page_url(base, item_id)).body


def slices(start: dt.date, end: dt.date, days: int) -> list[tuple[dt.date, dt.date]]:
    """``start``…``end`` in pieces of ``days`` days, both ends included."""
    pieces = []
    while start <= end:
        stop = min(start + dt.timedelta(days=days - 1), end)
        pieces.append((start, stop))
        start = stop + dt.timedelta(days=1)
    return pieces
