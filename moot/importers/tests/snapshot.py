"""The database as data, to compare two imports: row counts and content hashes."""

import hashlib
import json

from moot.records import models
from moot.tracker.models import Commitment, InformationRequest

MODELS = (
    models.Body,
    models.Committee,
    models.Person,
    models.Membership,
    models.Meeting,
    models.Attendance,
    models.AgendaItem,
    models.Report,
    models.Document,
    models.Recommendation,
    models.MinutesBlock,
    models.Resolution,
    models.Vote,
    models.Declaration,
    Commitment,
    InformationRequest,
)


def snapshot() -> dict[str, tuple[int, str]]:
    """Each model's row count and a hash of every field of every row."""
    state = {}
    for model in MODELS:
        rows = list(model.objects.order_by("pk").values())
        text = json.dumps(rows, default=str, sort_keys=True)
        state[model.__name__] = (len(rows), hashlib.sha256(text.encode()).hexdigest())
    return state
