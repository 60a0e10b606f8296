"""A ModernGov-shaped site, generated: web-service XML, item pages, documents.

The shapes follow the real responses in ``../shared/fixtures/moderngov/``
(whitespace-only empty fields, counts with a leading space, ``dd/mm/yyyy``,
``10.00 am``, escaped Word HTML, attendees in attributes, ``unspecified`` end
dates, ``line1``… address lines). Every URL in a body says ``BASE``; the
server rewrites it to its own address. Used by the tests and by
``bench/import.py``.
"""

import datetime as dt
import html
import random
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from moot.records.pdf import text_pdf

from ...tests.server import Reply, Request, Site

BASE = "https://democracy.moderngov.invalid"
SERVICE = "/mgWebService.asmx"
BLANK = "\n      "  # how ModernGov writes an empty field

WARDS = ["Abbey", "Bowling", "City", "Eccleshill", "Heaton", "Idle"]
PARTIES = ["Labour", "Conservative", "Liberal Democrats", "Green Party"]
FIRST = ["Alex", "Sam", "Priya", "Tom", "Aisha", "Mark", "Jo", "Imran", "Ruth"]
LAST = ["Ahmed", "Brown", "Clarke", "Dale", "Evans", "Hussain", "Khan", "Shaw"]
COMMITTEES = [
    "Executive",
    "Corporate Overview and Scrutiny Committee",
    "Licensing Committee",
    "Health and Wellbeing Board",
    "Regulatory and Appeals Committee",
]


@dataclass
class Item:
    id: int
    number: str
    title: str
    restricted: bool
    minutes_in_xml: bool
    documents: list[int] = field(default_factory=list)


@dataclass
class Meeting:
    id: int
    committee: int
    date: dt.date
    status: str
    items: list[Item] = field(default_factory=list)


@dataclass
class Council:
    committees: dict[int, str]
    councillors: list[tuple[int, str, str, str]]  # id, name, party, ward
    meetings: list[Meeting]
    documents: dict[int, str]  # attachment id → text

    @property
    def item_count(self) -> int:
        return sum(len(m.items) for m in self.meetings)


