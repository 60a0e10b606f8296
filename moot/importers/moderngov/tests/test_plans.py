"""A forward plan edition, of the shape ModernGov prints, → plain records;
and the plan read in an import over HTTP, linked to the decision taken.

The pages are a fictional council's: no real ``mgListPlanItems.aspx`` page
is recorded among the fixtures yet (docs/decisions.md)."""

import datetime as dt

import pytest

from moot.decisions.models import Decision, ForwardPlanEntry
from moot.importers.moderngov import decision_phrases as phrases
from moot.importers.moderngov import plans
from moot.importers.moderngov.council import Council
from moot.importers.moderngov.source import Options, run
from moot.importers.tests.server import Reply
from moot.minutes.source import ParseError

from . import site as moderngov
from .test_decisions import read

BASE = "https://democracy.fictional.invalid"
PLANS = """<html><body><ul class="mgBulletList">
<li><a href="mgListPlanItems.aspx?PlanId=41&amp;RP=7">Forward Plan, May 2026</a></li>
<li><a href="mgListPlanItems.aspx?PlanId=40&amp;RP=7">Forward Plan, April 2026</a></li>
</ul></body></html>"""
EDITION = """<html><body><div class="mgContent">
<h2>Forward Plan, May 2026</h2>
<div><a class="mgPlanItemTitle" href="mgIssueHistoryHome.aspx?IId=6535">Minutes of
 Previous Meeting</a></div>
<p><span class="mgLabel">Decision maker: </span>Policy Committee</p>
<p><span class="mgLabel">Decision due: </span>19 October 2015</p>
<p><span class="mgLabel">First published: </span>01&#47;09&#47;2015</p>
<p><span class="mgLabel">Key decision: </span>Yes</p>
<p><span class="mgLabel">Wards affected: </span>Abbey; Heaton</p>
<div><a class="mgPlanItemTitle" href="mgIssueHistoryHome.aspx?IId=7001">Purchase of
 a depot site</a></div>
<p><span class="mgLabel">Decision maker: </span>Cabinet</p>
<p><span class="mgLabel">Decision due: </span>Not before 1st Jun 2026</p>
<p><span class="mgLabel">Restrictions: </span>Exempt - paragraph 3</p>
</div></body></html>"""


@pytest.mark.parametrize(("label", "field"), phrases.PLAN_LABELS)
def test_each_plan_label_fills_its_field(label, field):
    assert phrases.plan_label_field(f"{label.capitalize()}: ") == field


def test_each_item_keeps_its_own_rows():
    first, second = plans.plan_items(EDITION.encode(), BASE, "u")

    assert first.title == "Minutes of Previous Meeting"
    assert first.source_id == f"{BASE}/mgIssueHistoryHome.aspx?IId=6535"
    assert first.decision_maker == "Policy Committee"
    assert first.expected == dt.date(2015, 10, 19)
    assert first.first_published == dt.date(2015, 9, 1)
    assert first.is_key is True and first.wards == ["Abbey", "Heaton"]
    assert second.decision_maker == "Cabinet"
    assert second.expected_text == "Not before 1st Jun 2026"
    assert second.expected == dt.date(2026, 6, 1)
    assert second.is_exempt is True and second.exempt_paragraphs == [3]
    assert second.wards == [] and second.first_published is None


def test_the_newest_edition_is_the_first_listed():
    url = plans.latest_edition(PLANS.encode(), BASE, "u")

    assert url == f"{BASE}/mgListPlanItems.aspx?PlanId=41&RP=7"


def test_a_page_without_items_fails_naming_the_url_and_element():
    with pytest.raises(ParseError, match="a.mgPlanItemTitle") as caught:
        plans.plan_items(b"<html><p>Error</p></html>", BASE, "https://x/p")
    assert caught.value.location == "https://x/p"


@pytest.mark.django_db
def test_an_import_links_the_plan_to_the_decision_and_a_second_changes_nothing(
    site, make_client
):
    moderngov.serve(site, moderngov.generate(meetings=1, items=1, documents=False))
    site.add("/mgListPlans.aspx?RPId=7&RD=0", PLANS.encode())
    site.add("/mgListPlanItems.aspx?PlanId=41&RP=7", EDITION.encode())
    list_page = read("mgDelegatedDecisions-kirklees-list.html")
    site.prefixes["/mgDelegatedDecisions.aspx?"] = lambda request: Reply(list_page)
    page = read("ieDecisionDetails-fragment-policy-committee.html")
    site.add("/ieDecisionDetails.aspx?ID=13567", page)
    site.add("/ieDecisionDetails.aspx?ID=13149", page.replace(b"IId=6535", b"IId=1"))
    council = Council("Anytown Council", site.url, decisions=True, forward_plan="7")
    options = Options(dt.date(2015, 1, 1), dt.date(2015, 12, 31), dt.date(2026, 1, 1))

    first = run(make_client(), council, options)
    stored = list(ForwardPlanEntry.objects.values())
    second = run(make_client(), council, options)

    assert first.failures == [] and second.failures == []
    assert first.count("plan entries", "created") == 2
    assert list(ForwardPlanEntry.objects.values()) == stored
    entry = ForwardPlanEntry.objects.get(title="Minutes of Previous Meeting")
    assert entry.decision == Decision.objects.get(source_id__endswith="ID=13567")
    withheld = ForwardPlanEntry.objects.get(is_exempt=True)
    assert withheld.summary == "" and withheld.decision is None
