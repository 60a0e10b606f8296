"""One fictional council, with the seed item and hostile exempt minutes, built
once per module inside a transaction that is rolled back after it."""

from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from moot.records.tests.fictional_votes import EXEMPT_WORDS, load, make_people, minutes
from moot.sample.councils import generate

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT.parent / "shared" / "seed" / "000_4e186e70c30e6533.txt"
EXEMPT = ROOT / "moot" / "minutes" / "tests" / "fixtures" / "exempt"
TODAY = date(2025, 3, 1)
# Words only the exempt parts of the fictional minutes hold.
SECRETS = [
    "Zanzibarco",
    "4,217,333",
    "Obadiah Wrenfield",
    "Thistlewhite",
    "Blenkinsop",
    *EXEMPT_WORDS,
]


def build_council() -> None:
    generate(40, seed=1, today=TODAY)
    call_command(
        "load-minutes",
        str(SEED),
        body="City of Bradford Metropolitan District Council",
        committee="Corporate Overview and Scrutiny Committee",
        meeting_date=date(2018, 9, 19),
        verbosity=0,
    )
    make_people()  # votes by name and declarations, one of them about an exempt item
    load(minutes(exempt_eight=True))
    for path in sorted(EXEMPT.glob("fictional-*.txt")):
        call_command(
            "load-minutes",
            str(path),
            body="Fictional Borough Council",
            committee=path.stem,
            verbosity=0,
        )


@pytest.fixture(scope="module")
def council(django_db_setup, django_db_blocker, tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("council")
    with (
        override_settings(MEDIA_ROOT=folder / "media", MOOT_DATA_DIR=folder),
        django_db_blocker.unblock(),
    ):
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            build_council()
            yield folder
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
