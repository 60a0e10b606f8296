"""Every page type in a browser: WCAG 2.2 AA (axe-core), reflow at 320 px, keyboard.

Debian's Chromium and ChromeDriver (``apt-get install chromium chromium-driver``)
drive the pages a live server answers; axe-core comes from npm (``make assets``).
Without them the tests skip on a laptop, and fail with CI=true.

``MOOT_SCREENSHOTS=DIR`` keeps a picture of every page at both widths there
(docs/screenshots/ holds the ones the documentation shows).
"""

import json
import os
import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.conf import settings

from moot.records.models import AgendaItem, Body, Committee, Document, Meeting, Person
from moot.sample.councils import generate
from moot.search.rebuild import rebuild
from moot.tracker.models import Commitment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
WIDTHS = (1280, 320)
# The elements that stick out past the right edge, innermost first.
WIDEST = """
const edge = document.documentElement.clientWidth;
return [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > edge + 1)
  .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > edge + 1))
  .slice(0, 3)
  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))
  .join(', ');
"""


def _missing() -> str | None:
    for need, path in (
        ("Debian's chromium", CHROMIUM),
        ("chromium-driver", CHROMEDRIVER),
        ("axe-core (make assets)", str(AXE)),
    ):
        if not os.path.exists(path):
            return f"needs {need} at {path}"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    reason = _missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the browser tests cannot run: {reason}")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(argument)
    options.add_argument("--disable-dev-shm-usage")
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def pages(stored_seed, settings, tmp_path) -> dict[str, str]:
    """One address per page type, on the fictional sample council and the seed."""
    settings.MOOT_DATA_DIR = tmp_path
    generate(items=24, seed=3, today=date.today())
    rebuild()
    item = AgendaItem.objects.public().filter(meeting__committee__body__is_sample=True)
    sample_item = item.filter(commitments__isnull=False).first() or item.first()
    assert sample_item is not None
    commitment = Commitment.objects.first()
    assert commitment is not None
    committee = Committee.objects.filter(body__is_sample=True).first()
    assert committee is not None
    meeting = Meeting.objects.filter(committee=committee).first()
    assert meeting is not None
    person = Person.objects.first()
    document = Document.objects.filter(deleted__isnull=True).first()
    seed = AgendaItem.objects.filter(meeting__committee__body__is_sample=False).get()
    addresses = {
        "home": "/",
        "committees": "/committees/",
        "councillors": "/councillors/",
        "council": committee.body.get_absolute_url(),
        "committee": committee.get_absolute_url(),
        "meeting": meeting.get_absolute_url(),
        "item (seed)": seed.get_absolute_url(),
        "item (sample)": sample_item.get_absolute_url(),
        "commitments": "/commitments/",
        "commitment": commitment.get_absolute_url(),
        "search": "/search/?q=report",
        "not found": "/no-such-page/",
        "home (Welsh)": "/cy/",
        "item (seed, Welsh)": "/cy" + seed.get_absolute_url(),
        "committee (Welsh)": "/cy" + committee.get_absolute_url(),
        "meeting (Welsh)": "/cy" + meeting.get_absolute_url(),
        "commitments (Welsh)": "/cy/commitments/",
        "commitment (Welsh)": "/cy" + commitment.get_absolute_url(),
        "search (Welsh)": "/cy/search/?q=report",
    }
    if person:
        addresses["person"] = person.get_absolute_url()
    addresses["alerts"] = _alerts_page(commitment)
    if document:
        addresses["document"] = document.get_absolute_url()
    Meeting.objects.create(committee=committee, date=date.today() + timedelta(14))
    assert Body.objects.filter(is_sample=True).exists()
    return addresses


def _alerts_page(commitment) -> str:
    """An address's alerts page (moot/alerts), with one alert on it."""
    from moot.alerts.models import Subscription
    from moot.alerts.tokens import manage_token

    Subscription.objects.create(
        email="r@example.org", kind="commitment", target=commitment.pk, confirmed=True
    )
    return f"/alerts/manage/{manage_token('r@example.org')}/"


def _axe(driver) -> list[dict]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
        ".then(r => done(JSON.stringify(r.violations)))"
        ".catch(e => done(JSON.stringify("
        "[{id: 'axe-error', help: String(e), nodes: []}])));"
    )
    return json.loads(result)


def _keep_picture(driver, name: str, width: int) -> None:
    folder = os.environ.get("MOOT_SCREENSHOTS")
    if not folder:
        return
    height = driver.execute_script("return document.documentElement.scrollHeight;")
    driver.set_window_size(width, min(int(height), 4000))
    slug = name.replace(" ", "-").replace("(", "").replace(")", "")
    driver.save_screenshot(os.path.join(folder, f"{slug}-{width}.png"))
    driver.set_window_size(width, 900)


def _arrives(driver, path: str) -> None:
    """Wait for the page a key press asked for: Enter does not wait for it."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(
        lambda d: (
            path in d.current_url
            and d.execute_script("return document.readyState") == "complete"
        )
    )


def _describe(violations: list[dict]) -> str:
    return "; ".join(
        f"{v['id']} ({v.get('help', '')}): "
        + ", ".join(n["target"][0] for n in v["nodes"][:3] if n.get("target"))
        for v in violations
    )


def test_every_page_type_passes_wcag_aa_and_reflows_at_320px(
    browser, live_server, pages
):
    driver = browser
    driver.set_script_timeout(60)
    problems = []
    for width in WIDTHS:
        driver.set_window_size(width, 900)
        for name, address in pages.items():
            driver.get(live_server.url + address)
            _keep_picture(driver, name, width)
            violations = _axe(driver)
            if violations:
                problems.append(f"{name} at {width}px: {_describe(violations)}")
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - "
                "document.documentElement.clientWidth;"
            )
            if overflow > 0:
                problems.append(
                    f"{name} at {width}px scrolls sideways by {overflow}px: "
                    + driver.execute_script(WIDEST)
                )
    assert not problems, "\n".join(problems)


def test_a_keyboard_user_can_search_and_reach_a_result(browser, live_server, pages):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser
    driver.set_window_size(1280, 900)
    driver.get(live_server.url + "/")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    assert focused.text == "Skip to main content"
    for _ in range(10):  # past the header's links to the search box
        if driver.switch_to.active_element.get_attribute("id") == "site-search":
            break
        driver.switch_to.active_element.send_keys(Keys.TAB)
    box = driver.switch_to.active_element
    assert box.get_attribute("id") == "site-search"
    box.send_keys("exploitation", Keys.ENTER)
    _arrives(driver, "/search/")
    links = driver.find_elements(By.CSS_SELECTOR, "main a[href*='/items/']")
    assert links, driver.find_element(By.TAG_NAME, "main").text[:1500]
    links[0].send_keys(Keys.ENTER)
    _arrives(driver, "/items/")
    assert driver.find_element(By.TAG_NAME, "h1").text
