"""The ``moot`` command: the project's ``manage.py``.

Every subcommand is a Django management command in the app that owns the
behaviour, so ``moot migrate``, ``moot parse`` and ``moot check --deploy``
all work the way Django users expect.
"""

import os
import secrets
import sys

# Commands that serve the site: these must run on a configured SECRET_KEY.
SERVING = {"runserver", "testserver"}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command not in SERVING and not (
        os.environ.get("SECRET_KEY") or os.environ.get("SECRET_KEY_FILE")
    ):
        # The other commands (parse, load-minutes, import, migrate...) sign
        # nothing that outlives them: a fresh random key each run lets them
        # work on a fresh machine, while the site (runserver, or gunicorn
        # through moot.wsgi) still refuses to start without a configured key.
        os.environ["SECRET_KEY"] = secrets.token_urlsafe(50)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
