"""``--format text``: the parsed structure laid out for a person to read."""

import textwrap
from typing import Any


def render_text(data: dict[str, Any]) -> str:
    """The same structure as the JSON, as indented plain text."""
    out: list[str] = []
    meeting = data["meeting"]
    out.append(f"Meeting: {meeting['committee'] or '(committee not stated)'}")
    out.append(f"  Date: {meeting['date'] or '(not stated)'}")
    out.append(f"  Venue: {meeting['venue'] or '(not stated)'}")
    for key, names in meeting["attendance"].items():
        if names:
            out.append(f"  {key.capitalize()}: {', '.join(names)}")
    for item in data["items"]:
        out.extend(_item(item))
    if data["warnings"]:
        out.append("\nWarnings:")
        out.extend(f"  - {warning}" for warning in data["warnings"])
    if data["discarded"]:
        out.append(f"\nDiscarded ({len(data['discarded'])}):")
        out.extend(f"  - [{d['reason']}] {d['text']}" for d in data["discarded"])
    return "\n".join(out) + "\n"


def _item(item: dict[str, Any]) -> list[str]:
    number = f"{item['number']}. " if item["number"] else ""
    out = ["", f"Item {number}{item['title'] or '(untitled)'}"]
    if item["exempt"]:
        out.append(
            f"  EXEMPT (paragraph {item['exempt']['paragraph']}): "
            f"{item['exempt']['reason']}"
        )
    out.extend(f"  Previous reference: {ref}" for ref in item["previous_references"])
    report = item["report"]
    if report["summary"] or report["document"]:
        out.append(
            f"  Report (document {report['document'] or '-'}, "
            f"by {report['author'] or '-'}):"
        )
        for paragraph in (report["summary"] or "").split("\n\n"):
            out.extend(_wrap(paragraph, "    ") if paragraph else [])
    for rec in item["recommendations"]:
        out.append(f"  Recommendation {rec['number'] or '-'}: {rec['text']}")
    if item["contact"]["name"]:
        out.append(f"  Contact: {item['contact']['name']}, {item['contact']['phone']}")
    if item["minutes"]:
        out.append("  Minutes:")
    for block in item["minutes"]:
        if block["kind"] == "list":
            out.extend(f"    · {entry}" for entry in block["items"])
        else:
            out.extend(_wrap(block["text"], "    "))
    out.extend(_views(item))
    return out


def _views(item: dict[str, Any]) -> list[str]:
    out = []
    for exchange in item["exchanges"]:
        out.append(f"  Questions from {exchange['asked_by'] or '(not stated)'}:")
        out.extend(f"    ? {point}" for point in exchange["points"])
        out.extend(
            f"    > {r['by'] or '(reported)'}: {r['text']}"
            for r in exchange["responses"]
        )
    for rep in item["representations"]:
        out.append(f"  Representation by {rep['by'] or '(not stated)'}:")
        out.extend(f"    - {point}" for point in rep["points"])
    for request in item["information_requests"]:
        reason = f" ({request['reason']})" if request["reason"] else ""
        out.append(
            f"  Information request [{request['outcome']}]: {request['text']}{reason}"
        )
    for res in item["resolutions"]:
        vote = f" [vote: {res['vote']}]" if res["vote"] else ""
        out.append(f"  Resolution {res['number'] or '-'}: {res['text']}{vote}")
    out.extend(f"  Action: {action['owner']}" for action in item["actions"])
    for c in item["commitments"]:
        out.append(f"  Commitment ({c['kind']}): {c['text']}")
        out.append(
            f"    owner: {c['owner'] or '-'}; for: {c['recipient'] or '-'}; "
            f"due: {c['due_date'] or '-'} ({c['due_phrase'] or 'no due phrase'})"
        )
    return out


def _wrap(text: str, indent: str) -> list[str]:
    return [indent + line for line in textwrap.wrap(text, 88 - len(indent))] or [indent]
