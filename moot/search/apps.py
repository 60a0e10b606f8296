from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Full-text search over items, minutes, decisions and documents."""

    name = "moot.search"
    verbose_name = "Search"

    def ready(self) -> None:
        from . import queue

        queue.connect()
