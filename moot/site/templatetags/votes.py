"""How a recorded vote and a webcast position are shown on the public pages."""

from collections.abc import Iterable

from django import template

from moot.records.models import Vote

register = template.Library()


@register.filter
def by_choice(votes: Iterable[Vote]) -> list[tuple[str, list[Vote]]]:
    """The votes grouped for, against, abstained, absent (in that order),
    leaving out the choices no one made."""
    votes = list(votes)
    return [
        (str(label), [v for v in votes if v.choice == choice])
        for choice, label in Vote.Choice.choices
        if any(v.choice == choice for v in votes)
    ]


@register.filter
def clock(seconds: int | None) -> str:
    """3723 → ``1:02:03``; a position in a recording as players show it."""
    if seconds is None:
        return ""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
