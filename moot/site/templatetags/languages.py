"""The footer's language switch: this page in each language Moot speaks."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

register = template.Library()

# Each language named in itself, as a switch must (not "Saesneg" for English).
NAMES = {"en-gb": "English", "cy": "Cymraeg"}
HTML_LANG = {"en-gb": "en-GB", "cy": "cy"}


@dataclass(frozen=True)
class Choice:
    code: str
    name: str
    lang: str
    url: str
    current: bool


@register.simple_tag
def html_lang() -> str:
    """The ``lang`` of the page's interface: ``en-GB`` or ``cy``."""
    code = translation.get_language() or settings.LANGUAGE_CODE
    return HTML_LANG.get(code, HTML_LANG[settings.LANGUAGE_CODE])


@register.simple_tag(takes_context=True)
def language_choices(context: template.Context) -> list[Choice]:
    """One choice per language; the address is this page in that language.

    The 500 page has no request, and a 404's address resolves nowhere: the
    switch then leads to the home page in the other language.
    """
    request = context.get("request")
    here = request.get_full_path() if request is not None else None
    current = translation.get_language()
    choices = []
    for code, _ in settings.LANGUAGES:
        home = "/cy/" if code == "cy" else "/"
        there = translate_url(here, code) if here else home
        if here and there == here and code != current:
            there = home
        choices.append(
            Choice(
                code,
                NAMES.get(code, code),
                HTML_LANG.get(code, code),
                there,
                code == current,
            )
        )
    return choices
