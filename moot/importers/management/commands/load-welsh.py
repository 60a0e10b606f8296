"""``moot load-welsh PAGE --item URL``: an item's words from its Welsh page.

Welsh councils' ModernGov sites publish each item in Welsh too (``LLL=1``).
``PAGE`` is that page saved as HTML or text; ``--item`` is the English item's
address as ``moot import moderngov`` stored it (``…/mgAi.aspx?ID=N``), and the
Welsh page's address defaults to it with ``LLL=1``. The Welsh title, minutes
and decisions are shown on the item's ``/cy/`` page. A page that cannot be
read, or an item not stored, ends the command with one line,
``moot load-welsh: PAGE: reason``, and exit code 2; nothing is stored.
"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandParser

from moot import minutes
from moot.importers.moderngov import welsh
from moot.records.load import LoadError, Provenance, Tally, store_translation


class Command(BaseCommand):
    help = "Store an item's Welsh words from its Welsh ModernGov page (safe to repeat)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("page", type=Path)
        parser.add_argument(
            "--item", required=True, help="The English item's address (source id)."
        )
        parser.add_argument(
            "--source", help="The Welsh page's address (default: the item's, LLL=1)."
        )

    def handle(self, *args, **options) -> None:
        page: Path = options["page"]
        item: str = options["item"]
        source = options["source"] or welsh.in_welsh(item)
        tally = Tally()
        try:
            record = welsh.translation(minutes.read_file(page), item, source)
            store_translation(record, Provenance(source, "load-welsh"), tally)
        except (minutes.ParseError, LoadError) as error:
            self.stderr.write(
                f"moot load-welsh: {page}: {' '.join(str(error).split())}"
            )
            sys.exit(2)
        for warning in tally.warnings:
            self.stderr.write(f"warning: {warning}")
        outcome = next(
            o
            for o in ("created", "updated", "unchanged")
            if tally.get("translations", o)
        )
        self.stdout.write(f"{record.title}: Welsh words {outcome}.")
