"""Moot proposes which open commitments a new item may fulfil, best first."""

from datetime import date

from moot.minutes.records import Commitment as Parsed
from moot.minutes.records import Item, MeetingFacts, Minutes, Reference, Report
from moot.records.load import Provenance, store
from moot.records.models import AgendaItem, Body, Committee
from moot.tracker.models import Commitment, Fulfilment

from .conftest import BRADFORD, SCRUTINY


def load(day, *items, committee=SCRUTINY, body=BRADFORD):
    store(
        Minutes(MeetingFacts(date=day), list(items)),
        Provenance(f"{committee}-{day}", "test"),
        body=body,
        committee=committee,
    )


def promise(text, recipient="the Committee", due=None, phrase=""):
    return Parsed(
        kind="resolution",
        resolution="1",
        text=text,
        owner="Director",
        recipient=recipient,
        due_phrase=phrase,
        due_date=due,
    )


def test_the_seeds_update_is_proposed_for_its_twelve_month_promise(seed):
    update = Item(
        title="Arrangements by the Council and its Partners to tackle Child "
        "Sexual Exploitation",
        report=Report(
            summary="The report of the Strategic Director (Document “K”) provides "
            "an update to the report presented to this Committee on 19 September "
            "2018 on the 9 Point Strategic Response to CSE."
        ),
        # As the parser reads the summary's reference.
        references=[
            Reference(
                "report presented to this Committee on 19 September 2018",
                committee="this",
                date=date(2018, 9, 19),
            )
        ],
    )
    load(date(2019, 9, 12), update)
    links = list(Fulfilment.objects.filter(item__title__startswith="Arrangements"))
    assert links[0].commitment.due_phrase == "in 12 months time"
    assert links[0].reasons[0].startswith("This item says it follows “ARRANGEMENTS")
    assert any("Same committee" in r for r in links[0].reasons)
    assert all(link.state == "proposed" for link in links)
    secret = Commitment.objects.get(agenda_item__is_exempt=True)
    assert secret not in [link.commitment for link in links]


def test_an_explicit_reference_beats_similar_words(db):
    referenced = Item(
        number="49.",
        title="Homelessness Strategy",
        commitments=[promise("That figures on hostel places be reported.")],
    )
    similar = Item(
        number="50.",
        title="Rough sleeping in the city centre",
        commitments=[
            promise(
                "That a further report on rough sleeping in the city centre "
                "and outreach be presented."
            )
        ],
    )
    load(date(2016, 11, 10), referenced, similar)
    new = Item(
        number="12.",
        title="Rough sleeping in the city centre: outreach",
        previous_references=["Minute 49 (2016/17)"],
        references=[
            Reference("Minute 49 (2016/17)", minute="49", municipal_year="2016/17")
        ],
    )
    load(date(2017, 5, 25), new)
    item = AgendaItem.objects.get(number="12.")
    links = list(Fulfilment.objects.filter(item=item).order_by("-score"))
    # The item says it follows minute 49: the similar words of 50 are not enough.
    assert [link.commitment.agenda_item.number for link in links] == ["49."]
    assert links[0].reasons[0] == "This item says it follows “Homelessness Strategy”"
    assert item.issue == AgendaItem.objects.get(number="49.").issue is not None


def test_an_unrelated_item_at_the_right_time_is_not_proposed(seed):
    load(
        date(2019, 9, 12),
        Item(
            number="5.",
            title="Treasury Management Outturn",
            report=Report(
                summary="The Director of Finance reports borrowing and "
                "investment activity for the year."
            ),
        ),
    )
    assert not Fulfilment.objects.exists()


def test_earlier_items_and_other_bodies_are_not_candidates(seed):
    update = Item(title="Child sexual exploitation: arrangements of partners")
    load(date(2018, 1, 1), update)
    load(date(2019, 9, 12), update, body="Leeds", committee=SCRUTINY)
    assert not Fulfilment.objects.exists()


def test_a_rejected_proposal_is_not_made_again(seed, clerk):
    from moot.tracker.loading import track

    update = Item(
        title="Arrangements to tackle child sexual exploitation update",
        report=Report(summary="The 9 Point Strategic Response to CSE."),
    )
    load(date(2019, 9, 12), update)
    link = Fulfilment.objects.first()
    link.reject(clerk)
    assert track([link.item.pk, seed.pk]) == 0
    link.refresh_from_db()
    assert link.state == "rejected"


def area_council():
    body = Body.objects.create(name="Bradford", slug="bradford")
    for name in ("Keighley Area Committee", "Shipley Area Committee", "Executive"):
        Committee.objects.create(body=body, name=name, slug=name.split()[0].lower())
    load(
        date(2018, 9, 19),
        Item(
            title="Child sexual exploitation",
            commitments=[
                promise(
                    "That tailored reports on CSE be provided to Area Committees.",
                    recipient="Area Committees",
                )
            ],
        ),
        committee="Executive",
        body="Bradford",
    )
    for n, name in enumerate(("Keighley Area Committee", "Shipley Area Committee")):
        load(
            date(2018, 11, 1 + n),
            Item(title="Tailored report on child sexual exploitation (CSE)"),
            committee=name,
            body="Bradford",
        )
    return Commitment.objects.get()


def test_a_promise_to_area_committees_is_met_part_by_part(db, clerk):
    from moot.tracker.models import commitment_parts

    commitment = area_council()
    links = list(commitment.fulfilments.order_by("item__meeting__date"))
    assert len(links) == 2
    assert any("is one" in r for r in links[0].reasons)
    links[0].confirm(clerk)
    commitment.refresh_from_db()
    assert commitment.status == "open"
    assert [bool(done) for _, done in commitment_parts(commitment)] == [True, False]
    assert "1 of 2" in commitment.events.get().why
    links[1].confirm(clerk)
    commitment.refresh_from_db()
    assert commitment.status == "fulfilled"
    assert commitment.fulfilled_by == links[1].item


def test_a_clerk_confirms_in_one_click_and_both_pages_link(client, seed, clerk):
    load(
        date(2019, 9, 12),
        Item(
            title="Arrangements to tackle child sexual exploitation: update",
            report=Report(
                summary="An update to the report presented to this Committee in 2018."
            ),
            references=[
                Reference(
                    "report presented to this Committee in 2018",
                    committee="this",
                    year=2018,
                )
            ],
        ),
    )
    link = Fulfilment.objects.get(commitment__due_phrase="in 12 months time")
    assert client.post(f"/commitments/proposals/{link.pk}/").status_code == 302
    link.refresh_from_db()
    assert link.state == "proposed"  # not staff: sent to log in
    client.force_login(clerk)
    assert "says it follows" in client.get("/commitments/proposals/").content.decode()
    client.post(f"/commitments/proposals/{link.pk}/", {"decision": "confirm"})
    link.refresh_from_db()
    assert link.state == "confirmed" and link.commitment.status == "fulfilled"
    client.logout()
    made = client.get(seed.get_absolute_url()).content.decode()
    met = client.get(link.item.get_absolute_url()).content.decode()
    assert link.item.get_absolute_url() in made
    assert link.commitment.get_absolute_url() in met
    issue = AgendaItem.objects.get(pk=seed.pk).issue
    thread = client.get(f"/issues/{issue.slug}/").content.decode()
    assert seed.get_absolute_url() in thread and link.item.get_absolute_url() in thread
