from django.apps import AppConfig


class TrackerConfig(AppConfig):
    """Promises and requests made at meetings, followed until they are met."""

    name = "moot.tracker"
    verbose_name = "Tracker"
