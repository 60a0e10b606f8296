from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "moot.decisions"
    verbose_name = "Decisions and registers"

    def ready(self) -> None:
        # The loader announces a council's registers; this app writes the rows
        # (the records app imports none of its apps: moot/records/load/hooks.py).
        from moot.records.load import hooks

        from . import loading

        hooks.register_read.connect(loading.register_read, dispatch_uid="decisions")
