"""``web_link``: a URL a page may render as a link (``moot/records/links.py``)."""

from django import template

from moot.records.links import web_link as safe

register = template.Library()


@register.filter
def web_link(url: str) -> str:
    """``url`` if it is an absolute http(s) URL, else ``""``."""
    return safe(url)
