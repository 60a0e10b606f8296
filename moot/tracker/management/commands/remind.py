"""``moot remind``: email owners about commitments falling due or overdue."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moot.tracker.reminding import find, message, send


class Command(BaseCommand):
    help = (
        "Email each owner once about their commitments due within --days and "
        "those overdue; the same state is never reported twice."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=14)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print the emails instead of sending them; record nothing.",
        )
        parser.add_argument("--today", type=date.fromisoformat, help="YYYY-MM-DD")

    def handle(self, *args, **options) -> None:
        if options["days"] < 0:
            raise CommandError("--days must be 0 or more.")
        today = options["today"] or date.today()
        run = find(today, options["days"])
        if options["dry_run"]:
            for email, dues in run.by_email.items():
                subject, body = message(dues, today)
                self.stdout.write(f"To: {email}\nSubject: {subject}\n\n{body}\n")
        else:
            send(run, today)
        count = sum(len(d) for d in run.by_email.values())
        verb = "Would send" if options["dry_run"] else "Sent"
        self.stdout.write(
            f"{verb} {len(run.by_email)} email(s) about {count} commitment(s); "
            f"{run.already} already reported."
        )
        if run.no_email:
            self.stdout.write(
                f"{len(run.no_email)} commitment(s) have an owner with no email "
                "(add one under Tracker › Owner contacts):"
            )
            for c in run.no_email[:50]:
                self.stdout.write(f"  {c.owner or 'no owner'}: {c} (#{c.pk})")
            if len(run.no_email) > 50:
                self.stdout.write(f"  … and {len(run.no_email) - 50} more.")
