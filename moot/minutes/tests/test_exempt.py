"""Exempt business as fictional councils write it: each notice wording, an
exclusion with items that carry no notice of their own, a private part of
the meeting, and an exempt appendix on a public item."""

from pathlib import Path

import pytest

from moot.minutes import Minutes, parse

HERE = Path(__file__).resolve().parent / "fixtures" / "exempt"


def exempt_numbers(name: str) -> dict[str, tuple[list[int], bool] | None]:
    minutes = parse((HERE / name).read_bytes(), name)
    return {
        item.number or "": (item.exempt.paragraphs, item.exempt.certain)
        if item.exempt
        else None
        for item in minutes.items
    }


def test_every_notice_wording_and_an_exclusion_withhold_their_items():
    got = exempt_numbers("fictional-borough-cabinet.txt")
    assert got == {
        "1": None,
        "2": ([3], True),  # CONFIDENTIAL - PARAGRAPH 3 OF SCHEDULE 12A
        "3": ([3], True),  # para 3
        "4": ([1], True),  # para. 1
        "5": ([3], True),  # paragraph three
        "6": ([1, 3], True),  # paragraphs 1 and 3
        "7": None,  # only its appendix is exempt
        "8": None,
        "9": None,  # the exclusion itself is public
        "10": ([3], True),  # follows the exclusion, no notice of its own
        "11": ([3], True),  # re-admission at its end
        "12": None,
    }


def test_an_exempt_appendix_leaves_its_item_public():
    minutes = parse((HERE / "fictional-borough-cabinet.txt").read_bytes())
    parks = next(item for item in minutes.items if item.number == "7")
    assert parks.exempt is None
    assert [(d.name, d.paragraphs) for d in parks.withheld_documents] == [
        ("Appendix 2", [3])
    ]
    assert parks.resolutions[0].text == "That the Parks Strategy be approved."


def test_a_bullet_notice_and_a_part_ii_heading_withhold():
    got = exempt_numbers("fictional-parish-part-ii.txt")
    assert got == {
        "1": None,
        "2": ([], True),
        "3": None,
        "4": ([], True),
        "5": ([], True),
    }


def test_part_b_and_a_notice_after_a_full_stop_withhold():
    got = exempt_numbers("fictional-district-part-b.txt")
    assert got == {"1": None, "2": ([], True), "3": ([7], True)}


@pytest.mark.parametrize(
    "exclusion",
    [
        "RESOLVED – That the public be excluded from the meeting for the items "
        "of business listed below.",
        "The Committee agreed to exclude the press and public.",
    ],
)
def test_an_exclusion_without_scope_withholds_what_follows_and_asks(exclusion):
    text = (
        "Fictional Town Council\nMinutes of the meeting held on 1 July 2024\n\n"
        f"1. Exclusion of the Public\n{exclusion}\n\n"
        "2. Sale of the Allotments\nSold to Mr Quarrendon for £9,876.\n"
    )
    minutes = parse_text(text)
    assert minutes.items[0].exempt is None
    assert minutes.items[1].exempt is not None
    assert minutes.items[1].exempt.certain is False


def test_an_exclusion_naming_its_items_leaves_the_others_public():
    text = (
        "Fictional City Council\nCabinet\n"
        "Minutes of the meeting held on 2 October 2018\n\n"
        "41. Exclusion of Press and Public\n"
        "RESOLVED that the Cabinet agrees to exclude the press and public under "
        "Sections 100(A)(4) of the Local Government Act 1972 relating to the "
        "following private reports on the grounds that the reports involve the "
        "likely disclosure of information defined in Paragraph 3 of Schedule 12A:\n"
        "Minute No. Report title\n43 Disposal of Small Surplus Sites\n\n"
        "42. Private Sector Housing Enforcement Policy\nThe policy was approved.\n\n"
        "43. Disposal of Small Surplus Sites\nSites sold to Mr Fenwick-Oddie.\n"
    )
    minutes = parse_text(text)
    got = {item.number: item.exempt is not None for item in minutes.items}
    assert got == {"41": False, "42": False, "43": True}


def test_an_exclusion_for_part_two_starts_at_the_part_two_heading():
    text = (
        "Fictional City Council\nPolicy Committee\n"
        "Minutes of the meeting held on 1 July 2021\n\n"
        "1. Procedural Business\nRESOLVED: That the press and public be excluded "
        "from the meeting during consideration of the items contained in part two "
        "of the agenda.\n\n"
        "2. Minutes\nThe minutes were approved.\n\n"
        "3. Budget Update\nThe update was noted.\n\nPART TWO\n\n"
        "4. Staffing Restructure\nPosts held by Ms Ottoline Brack will be deleted.\n"
    )
    minutes = parse_text(text)
    got = {item.number: item.exempt is not None for item in minutes.items}
    assert got == {"1": False, "2": False, "3": False, "4": True}


@pytest.mark.parametrize(
    "line",
    [
        "There were no items of exempt information.",
        "No declarations of interest were made.",
        "The Committee noted that the scheme was exempt from the charge.",
    ],
)
def test_public_items_that_mention_the_words_stay_public(line):
    text = (
        "Fictional Town Council\nMinutes of the meeting held on 1 July 2024\n\n"
        f"1. Declarations\n{line}\n\n2. Parks\nApproved.\n"
    )
    minutes = parse_text(text)
    assert [item.exempt for item in minutes.items] == [None, None]


def parse_text(text: str) -> Minutes:
    return parse(text.encode())
