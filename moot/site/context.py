"""What every page's template needs: the sample-data banner, the stylesheet."""

from functools import cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest
from django.utils.safestring import mark_safe

from moot.records.models import Body

from .templatetags.languages import HTML_LANG, html_lang


@cache
def govuk_css() -> bool:
    """Whether ``make assets`` has copied GOV.UK Frontend's CSS in."""
    return finders.find("govuk/govuk-frontend.min.css") is not None


def site(request: HttpRequest) -> dict:
    names = Body.objects.alive().filter(is_sample=True).values_list("name", flat=True)
    return {"sample_bodies": names, "govuk_css": govuk_css(), **languages()}


def languages() -> dict:
    """``lang`` attributes for pages whose interface and records differ in language.

    Records are kept in the language they were written (English, so far); in
    the Welsh interface the record's text is marked ``lang="en-GB"`` and the
    interface's words inside it ``lang="cy"``, so screen readers speak each
    in its own language. In English both are empty.
    """
    interface = html_lang()
    records = HTML_LANG[settings.LANGUAGE_CODE]
    if interface == records:
        return {"record_lang": "", "ui_lang": ""}
    return {
        "record_lang": mark_safe(f' lang="{records}"'),
        "ui_lang": mark_safe(f' lang="{interface}"'),
    }
