"""With several councils, a committee facet says whose committee it is."""

from datetime import date

from moot.minutes import parse
from moot.records.load import Provenance, store
from moot.records.models import Committee

TEXT = (
    "1. Allotments at Quillfeather Lane\n"
    "RESOLVED: That the Quillfeather allotment rents be frozen.\n"
)


def test_alike_committee_names_carry_their_council(client, db, index_dir, committed):
    for council in ("Fictional Borough Council", "Fictional District Council"):
        with committed():
            store(
                parse(TEXT.encode(), "minutes.txt", date(2025, 3, 4)),
                Provenance("minutes.txt", "test"),
                body=council,
                committee="Planning Committee",
                meeting_date=date(2025, 3, 4),
            )
    labels = [
        f["label"]
        for f in client.get("/search.json", {"q": "Quillfeather"}).json()["facets"][
            "committee"
        ]
    ]
    assert sorted(labels) == [
        "Planning Committee (Fictional Borough Council)",
        "Planning Committee (Fictional District Council)",
    ]
    assert Committee.objects.public().filter(name="Planning Committee").count() == 2
