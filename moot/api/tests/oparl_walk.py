"""Walk Moot's OParl API from ``/oparl/`` as a sync client would, for tests.

Follows every list page by ``links.next`` and fetches every object listed at
its own URL; keeps each answer by path, so a test can serve them again.
Validates each object, and every object embedded in it, against the OParl 1.1
schemas in ``../shared/oparl/schema``.
"""

import json
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
from django.test import Client

SCHEMAS = Path(__file__).resolve().parents[4] / "shared" / "oparl" / "schema"
PREFIX = "https://schema.oparl.org/1.1/"
checker = jsonschema.FormatChecker()


@checker.checks("url")
def _is_url(value: object) -> bool:
    parts = urlsplit(str(value))
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@checker.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    from datetime import datetime

    moment = datetime.fromisoformat(str(value))
    return moment.tzinfo is not None and "T" in str(value)


def _validators() -> dict[str, jsonschema.Draft7Validator]:
    return {
        path.stem: jsonschema.Draft7Validator(
            json.loads(path.read_text()), format_checker=checker
        )
        for path in SCHEMAS.glob("*.json")
    }


VALIDATORS = _validators()


def problems(obj: dict) -> list[str]:
    """Every schema error of ``obj`` and of the objects embedded in it."""
    found = []
    name = str(obj.get("type", "")).removeprefix(PREFIX)
    validator = VALIDATORS.get(name)
    if validator is None:
        return [f"{obj.get('id')}: unknown type {obj.get('type')!r}"]
    for error in validator.iter_errors(obj):
        found.append(f"{obj.get('id')}: {error.json_path}: {error.message}")
    for value in obj.values():
        for inner in value if isinstance(value, list) else [value]:
            if isinstance(inner, dict) and str(inner.get("type", "")).startswith(
                PREFIX
            ):
                found += problems(inner)
    return found


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


class Walk:
    """Every answer of the API, by path, and every object by id."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.answers: dict[str, bytes] = {}
        self.objects: dict[str, dict] = {}

    def get(self, url: str) -> dict:
        path = path_of(url)
        response = self.client.get(path)
        assert response.status_code == 200, (path, response.content[:300])
        self.answers[path] = response.content
        return response.json()

    def walk_list(self, url: str) -> list[dict]:
        found, following = [], url
        while following:
            page = self.get(following)
            found += page["data"]
            following = page["links"].get("next")
        return found

    def run(self) -> "Walk":
        system = self.get("/oparl/")
        self.objects[system["id"]] = system
        for body in self.walk_list(system["body"]):
            self.objects[body["id"]] = self.get(body["id"])
            for key in (
                "organization",
                "person",
                "meeting",
                "paper",
                "agendaItem",
                "file",
                "membership",
                "locationList",
            ):
                for obj in self.walk_list(body[key]):
                    self.objects[obj["id"]] = self.get(obj["id"])
                    assert self.objects[obj["id"]] == obj, obj["id"]
        return self
