"""People find the seed item and what is inside its documents."""

from moot.records.models import Document

from .conftest import found, item_ids


def test_nightwatch_finds_the_seed_item(client, seed_item):
    answer = found(client, "Nightwatch")
    assert item_ids(answer) == [seed_item.pk]
    snippet = answer["results"][0]["matches"][0]["snippet_html"]
    assert "<mark>Nightwatch</mark>" in snippet


def test_a_quoted_phrase_finds_the_seed_item(client, seed_item):
    assert item_ids(found(client, '"Mr Shapeshifter"')) == [seed_item.pk]
    assert item_ids(found(client, '"Shapeshifter Mr"')) == []


def test_a_word_only_in_a_document_finds_the_document_under_its_item(
    client, seed_item, committed
):
    with committed():
        document = Document.objects.create(
            agenda_item=seed_item,
            title="Appendix 1: Nightwatch evaluation",
            text="The evaluation was carried out by the Quillfeather Institute.",
        )
    answer = found(client, "Quillfeather")
    assert item_ids(answer) == [seed_item.pk]
    match = answer["results"][0]["matches"][0]
    assert match["kind"] == "document"
    assert match["url"] == document.get_absolute_url()


def test_english_stemming_finds_other_forms_of_a_word(client, seed_item):
    # The seed says "exploitation" and "exploited"; "exploits" occurs nowhere.
    assert item_ids(found(client, "exploits")) == [seed_item.pk]
    assert item_ids(found(client, "inspections")) == [seed_item.pk]


def test_accents_are_folded_both_ways(client, seed_item, committed):
    with committed():
        Document.objects.create(
            agenda_item=seed_item, title="Notes", text="A meeting at the Café Rouge."
        )
    assert item_ids(found(client, "cafe")) == [seed_item.pk]
    assert item_ids(found(client, "CAFÉ")) == [seed_item.pk]


def test_exclusion_and_or(client, seed_item):
    assert item_ids(found(client, "Nightwatch -Shapeshifter")) == []
    assert item_ids(found(client, "Nightwatch -zzzunknown")) == [seed_item.pk]
    assert item_ids(found(client, "zzzunknown OR Nightwatch")) == [seed_item.pk]
    assert item_ids(found(client, "zzzunknown Nightwatch")) == []