def generate(
    meetings: int = 6,
    items: int = 4,
    seed: int = 1,
    start: dt.date = dt.date(2024, 1, 9),
    documents: bool = True,
) -> Council:
    """A council with ``meetings`` meetings of ``items`` items each.

    Every fourth item of a meeting is restricted (with a restricted document);
    the first has its minutes in the XML, the others only on their pages.
    """
    rng = random.Random(seed)
    committees = {100 + i: name for i, name in enumerate(COMMITTEES)}
    councillors = [
        (
            200 + i,
            f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
            rng.choice(PARTIES),
            WARDS[i % len(WARDS)],
        )
        for i in range(18)
    ]
    council = Council(committees, councillors, [], {})
    item_id, doc_id = 10_000, 50_000
    for m in range(meetings):
        day = start + dt.timedelta(days=7 * (m // len(committees)) + m % 5)
        status = "Cancelled" if m % 17 == 16 else "Confirmed"
        meeting = Meeting(1000 + m, 100 + m % len(committees), day, status)
        for n in range(items if status != "Cancelled" else 0):
            item_id += 1
            restricted = n % 4 == 3
            item = Item(item_id, f"{n + 1}.", _title(rng, n), restricted, n == 0)
            if documents:
                doc_id += 1
                item.documents.append(doc_id)
                council.documents[doc_id] = (
                    f"Report for {item.title}. The committee is asked to note "
                    f"the position at {day:%d %B %Y}. Reference {doc_id}."
                )
            meeting.items.append(item)
        council.meetings.append(meeting)
    return council


def _title(rng: random.Random, n: int) -> str:
    if n == 0:
        return "Minutes of the previous meeting"
    subjects = ["Budget monitoring", "Housing strategy", "Air quality", "Libraries"]
    return f"{rng.choice(subjects)} report {n}"


def serve(site: Site, council: Council) -> None:
    """Add ``council``'s routes to ``site`` and point ``BASE`` at the server."""
    site.rewrite[BASE] = site.url
    site.add(f"{SERVICE}/GetCommittees?lDays=0", committees_xml(council).encode())
    site.add(f"{SERVICE}/GetCouncillorsByWard", councillors_xml(council).encode())
    by_id = {m.id: m for m in council.meetings}

    def get_meetings(request: Request) -> Reply:
        query = parse_qs(urlsplit(request.path).query)
        start = _dmy(query["sFromDate"][0])
        end = _dmy(query["sToDate"][0])
        chosen = [m for m in council.meetings if start <= m.date <= end]
        committee = int(query.get("lCommitteeId", ["0"])[0])
        if committee:
            chosen = [m for m in chosen if m.committee == committee]
        return Reply(meetings_xml(council, chosen).encode())

    def get_meeting(request: Request) -> Reply:
        query = parse_qs(urlsplit(request.path).query)
        meeting = by_id.get(int(query["lMeetingId"][0]))
        if meeting is None:
            return Reply(b"Not found", 404, "text/html")
        return Reply(meeting_xml(council, meeting).encode())

    site.prefixes[f"{SERVICE}/GetMeetings?"] = get_meetings
    for meeting in council.meetings:
        path = f"{SERVICE}/GetMeeting?lMeetingId={meeting.id}"
        site.add(path, get_meeting)
        for item in meeting.items:
            site.add(f"/mgAi.aspx?ID={item.id}", item_page(meeting, item).encode())
    for doc, text in council.documents.items():
        site.add(
            f"/mgConvert2PDF.aspx?ID={doc}",
            Reply(text_pdf(text), content_type="application/pdf"),
        )


def _dmy(value: str) -> dt.date:
    day, month, year = (int(p) for p in value.split("/"))
    return dt.date(year, month, day)


def committees_xml(council: Council) -> str:
    rows = "".join(
        f"""
  <committee>
    <committeeid>{cid}</committeeid>
    <committeetitle>{html.escape(name)}</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>False</committeeexpired>
    <committeecategory>Decision making</committeecategory>
  </committee>"""
        for cid, name in council.committees.items()
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committeescount> {len(council.committees)}</committeescount>{rows}
</committees>
"""


def councillors_xml(council: Council) -> str:
    wards = []
    for ward in WARDS:
        members = [c for c in council.councillors if c[3] == ward]
        people = "".join(
            f"""
        <councillor>
          <councillorid>{uid}</councillorid>
          <fullusername>Councillor {html.escape(name)}</fullusername>
          <politicalpartytitle>{party}</politicalpartytitle>
          <districttitle>{BLANK}</districttitle>
          <workaddress>
            <line1>City Hall</line1>
            <line2>Centenary Square</line2>
            <postcode>BD1 1HY</postcode>
          </workaddress>
          <termsofoffice>
            <termofoffice>
              <startdate>03/05/2022</startdate>
              <enddate>unspecified</enddate>
            </termofoffice>
          </termsofoffice>
        </councillor>"""
            for uid, name, party, _ in members
        )
        wards.append(
            f"""
    <ward>
      <wardtitle>{ward}</wardtitle>
      <councillors>
        <councillorcount> {len(members)}</councillorcount>{people}
      </councillors>
    </ward>"""
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<councillorsbyward>
  <wards>{"".join(wards)}
  </wards>
</councillorsbyward>
"""


def meetings_xml(council: Council, meetings: list[Meeting]) -> str:
    blocks = []
    for cid, name in council.committees.items():
        mine = [m for m in meetings if m.committee == cid]
        if not mine:
            continue
        rows = "".join(
            f"""
      <meeting>
        <meetingid>{m.id}</meetingid>
        <meetingdate>{m.date:%d/%m/%Y}</meetingdate>
        <meetingstatus>{m.status}</meetingstatus>
        <meetingtime>10.00 am</meetingtime>
        <iswebcast>False</iswebcast>
      </meeting>"""
            for m in mine
        )
        blocks.append(
            f"""
  <committee>
    <committeeid>{cid}</committeeid>
    <committeetitle>{html.escape(name)}</committeetitle>
    <committeemeetingcount> {len(mine)}</committeemeetingcount>
    <committeemeetings>{rows}
    </committeemeetings>
  </committee>"""
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<getmeetings>
  <meetingscount> {len(meetings)}</meetingscount>{"".join(blocks)}
</getmeetings>
"""


def _word(text: str) -> str:
    """Word HTML, escaped into the XML as ModernGov does."""
    markup = f'<div class="WordSection1"><p class="MsoNormal">{text}</p></div>'
    return html.escape(markup, quote=False)


def meeting_xml(council: Council, meeting: Meeting) -> str:
    committee = html.escape(council.committees[meeting.committee])
    items = "".join(_item_xml(meeting, item) for item in meeting.items)
    chair, member = council.councillors[meeting.committee % 6], council.councillors[7]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>{meeting.id}</meetingid>
  <meetingdate>{meeting.date:%d/%m/%Y}</meetingdate>
  <meetingstatus>{meeting.status}</meetingstatus>
  <meetingtime>10.00 am</meetingtime>
  <meetingactualstarttime>{BLANK}</meetingactualstarttime>
  <meetinglocation>Committee Room 1, City Hall</meetinglocation>
  <minutepublished>True</minutepublished>
  <committeetitle>{committee}</committeetitle>
  <agendaitems>{items}
  </agendaitems>
  <attendees>
    <attendee membertype="U" memberid="{chair[0]}" name="Councillor {chair[1]}" \
roledescription="Chair" attendance="Present" politicalparty="{chair[2]}" \
ward="{chair[3]}"><url>{BASE}/mgUserInfo.aspx?UID={chair[0]}</url></attendee>
    <attendee membertype="U" memberid="{member[0]}" name="Councillor {member[1]}" \
roledescription="Committee Member" attendance="Apologies" \
politicalparty="{member[2]}" ward="{member[3]}"><url>x</url></attendee>
  </attendees>
</meeting>
"""


def _item_xml(meeting: Meeting, item: Item) -> str:
    minutes = BLANK
    if item.minutes_in_xml:
        minutes = _word(
            f"Resolved – That the minutes of the meeting held on "
            f"{meeting.date - dt.timedelta(days=28):%d %B %Y} be signed as a "
            "correct record."
        )
    docs = "".join(
        f"""
        <linkeddoc>
          <attachmentid>{doc}</attachmentid>
          <title>{"Exempt appendix" if item.restricted else "Report"} {doc}</title>
          <isurl>False</isurl>
          <url>{BASE}/mgConvert2PDF.aspx?ID={doc}</url>
          <isrestricted>{item.restricted}</isrestricted>
          <restrictionsRef>{BLANK}</restrictionsRef>
        </linkeddoc>"""
        for doc in item.documents
    )
    return f"""
    <agendaitem>
      <agendaitemid>{item.id}</agendaitemid>
      <agendaitemtitle>{html.escape(item.title)}</agendaitemtitle>
      <agendatext>{_word("The report of the Strategic Director is attached.")}\
</agendatext>
      <agendaitemnumber>{item.number.rstrip(".")}</agendaitemnumber>
      <fulldisplaynumberformat>{item.number}</fulldisplaynumberformat>
      <minutesnonemptyhtmlbody>{minutes}</minutesnonemptyhtmlbody>
      <isrestricted>{item.restricted}</isrestricted>
      <linkeddocuments>{docs}
      </linkeddocuments>
    </agendaitem>"""


def item_page(meeting: Meeting, item: Item) -> str:
    """An ``mgAi.aspx`` page: the item's minutes, with a resolution."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Agenda item - {html.escape(item.title)} | Council</title></head>
<body><header><p>Council</p><nav><a href="/">Home</a></nav></header>
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{html.escape(item.title)}</h2></div>
<div class="mgContent">
<p><span class="mgLabel">Meeting: </span>{meeting.date:%d/%m/%Y} - Committee \
(<a href="mgAi.aspx?ID={item.id}">Item {item.number}</a>)</p>
<h3 class="mgSubSubTitleTxt">Minutes:</h3>
<div class="mgWordPara">
<p>The Strategic Director presented the report on {html.escape(item.title)}.</p>
<p>Members asked about the costs and the timetable.</p>
<p>Resolved –</p>
<p>(1)&nbsp;&nbsp;That the report be noted.</p>
<p>(2)&nbsp;&nbsp;That a further report be presented in six months.</p>
</div></div></div>
<footer><p>© Council</p></footer></body></html>
"""
