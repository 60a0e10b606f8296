"""``{% interests person %}``: a person's registered interests, for their page.

The person page belongs to the site app, which knows nothing of this one; the
tag lets it show the register with one line.
"""

from typing import Any

from django import template

from moot.records.models import Person

from ..models import RegisteredInterest

register = template.Library()


@register.inclusion_tag("decisions/_interests.html")
def interests(person: Person) -> dict[str, Any]:
    rows = RegisteredInterest.objects.public().filter(person=person)
    return {"person": person, "interests": list(rows.order_by("category", "pk"))}
