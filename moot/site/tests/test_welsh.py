"""The site in Welsh under /cy/: interface translated, records marked as English."""

import gettext
import re
from datetime import date
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import formats, translation
from django.utils.text import slugify

from moot.records.models import AgendaItem
from moot.search.engine import KINDS
from moot.search.templatetags.search_kinds import KIND_NAMES, kind_name

LOCALE = Path(__file__).resolve().parents[2] / "locale"
CATALOGUE = LOCALE / "cy" / "LC_MESSAGES" / "django.po"


def _entries() -> list[dict[str, str]]:
    """Each entry of the Welsh catalogue: msgctxt, msgid, msgid_plural, msgstr[n],
    flags.

    Read line by line (continuation lines joined), so an entry just after the
    header or a plural one is never skipped.
    """
    entries: list[dict[str, str]] = []
    current: dict[str, str] = {}
    key = ""
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        field = re.match(
            r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"$', line
        )
        if line.startswith("#,"):
            current = {"flags": line}
            key = ""
        elif field:
            starts = field.group(1) == "msgctxt" or (
                field.group(1) == "msgid" and "msgctxt" not in current
            )
            if starts:
                current = (
                    {"flags": current.get("flags", "")}
                    if "msgid" not in current
                    else {}
                )
                entries.append(current)
            key = field.group(1)
            current[key] = field.group(2)
        elif line.startswith('"') and key:
            current[key] += line[1:-1]
        elif not line.strip():
            current, key = {}, ""
    return [
        {key: _unescape(value) for key, value in e.items()}
        for e in entries
        if e.get("msgid")
    ]


def _unescape(text: str) -> str:
    """A .po string as gettext reads it: ``\\"`` is a quote, ``\\n`` a newline."""
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), text)


def test_every_interface_string_has_its_welsh_and_the_compiled_file_agrees():
    entries = _entries()
    assert len(entries) >= 45
    assert [e["msgid"] for e in entries if "fuzzy" in e.get("flags", "")] == []
    untranslated = [
        e["msgid"]
        for e in entries
        if not all(v for k, v in e.items() if k.startswith("msgstr"))
    ]
    assert untranslated == []
    with open(CATALOGUE.with_suffix(".mo"), "rb") as compiled_file:
        compiled = gettext.GNUTranslations(compiled_file)
    for entry in entries:
        wanted = entry.get("msgstr", entry.get("msgstr[0]", ""))
        if "msgid_plural" in entry:
            assert compiled.ngettext(entry["msgid"], entry["msgid_plural"], 1) == wanted
        elif "msgctxt" in entry:
            assert compiled.pgettext(entry["msgctxt"], entry["msgid"]) == wanted
        else:
            assert compiled.gettext(entry["msgid"]) == wanted, entry["msgid"]


def test_the_home_page_in_welsh_says_so_and_links_back_to_english(client, stored_seed):
    page = client.get("/cy/").content.decode()
    assert '<html lang="cy"' in page
    assert "Neidio i&#x27;r prif gynnwys" in page or "Neidio i'r prif gynnwys" in page
    assert ">Pwyllgorau</a>" in page and ">Cyfarfodydd i ddod</h2>" in page
    assert 'href="/" hreflang="en-GB"' in page and ">English</a>" in page
    english = client.get("/").content.decode()
    assert '<html lang="en-GB"' in english and 'href="/cy/" hreflang="cy"' in english
    assert ">Cymraeg</a>" in english


def test_links_stay_in_welsh_and_the_switch_keeps_the_page(client, stored_seed):
    page = client.get("/cy/committees/").content.decode()
    committee = re.search(r'href="(/cy/committees/[^"]+/)"', page)
    assert committee, "committee links keep the /cy/ prefix"
    assert 'href="/committees/" hreflang="en-GB"' in page


def test_an_item_in_welsh_marks_the_english_record_and_is_cached_apart(
    client, stored_seed
):
    with translation.override("en-gb"):
        address = AgendaItem.objects.get().get_absolute_url()
    english = client.get(address).content.decode()
    welsh = client.get("/cy" + address).content.decode()
    assert (
        ">Resolved</h2>" in english
        and 'lang="en-GB"' not in english.split("<article")[1][:40]
    )
    assert 'id="resolutions" lang="cy">Penderfynwyd</h2>' in welsh
    assert '<article class="moot-item" lang="en-GB">' in welsh
    assert (
        "That an update on the progress be submitted" in welsh
    )  # the record, as written
    again = client.get(address).content.decode()
    assert ">Resolved</h2>" in again and "Penderfynwyd" not in again


# Bilingual records: a real pair of pages (Newport City Council's Standards
# Committee, 15 November 2022, item 10144 in English and in Welsh), and a
# fictional council for what the pair does not show (decisions, exemption).
NEWPORT_EN = (
    "https://democracy.newport.gov.uk/ieListDocuments.aspx?CId=140&MId=8242&LLL=0"
)
NEWPORT_CY = "https://democratiaeth.newport.gov.uk/mgAi.aspx?ID=10144&LLL=1"
WELSH_PAGES = Path(__file__).resolve().parents[2] / "importers/moderngov/tests/welsh"


