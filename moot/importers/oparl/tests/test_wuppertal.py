"""Wuppertal's meeting names organizations the server does not have."""

import json

import pytest

from moot.importers.conftest import FIXTURES
from moot.importers.oparl.source import run
from moot.importers.tests.server import Reply
from moot.records.models import Meeting

pytestmark = pytest.mark.django_db
RECORDED = FIXTURES / "oparl" / "wuppertal"


def test_a_meeting_of_a_missing_organization_fails_with_the_reason(
    site, make_client, tmp_path
):
    site.rewrite["http://oparl.wuppertal.de"] = site.url
    site.add("/oparl/system", RECORDED / "system.json")
    body = json.loads((RECORDED / "body.json").read_text())
    site.add("/oparl/bodies", Reply(json.dumps({"data": [body]}).encode()))
    meeting = (RECORDED / "meeting.json").read_bytes()
    site.add(
        "/oparl/bodies/0001/meetings",
        Reply(b'{"data": [' + meeting + b'], "links": {}}'),
    )

    summary = run(
        make_client(),
        f"{site.url}/oparl/system",
        state_file=tmp_path / "state.json",
        documents=False,
    )

    (failure,) = [f for f in summary.failures if f.what.startswith("meeting ")]
    assert "its organization is unknown" in failure.reason
    assert "organizations/gr/230" in failure.reason
    assert any("HTTP 404" in w for w in summary.warnings)
    assert Meeting.objects.count() == 0
