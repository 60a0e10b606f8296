"""An OParl 1.1 server built from the specification's example objects.

``examples(repair=True)`` loads ``../shared/oparl/examples/`` and repairs the
defects its README lists: the Location of Paper-01 becomes a GeoJSON
``Feature``, the AgendaItem gets its ``order``, ``body`` links point at the
one Body, references to objects never defined get those objects (the
Organizations of Person-01's memberships), and the File id reused for four
files of Meeting-01 becomes four ids. ``serve`` answers the lists with
``modified_since`` honoured, as the specification requires of a server.
"""

import copy
import datetime as dt
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

from moot.importers.conftest import FIXTURES
from moot.importers.tests.server import Reply, Request, Site

EXAMPLES = FIXTURES.parent / "oparl" / "examples"
HOST = "https://oparl.example.org"
BODY = f"{HOST}/body/0"
LISTS = {
    "organization": f"{BODY}/organizations/",
    "person": f"{BODY}/persons/",
    "meeting": f"{BODY}/meetings/",
    "paper": f"{BODY}/papers/",
}


def examples(repair: bool = True) -> dict[str, Any]:
    """The example objects by name (``Meeting-01``), repaired unless asked not to."""
    objects = {
        path.stem: json.loads(path.read_text())
        for path in sorted(EXAMPLES.glob("*.json"))
    }
    objects["System-01"]["body"] = f"{HOST}/bodies"
    if repair:
        _repair(objects)
    return objects


def _repair(objects: dict[str, Any]) -> None:
    paper = objects["Paper-01"]
    point = paper["location"][0]["geojson"]
    paper["location"][0]["geojson"] = {"type": "Feature", "geometry": point}
    for name in ("Organization-01", "Paper-01"):
        objects[name]["body"] = BODY
    item = objects["Meeting-01"]["agendaItem"][0]
    item["order"] = 1
    meeting = objects["Meeting-01"]
    for n, key in enumerate(("invitation", "resultsProtocol", "verbatimProtocol")):
        meeting[key]["id"] = f"{HOST}/files/5774{n}"
    meeting["auxiliaryFile"][0]["id"] = f"{HOST}/files/57743"
    for membership in objects["Person-01"]["membership"]:
        number = membership["organization"].rstrip("/").rsplit("/", 1)[-1]
        membership["organization"] = f"{HOST}/organization/{number}"
        objects[f"Organization-{number}"] = {
            "id": membership["organization"],
            "type": "https://schema.oparl.org/1.1/Organization",
            "body": BODY,
            "name": f"Ausschuss {number}",
            "created": "2011-11-11T11:11:00+01:00",
            "modified": "2012-08-16T14:05:27+02:00",
        }


def _modified(obj: dict[str, Any]) -> dt.datetime:
    return dt.datetime.fromisoformat(obj["modified"])


def serve(site: Site, objects: dict[str, Any]) -> None:
    """Serve ``objects`` at their ids and in the Body's lists."""
    site.rewrite[HOST] = site.url
    system = objects["System-01"]
    site.add("/", Reply(json.dumps(system).encode(), content_type="application/json"))
    bodies = {"data": [objects["Body-01"]], "links": {}}
    site.add(
        "/bodies", Reply(json.dumps(bodies).encode(), content_type="application/json")
    )
    for obj in objects.values():
        path = urlsplit(obj["id"]).path
        if path not in ("/", "/bodies"):
            site.add(path, lambda request, obj=obj: _json(obj))
    for kind, url in LISTS.items():
        site.prefixes[urlsplit(url).path] = _lister(objects, kind)


def _lister(objects: dict[str, Any], kind: str):  # type: ignore[no-untyped-def]
    def answer(request: Request) -> Reply:
        query = parse_qs(urlsplit(request.path).query)
        chosen = [
            obj
            for obj in objects.values()
            if obj.get("type", f"/{kind.title()}").lower().endswith(f"/{kind}")
            or (obj.get("deleted") and obj.get("list") == kind)
        ]
        if "modified_since" in query:
            since = dt.datetime.fromisoformat(query["modified_since"][0])
            chosen = [o for o in chosen if _modified(o) >= since]
        data = [{k: v for k, v in o.items() if k != "list"} for o in chosen]
        return _json({"data": data, "links": {}, "pagination": {}})

    return answer


def _json(obj: Any) -> Reply:
    return Reply(
        json.dumps(copy.deepcopy(obj)).encode(), content_type="application/json"
    )
