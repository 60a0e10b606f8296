from django.apps import AppConfig


class AlertsConfig(AppConfig):
    """Email alerts for residents, without an account."""

    name = "moot.alerts"
    verbose_name = "Alerts"

    def ready(self) -> None:
        from moot.records.changes import changes_committed

        from .reacting import changed

        changes_committed.connect(changed, dispatch_uid="alerts")
