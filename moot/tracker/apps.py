from django.apps import AppConfig


class TrackerConfig(AppConfig):
    """Promises and requests made at meetings, followed until they are met."""

    name = "moot.tracker"
    verbose_name = "Tracker"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from moot.records.changes import changes_committed
        from moot.records.load import hooks
        from moot.records.models import Meeting

        from . import content, due, loading, signals
        from .models import Fulfilment

        # The tracker's rows of an item are written with its content; what
        # follows from stored items runs after the commit, in batches.
        hooks.content_written.connect(content.content_written, dispatch_uid="tracker")
        changes_committed.connect(loading.changes_committed, dispatch_uid="tracker")

        for signal in (post_save, post_delete):
            signal.connect(
                due.meeting_changed, sender=Meeting, dispatch_uid=f"due-{signal}"
            )
            signal.connect(
                signals.fulfilment_changed,
                sender=Fulfilment,
                dispatch_uid=f"fulfilment-{signal}",
            )
