"""The test run's environment, loaded as a pytest plugin (``-p`` in
pyproject.toml) so it is in place before pytest-django reads the settings,
which happens before any ``conftest.py`` is imported.

Production settings refuse to start without a ``SECRET_KEY`` (moot/settings.py);
the suite, and the ``moot`` commands its tests start, run on this one.
"""

import os

os.environ.setdefault("SECRET_KEY", "moot-tests-only-not-secret-" + "k" * 40)
