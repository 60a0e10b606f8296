"""Signed links: nothing secret is stored, the link itself is the proof.

A confirmation link expires after a week; an unsubscribe or manage link never
does (an old email must still let its reader leave). Each purpose has its own
salt, so one kind of link cannot be used as another, and a subscription's
links name its address as well as its id, so an id used again later (SQLite
reuses the highest) never answers to an old link.
"""

from typing import Any

from django.core import signing

CONFIRM_DAYS = 7


def confirm_token(pk: int, email: str) -> str:
    return signing.dumps([pk, email.lower()], salt="alerts.confirm")


def confirmed(token: str) -> tuple[int, str] | None:
    return _pair(token, "alerts.confirm", CONFIRM_DAYS * 24 * 3600)


def unsubscribe_token(pk: int, email: str) -> str:
    return signing.dumps([pk, email.lower()], salt="alerts.unsubscribe")


def unsubscribed(token: str) -> tuple[int, str] | None:
    return _pair(token, "alerts.unsubscribe")


def manage_token(email: str) -> str:
    return signing.dumps(email.lower(), salt="alerts.manage")


def managed_email(token: str) -> str | None:
    value = _loads(token, "alerts.manage")
    return value if isinstance(value, str) else None


def _pair(token: str, salt: str, max_age: int | None = None) -> tuple[int, str] | None:
    value = _loads(token, salt, max_age)
    if isinstance(value, list) and len(value) == 2:
        return int(value[0]), str(value[1])
    return None


def _loads(token: str, salt: str, max_age: int | None = None) -> Any:
    try:
        return signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
