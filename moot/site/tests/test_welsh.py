"""The site in Welsh under /cy/: interface translated, records marked as English."""

import gettext
import re
from pathlib import Path

from django.utils import translation

from moot.records.models import AgendaItem

LOCALE = Path(__file__).resolve().parents[2] / "locale"
CATALOGUE = LOCALE / "cy" / "LC_MESSAGES" / "django.po"


def _entries() -> dict[str, str]:
    """msgid → msgstr of the Welsh catalogue, continuation lines joined."""
    text = CATALOGUE.read_text(encoding="utf-8")
    entries = {}
    for block in text.split("\n\n"):
        found = re.search(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', block, re.M)
        if found:
            msgid = "".join(re.findall(r'"(.*)"', found.group(1)))
            if msgid:
                entries[msgid] = "".join(re.findall(r'"(.*)"', found.group(2)))
    return entries


def test_every_interface_string_has_its_welsh_and_the_compiled_file_agrees():
    entries = _entries()
    assert len(entries) >= 40
    assert [m for m, s in entries.items() if not s] == []
    compiled = gettext.GNUTranslations(open(CATALOGUE.with_suffix(".mo"), "rb"))
    for msgid, msgstr in entries.items():
        assert compiled.gettext(msgid) == msgstr.replace('\\"', '"'), msgid


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