def _stored_item(title, source_id, minutes=(), resolutions=(), exempt=False, body=""):
    from moot.importers import records as plain
    from moot.minutes import records as parsed
    from moot.records.load import Provenance, Tally, store_body, store_meeting

    provenance = Provenance(source_id, "test")
    council = store_body(
        plain.Body("", body or "Newport City Council"), provenance, Tally()
    )
    content = parsed.Item(
        title=title,
        minutes=[parsed.Block("paragraph", text) for text in minutes],
        resolutions=[
            parsed.Resolution(str(n), text) for n, text in enumerate(resolutions, 1)
        ],
    )
    meeting = plain.Meeting(
        source_id=source_id + "#meeting",
        committee=plain.Committee(source_id + "#committee", "Standards Committee"),
        date=date(2022, 11, 15),
        items=[
            plain.Item(
                source_id,
                title,
                number="6",
                is_exempt=exempt,
                exempt_paragraph=1 if exempt else None,
                content=None if exempt else content,
            )
        ],
    )
    store_meeting(council, meeting, provenance, Tally())
    return AgendaItem.objects.get(source_id=source_id)


def _store_welsh(record):
    from moot.records.load import Provenance, Tally, store_translation

    return store_translation(record, Provenance(record.source_id, "test"), Tally())


def _pages(item):
    with translation.override("en-gb"):
        address = item.get_absolute_url()
    return address, "/cy" + address


def test_a_welsh_council_s_item_shows_its_welsh_words_on_the_welsh_page(client, db):
    from moot.importers.moderngov import welsh

    item = _stored_item(
        "Group Leaders Discussion",
        NEWPORT_EN + "#item-10144",
        minutes=["Councillor Evans apologised for the absence of his peer."],
    )
    page = (WELSH_PAGES / "newport-mgai-10144-cy.txt").read_bytes()
    _store_welsh(welsh.translation(page, item.source_id, NEWPORT_CY))
    english, cymraeg = _pages(item)
    in_welsh = client.get(cymraeg).content.decode()
    assert 'lang="cy">Trafodaeth yr Arweinydd Grwp</h1>' in in_welsh
    assert (
        '<div lang="cy"><p class="govuk-body">Gwahoddedigion:</p>' in in_welsh
        and "Ymddiheurodd y Cynghorydd Evans am absenoldeb ei gyfaill." in in_welsh
    )
    assert "apologised for the absence of his peer" not in in_welsh
    in_english = client.get(english).content.decode()
    assert ">Group Leaders Discussion</h1>" in in_english
    assert "apologised for the absence of his peer" in in_english
    assert "Trafodaeth" not in in_english


def test_decisions_take_their_welsh_words_only_when_both_pages_have_as_many(client, db):
    from moot.importers import records as plain

    item = _stored_item(
        "Library opening hours",
        "https://example.org/fictional/mgAi.aspx?ID=1",
        resolutions=["That the report be noted.", "That the hours be extended."],
        body="Fictional Borough Council",
    )
    words = plain.Translation(
        item.source_id,
        "cy",
        item.source_id + "&LLL=1",
        "Oriau agor llyfrgelloedd",
        resolutions=["Nodi'r adroddiad.", "Ymestyn yr oriau."],
    )
    row = _store_welsh(words)
    english, cymraeg = _pages(item)
    page = client.get(cymraeg).content.decode()
    assert '<span lang="cy">Ymestyn yr oriau.</span>' in page
    assert "That the hours be extended." not in page
    row.resolutions = ["Nodi'r adroddiad."]
    row.save()
    page = client.get(cymraeg).content.decode()
    assert "That the hours be extended." in page and "Nodi'r" not in page
    assert '<article class="moot-item" lang="en-GB">' in page


def test_an_exempt_item_s_welsh_words_reach_no_page(client, db):
    from moot.importers import records as plain

    item = _stored_item(
        "Staffing matter",
        "https://example.org/fictional/mgAi.aspx?ID=2",
        exempt=True,
        body="Fictional Borough Council",
    )
    _store_welsh(
        plain.Translation(
            item.source_id,
            "cy",
            item.source_id + "&LLL=1",
            "Mater staffio",
            minutes=["Trafodwyd cyflog swyddog a enwir."],
        )
    )
    english, cymraeg = _pages(item)
    page = client.get(cymraeg).content.decode()
    assert "Staffing matter" in page and "Trafodwyd cyflog" not in page
    assert "Mater staffio" not in page


def test_a_translation_of_an_item_not_stored_is_refused_naming_both_pages(db):
    from moot.importers import records as plain
    from moot.records.load import LoadError

    record = plain.Translation("https://x.gov.uk/mgAi.aspx?ID=9", "cy", NEWPORT_CY, "T")
    with pytest.raises(LoadError, match=r"LLL=1: no stored item .*ID=9"):
        _store_welsh(record)


