"""The body's theme colour as a stylesheet link, so pages carry no inline style."""

import re

from django import template

register = template.Library()

DEFAULT = "1d70b8"
HEX = re.compile(r"#?([0-9a-fA-F]{6})")


@register.filter
def brand_colour(value: str) -> str:
    """``#RRGGBB`` as six lower-case hex digits; anything else the default blue."""
    match = HEX.fullmatch((value or "").strip())
    return match.group(1).lower() if match else DEFAULT
