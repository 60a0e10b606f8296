import pytest


@pytest.fixture
def mailbox(settings, tmp_path):
    """Mail goes to files in a folder, as with EMAIL_BACKEND=...filebased."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path / "mail")
    settings.MOOT_SITE_URL = "http://testserver"
    return tmp_path / "mail"


@pytest.fixture(autouse=True)
def _fresh_limits():
    """Each test starts with no asks counted against any address or client."""
    from django.core.cache import cache

    cache.clear()