# Each page type in Welsh: (page, a Welsh phrase of its interface, an English
# one of the same place that must be gone).
WELSH_PAGES_TABLE = [
    ("committees", ">Pwyllgorau</h1>", ">Committees</h1>"),
    ("council", ">Pwyllgorau</h2>", ">Committees</h2>"),
    ("committee", ">Cyfarfodydd</h2>", ">Meetings</h2>"),
    ("meeting", ">Presenoldeb</h2>", ">Attendance</h2>"),
    ("item", ">Penderfynwyd</h2>", ">Resolved</h2>"),
    ("person", ">Cyfarfodydd a fynychwyd</h2>", ">Meetings attended</h2>"),
    ("councillors", ">Cynghorwyr</h1>", "Who represents each ward"),
    ("document", ">Fformat</dt>", ">Format</dt>"),
    ("commitments", ">Trefnu yn ôl</label>", ">Sort by</label>"),
    ("commitment", ">Perchennog</dt>", ">Owner</dt>"),
    ("owner", "Ymrwymiadau sy'n eiddo i", "Commitments owned by"),
    ("committee commitments", "Ymrwymiadau a wnaed yn", "Commitments made at"),
    ("information requests", ">Ceisiadau am wybodaeth</h1>", "oldest first"),
    ("search", ">Canlyniadau</h2>", ">Results</h2>"),
    ("alerts", ">Eich rhybuddion e-bost</h1>", ">Your email alerts</h1>"),
    ("alerts", "Yr ymrwymiad “", "The commitment “"),
    ("not found", "Heb ddod o hyd i'r dudalen", "Page not found"),
    ("decisions", ">Penderfyniadau</h1>", ">Decisions</h1>"),
    ("decisions", ">Penderfyniad allweddol</th>", ">Key decision</th>"),
    ("decision", ">Galw i mewn</dt>", ">Call-in</dt>"),
    ("forward plan", ">Blaenraglen</h1>", ">Forward plan</h1>"),
    ("forward plan", ">Disgwyliedig</th>", ">Expected</th>"),
]


@pytest.fixture
def sample_pages(stored_seed, settings, tmp_path) -> dict[str, str]:
    """One English address per page type: the fictional sample council, and the
    seed item for the commitments (the sample has none of its own)."""
    from moot.alerts.models import Subscription
    from moot.alerts.tokens import manage_token
    from moot.decisions.models import Decision
    from moot.records.models import Document, Person
    from moot.sample.councils import generate
    from moot.search.rebuild import rebuild
    from moot.tracker.models import Commitment

    settings.MOOT_DATA_DIR = tmp_path
    generate(items=24, seed=3, today=date.today())
    rebuild()
    commitment = Commitment.objects.public().exclude(owner="").first()
    item = commitment.agenda_item
    committee = item.meeting.committee
    person = Person.objects.first()
    Subscription.objects.create(
        email="r@example.org", kind="commitment", target=commitment.pk, confirmed=True
    )
    return {
        "committees": "/committees/",
        "council": committee.body.get_absolute_url(),
        "committee": committee.get_absolute_url(),
        "meeting": item.meeting.get_absolute_url(),
        "item": item.get_absolute_url(),
        "person": person.get_absolute_url(),
        "councillors": "/councillors/",
        "document": Document.objects.public().first().get_absolute_url(),
        "commitments": "/commitments/",
        "commitment": commitment.get_absolute_url(),
        "owner": reverse("commitments-owner", args=[slugify(commitment.owner)]),
        "committee commitments": reverse(
            "commitments-committee", args=[committee.slug]
        ),
        "information requests": "/information-requests/",
        "search": "/search/?q=report",
        "alerts": f"/alerts/manage/{manage_token('r@example.org')}/",
        "not found": "/no-such-page/",
        "decisions": "/decisions/",
        "decision": Decision.objects.public().first().get_absolute_url(),
        "forward plan": "/forward-plan/",
    }


def test_every_page_type_speaks_welsh_under_cy(client, sample_pages):
    wrong = []
    for name, welsh, english in WELSH_PAGES_TABLE:
        address = "/cy" + sample_pages[name]
        page = client.get(address).content.decode()
        if welsh not in page or english in page:
            wrong.append(f"{name} ({address})")
        assert client.get(sample_pages[name]).content.decode().count(welsh) == 0
    assert wrong == []


def test_dates_on_welsh_pages_are_written_in_welsh(client, sample_pages):
    day = date.fromisoformat(sample_pages["meeting"].rstrip("/").rsplit("/", 1)[1])
    with translation.override("cy"):
        welsh = formats.date_format(day, "l j F Y")
    english = formats.date_format(day, "l j F Y")
    assert welsh != english
    page = client.get("/cy" + sample_pages["meeting"]).content.decode()
    assert f"Cyfarfod, {welsh}</h1>" in page and english not in page


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_search_hit_is_named_in_english_and_in_welsh(kind):
    english = kind_name(kind)
    with translation.override("cy"):
        welsh = kind_name(kind)
    assert kind in KIND_NAMES and welsh and welsh != english
