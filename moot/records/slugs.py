"""Readable, unique slugs for URLs that never change once given."""

from django.db import models
from django.utils.text import slugify


def unique_slug(model: type[models.Model], text: str, max_length: int = 80) -> str:
    """``slugify(text)``, cut to ``max_length``, with ``-2``, ``-3``… if taken."""
    base = slugify(text)[:max_length].strip("-") or "untitled"
    slug, n = base, 1
    while model._default_manager.filter(slug=slug).exists():
        n += 1
        suffix = f"-{n}"
        slug = base[: max_length - len(suffix)] + suffix
    return slug


def item_slug(title: str) -> str:
    """An agenda item's slug: its title, cut at a word near 60 characters."""
    slug = slugify(title)
    if len(slug) <= 60:
        return slug or "item"
    return slug[:60].rsplit("-", 1)[0]
