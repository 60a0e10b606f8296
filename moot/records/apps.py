from django.apps import AppConfig


class RecordsConfig(AppConfig):
    """The democratic record: bodies, committees, meetings, items and decisions."""

    name = "moot.records"
    verbose_name = "Records"

    def ready(self) -> None:
        from . import changes, links

        changes.connect()
        links.connect()
