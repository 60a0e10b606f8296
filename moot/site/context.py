"""What every page's template needs: the sample-data banner, the stylesheet."""

from functools import cache

from django.contrib.staticfiles import finders
from django.http import HttpRequest

from moot.records.models import Body


@cache
def govuk_css() -> bool:
    """Whether ``make assets`` has copied GOV.UK Frontend's CSS in."""
    return finders.find("govuk/govuk-frontend.min.css") is not None


def site(request: HttpRequest) -> dict:
    names = Body.objects.alive().filter(is_sample=True).values_list("name", flat=True)
    return {"sample_bodies": names, "govuk_css": govuk_css()}
