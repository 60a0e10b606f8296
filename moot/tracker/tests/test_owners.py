"""One officer is one owner however the apostrophe is typed; part of a name will do."""

from moot.tracker.models import Commitment

CURLY = "Strategic Director, Children’s Services"
STRAIGHT = "Strategic Director, Children's Services"


def _straight_copy(twelve_months) -> Commitment:
    """A later promise whose minutes typed a straight apostrophe."""
    other = Commitment.objects.get(pk=twelve_months.pk)
    other.pk = None
    other.text = "A report on taxi licensing to the Committee."
    other.owner = STRAIGHT
    other.position = 99
    other.save()
    return other


def test_the_owner_page_holds_both_spellings(client, twelve_months):
    _straight_copy(twelve_months)
    page = client.get("/commitments/owners/strategic-director-childrens-services/")
    text = page.content.decode()
    assert page.status_code == 200
    both = Commitment.objects.public().filter(owner__in=[CURLY, STRAIGHT]).count()
    assert both == 3  # two promises in the seed, one typed straight
    assert f"All {both} commitments" in text


def test_a_straight_apostrophe_in_the_filter_finds_the_curly_owner(
    client, twelve_months
):
    _straight_copy(twelve_months)
    page = client.get(
        "/commitments/", {"owner": "children's services"}
    ).content.decode()
    assert "An update on the progress" in page
    assert "A report on taxi licensing" in page


def test_part_of_a_name_finds_the_owner(client, twelve_months):
    page = client.get("/commitments/", {"owner": "strategic director"}).content.decode()
    assert "An update on the progress" in page
    page = client.get("/commitments/", {"owner": "Head of Planning"}).content.decode()
    assert "An update on the progress" not in page
