"""The site in Welsh under /cy/: interface translated, records marked as English."""

import gettext
import re
from pathlib import Path

from django.utils import translation

from moot.records.models import AgendaItem

LOCALE = Path(__file__).resolve().parents[2] / "locale"
CATALOGUE = LOCALE / "cy" / "LC_MESSAGES" / "django.po"


def _entries() -> list[dict[str, str]]:
    """Each entry of the Welsh catalogue: msgid, msgid_plural, msgstr[n], flags.

    Read line by line (continuation lines joined), so an entry just after the
    header or a plural one is never skipped.
    """
    entries: list[dict[str, str]] = []
    current: dict[str, str] = {}
    key = ""
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        field = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"$', line)
        if line.startswith("#,"):
            current = {"flags": line}
            key = ""
        elif field:
            if field.group(1) == "msgid":
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
