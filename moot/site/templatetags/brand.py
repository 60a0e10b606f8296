"""The body's theme colour as a stylesheet link, so pages carry no inline style."""

from django import template

from moot.records import colours

register = template.Library()

DEFAULT = "1d70b8"


@register.filter
def brand_colour(value: str) -> str:
    """Six lower-case hex digits of a header colour white text reads on.

    Anything that is not ``#rrggbb`` gives the default blue; a colour stored
    before the admin checked contrast is darkened until it passes.
    """
    rgb = colours.parse(value)
    if rgb is None:
        return DEFAULT
    return colours.as_hex(colours.readable(rgb))[1:]
