"""``moot propose``: offer stored items as fulfilments of earlier commitments."""

from datetime import date

from django.core.management.base import BaseCommand, CommandParser

from moot.records.models import AgendaItem
from moot.tracker.loading import track


class Command(BaseCommand):
    help = (
        "Propose, for a clerk to confirm, which open commitments each stored item "
        "may fulfil (loading does this for new items); safe to repeat."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--since",
            type=date.fromisoformat,
            help="Only items of meetings on or after YYYY-MM-DD.",
        )

    def handle(self, *args, **options) -> None:
        items = AgendaItem.objects.alive().filter(is_exempt=False)
        if options["since"]:
            items = items.filter(meeting__date__gte=options["since"])
        pks = list(items.values_list("pk", flat=True))
        made = track(pks)
        self.stdout.write(f"{len(pks)} items looked at; {made} new proposals.")
