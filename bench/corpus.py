"""Generate large synthetic minutes in the seed's conventions, as text, HTML and PDF.

Every item has a caps title, a report summary naming a lettered document,
"Recommended –" with numbered recommendations, a contact officer, "Minutes:",
narrative with "·" bullets, members' questions and the answers given,
"Resolved –" with due phrases, and an "Action:" line. The same items render as
plain text (no-break spaces as ModernGov leaves them), as a ModernGov-style
meeting page, and as PDF pages with running headers and "Page N of M" footers.
"""

import importlib.util
import random
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from types import ModuleType

NBSP = "\u00a0"

TOPICS = [
    "highways maintenance programme",
    "school admissions arrangements",
    "temporary accommodation pressures",
    "library service review",
    "air quality action plan",
    "adult social care charging policy",
    "town centre regeneration scheme",
    "waste and recycling collections",
    "child sexual exploitation partnership response",
    "council tax support scheme",
    "parks and green spaces strategy",
    "homelessness prevention grant",
    "youth service provision",
    "street lighting replacement",
    "flood risk management strategy",
    "leisure centres contract",
]
OFFICERS = [
    ("Strategic Director, Children’s Services", "Mark Holroyd", "01274 434361"),
    ("Director of Place", "Jane Doe", "0161 234 5678"),
    ("Assistant Director, Housing", "Imran Yousaf", "01274 437210"),
    ("Director of Public Health", "Sarah Lennox", "0113 378 5021"),
    ("Head of Finance", "Tom Reid", "01632 960418"),
    ("Director of Communities", "Priya Shah", "020 7946 0321"),
]
DUE_PHRASES = [
    "be submitted to the Committee in 12 months’ time",
    "be circulated to ward Members by 31 October 2024",
    "be reported back to the next meeting",
    "be provided to Area Committees within 28 days",
    "be presented to this Committee in six months’ time",
    "be sent to all Members by the end of March 2025",
    "return to the Committee within 90 days",
]
QUESTIONS = [
    "How many residents had been affected by the changes to the {topic}?",
    "What consultation had taken place with ward Members on the {topic}?",
    "Why had the budget for the {topic} been underspent last year?",
    "Could the Committee see the figures for each ward?",
    "What was being done to reach communities that did not engage?",
    "When would the outcome of the review be known?",
]
ANSWERS = [
    "{n} residents had been affected; most had been contacted directly.",
    "Ward Members had been briefed in {month} and their comments reflected.",
    "The underspend was caused by delays in recruitment, now resolved.",
    "Ward figures would be circulated after the meeting.",
    "Outreach work with community groups had begun in {month}.",
    "A revised structure would be in place by April 2025.",
]
MONTHS = ["January", "March", "May", "July", "September", "November"]
BULLETS = [
    "Review of the partnership arrangements in light of national guidance.",
    "Introduction of a monthly operational meeting to complement daily work.",
    "Publication of the annual report and the performance dashboard.",
    "Co-location of Council and partner staff at the district hub.",
    "Training for {n} frontline staff, with further sessions planned.",
    "Improved communication with residents through the website and leaflets.",
]


@dataclass
class Item:
    """One generated agenda item, ready to render in any format."""

    number: int
    title: str
    author: str
    contact: str
    phone: str
    document: str
    summary: str
    recommendations: list[str]
    narrative: list[str]
    bullets: list[str]
    questions: list[str]
    answers: list[str]
    resolutions: list[str]
    extra: list[str] = field(default_factory=list)


def make_item(number: int, rng: random.Random) -> Item:
    topic = rng.choice(TOPICS)
    author, contact, phone = rng.choice(OFFICERS)
    document = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") * rng.choice([1, 1, 2])
    summary = (
        f"The report of the {author} (Document “{document}”) provides an update on "
        f"the {topic}, the progress made since the last report and the risks that "
        f"remain, and asks the Committee to comment on the proposed next steps."
    )
    month = rng.choice(MONTHS)
    count = rng.randint(3, 6)
    n = rng.randint(12, 900)
    return Item(
        number=number,
        title=topic.upper(),
        author=author,
        contact=contact,
        phone=phone,
        document=document,
        summary=summary,
        recommendations=[
            f"That the progress on the {topic} be noted.",
            f"That a further report on the {topic} {rng.choice(DUE_PHRASES)}.",
        ],
        narrative=[
            summary.replace("provides", "provided").replace("asks", "asked"),
            f"The {author} highlighted the progress made since the last report:",
        ],
        bullets=[b.format(n=n) for b in rng.sample(BULLETS, k=rng.randint(3, 5))],
        questions=[q.format(topic=topic) for q in rng.sample(QUESTIONS, k=count)],
        answers=[a.format(n=n, month=month) for a in rng.sample(ANSWERS, k=count)],
        resolutions=[
            f"That the progress on the {topic} be noted.",
            f"That an update on the {topic} {rng.choice(DUE_PHRASES)}.",
            f"That tailored reports on the {topic} be provided to Area Committees.",
        ][: rng.randint(2, 3)],
    )


def items(target_bytes: int, seed: int = 1) -> Iterator[Item]:
    """Generate items until their text comes to about ``target_bytes``."""
    rng = random.Random(seed)
    size = 0
    number = 1
    while size < target_bytes:
        item = make_item(number, rng)
        size += len(item_text(item).encode("utf-8"))
        number += 1
        yield item


