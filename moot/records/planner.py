"""Query-planner statistics, refreshed after bulk loads.

Without them SQLite reads an item's content through the index on ``deleted``
(every row is ``NULL`` there) rather than the one on ``agenda_item``, so each
read scans whole tables: at a million items about 4 seconds per search-index
update or reindex chunk instead of a tenth of one. The statistics stay in the
database file. PostgreSQL keeps its own (autovacuum).
"""

from django.db import connection


def analyze() -> None:
    """Refresh SQLite's statistics (about 6 s at a million items)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
