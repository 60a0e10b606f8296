"""The ``moot`` command: the project's ``manage.py``.

Every subcommand is a Django management command in the app that owns the
behaviour, so ``moot migrate``, ``moot parse`` and ``moot check --deploy``
all work the way Django users expect.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