HEADER = (
    "BRADWELL METROPOLITAN DISTRICT COUNCIL\n\n"
    "Minutes of a meeting of the Corporate Overview and Scrutiny Committee held on "
    "Wednesday, 19 September 2018 at 10.00 am in Committee Room 1, City Hall\n\n"
    "Present: Councillors Ahmed (Chair), Barker, Clarke, Dunn, Ellis and Farooq\n\n"
    "Apologies: Councillor Green\n\n"
)


def _numbered(entries: list[str]) -> list[str]:
    pad = NBSP * 10
    return [f"({i}){pad} {text}" for i, text in enumerate(entries, start=1)]


def item_lines(item: Item) -> list[str]:
    """The item as paragraphs (one string each) in the seed's layout."""
    bullet = "·" + NBSP * 14 + " "
    return [
        f"{item.number}.{NBSP * 4}{item.title}",
        item.summary,
        "Recommended –",
        *_numbered(item.recommendations),
        f"({item.contact} – {item.phone})",
        "Minutes:",
        item.narrative[0],
        item.narrative[1],
        *(bullet + b for b in item.bullets),
        "Members raised the following questions:",
        *(bullet + q for q in item.questions),
        "In response to Members’ questions it was reported that:",
        *(bullet + a for a in item.answers),
        "Resolved –",
        *_numbered(item.resolutions),
        f"Action:{NBSP * 10} {item.author}",
    ]


def item_text(item: Item) -> str:
    return "\n\n".join(item_lines(item)) + "\n\n" + NBSP + "\n\n"


def as_text(generated: list[Item]) -> bytes:
    return (HEADER + "".join(item_text(item) for item in generated)).encode("utf-8")


def _html_item(item: Item) -> str:
    def paras(texts: list[str]) -> str:
        return "".join(f'<p class="MsoNormal">{escape(t)}</p>\n' for t in texts)

    def bullets(texts: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ul>\n"

    return (
        '<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">'
        f'{item.number}.</p></td>\n<td><p class="mgAiTitleTxt">{escape(item.title)}'
        ' <span class="mgFileSize"><img src="mgimages/logo-pdf-1.gif" alt="pdf icon" />'
        " PDF 213 KB</span></p>\n"
        + paras([item.summary, "Recommended –", *_numbered(item.recommendations)])
        + paras([f"({item.contact} – {item.phone})"])
        + '<div class="mgWordPara"><h3 class="mgSubItemTitleTxt">Minutes:</h3>\n'
        + paras(item.narrative)
        + bullets(item.bullets)
        + paras(["Members raised the following questions:"])
        + bullets(item.questions)
        + paras(["In response to Members’ questions it was reported that:"])
        + bullets(item.answers)
        + paras(["Resolved –", *_numbered(item.resolutions)])
        + paras([f"Action: {item.author}"])
        + "</div></td></tr>\n"
    )


def as_html(generated: list[Item]) -> bytes:
    head = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8" />'
        "<title>Agenda and minutes - Bradwell Metropolitan District Council</title>"
        "<script>var mgSiteBase = '/';</script></head><body>\n"
        '<div id="header"><a href="#modgov">Skip to content</a></div>\n'
        '<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">'
        "Agenda and minutes</h1></div>\n"
        '<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Corporate Overview and '
        'Scrutiny Committee</h2></div>\n<div class="mgContent">\n'
        "<p>Date: Wednesday, 19th September, 2018 10.00 am</p>\n"
        '<p>Venue: Committee Room 1, City Hall. <a href="#">View directions</a></p>\n'
        '<table class="mgItemTable">\n'
    )
    body = "".join(_html_item(item) for item in generated)
    tail = '</table></div></div>\n<div id="footer">Privacy notice</div></body></html>\n'
    return (head + body + tail).encode("utf-8")


def load_make_pdf() -> ModuleType:
    """The PDF writer committed beside the parser's fixtures."""
    path = (
        Path(__file__).resolve().parents[1]
        / "moot/minutes/tests/fixtures/conventions/make_pdf.py"
    )
    spec = importlib.util.spec_from_file_location("make_pdf", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LINES_PER_PAGE = 54
RUNNING_HEADER = "Corporate Overview and Scrutiny Committee – 19 September 2018"


def pdf_lines(generated: list[Item]) -> tuple[list[str], list[int]]:
    """Hard-wrapped lines of the whole document, and where each item starts."""
    lines: list[str] = []
    for paragraph in HEADER.split("\n\n"):
        lines += textwrap.wrap(paragraph, 88) + [""]
    starts = []
    for item in generated:
        starts.append(len(lines))
        for paragraph in item_lines(item):
            paragraph = paragraph.replace(NBSP, " ")
            lines += textwrap.wrap(paragraph, 88, subsequent_indent="    ") + [""]
    return lines, starts


def as_pdf(generated: list[Item], max_pages: int | None = None) -> tuple[bytes, int]:
    """The PDF bytes and how many of ``generated`` start within it."""
    make_pdf = load_make_pdf()
    lines, starts = pdf_lines(generated)
    chunks = [
        lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)
    ]
    if max_pages is not None:
        chunks = chunks[:max_pages]
    kept = sum(len(chunk) for chunk in chunks)
    held = sum(1 for start in starts if start < kept)
    pages = [
        make_pdf.Page(
            lines=chunk,
            header=RUNNING_HEADER,
            footer=f"Page {n} of {len(chunks)}",
        )
        for n, chunk in enumerate(chunks, start=1)
    ]
    return make_pdf.pdf_document(pages, title="Synthetic minutes"), held
