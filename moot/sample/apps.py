from django.apps import AppConfig


class SampleConfig(AppConfig):
    """Synthetic councils for demos, tests and benchmarks (``moot sample``).

    Not part of the record: it writes the records app's rows and the
    tracker's in bulk, so it depends on both and neither depends on it.
    """

    name = "moot.sample"
    verbose_name = "Sample data"
