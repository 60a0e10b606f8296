"""Collected static files are served for a year, and a new version is a new address."""

from django.core.management import call_command
from django.templatetags.static import static
from django.test import RequestFactory
from whitenoise.middleware import WhiteNoiseMiddleware

from moot.settings import static_storage


def test_collected_files_carry_their_hash_and_a_far_future_cache(settings, tmp_path):
    settings.DEBUG = False
    settings.WHITENOISE_USE_FINDERS = False
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": static_storage(debug=False, from_finders=False)},
    }
    call_command("collectstatic", "--noinput", verbosity=0)
    url = static("moot.css")
    assert url != "/static/moot.css" and url.endswith(".css")  # the hash is in the name
    served = WhiteNoiseMiddleware(lambda request: None)(RequestFactory().get(url))
    assert served.status_code == 200
    assert "immutable" in served["Cache-Control"]
    assert "max-age=315360000" in served["Cache-Control"]


def test_a_site_that_has_not_collected_keeps_plain_names():
    # make demo and the tests serve from the finders: no manifest to read.
    from django.conf import settings

    assert settings.WHITENOISE_USE_FINDERS
    assert "Manifest" not in settings.STORAGES["staticfiles"]["BACKEND"]
