"""The test run's environment, loaded as a pytest plugin (``-p`` in
pyproject.toml) so it is in place before pytest-django reads the settings,
which happens before any ``conftest.py`` is imported.

Production settings refuse to start without a ``SECRET_KEY`` (moot/settings.py);
the suite, and the ``moot`` commands its tests start, run on this one.

The test client and the live server the browser tests use speak plain HTTP, so
production's redirect to HTTPS is off; it is read when the middleware is built,
which for the live server is before any test's fixture could change it.
``test_deploy.py`` checks the production defaults without it.
"""

import os

os.environ.setdefault("SECRET_KEY", "moot-tests-only-not-secret-" + "k" * 40)
os.environ.setdefault("SECURE_SSL_REDIRECT", "False")
