"""JSON answers as OParl asks: CORS for every JSON answer, conditional GET.

``Last-Modified`` is the newest ``modified`` of what the answer shows (the
change point bumps it on every write); the ``ETag`` is a hash of the body, so
it is right even for what ``modified`` cannot see (a list that gained a row).
``If-None-Match`` and ``If-Modified-Since`` then answer 304.
"""

import hashlib
import json
from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date


def json_answer(
    request: HttpRequest, data: Any, stamp: datetime | None, status: int = 200
) -> HttpResponse:
    body = json.dumps(data, ensure_ascii=False, sort_keys=False).encode()
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    last_modified = int(stamp.timestamp()) if stamp else None
    if status == 200:
        unchanged = get_conditional_response(
            request, etag=etag, last_modified=last_modified
        )
        if unchanged is not None:
            return _cors(unchanged)
    response = HttpResponse(
        body, status=status, content_type="application/json; charset=utf-8"
    )
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified)
    return _cors(response)


def json_error(request: HttpRequest, status: int, message: str) -> HttpResponse:
    """An error as JSON, the one shape every API error takes."""
    return _cors(
        JsonResponse({"error": {"status": status, "message": message}}, status=status)
    )


def _cors(response: HttpResponse) -> HttpResponse:
    response["Access-Control-Allow-Origin"] = "*"
    return response
