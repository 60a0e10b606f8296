from django.apps import AppConfig


class ImportersConfig(AppConfig):
    """Bring in the history: ModernGov, OParl, Legistar and folders of minutes."""

    name = "moot.importers"
    verbose_name = "Importers"
