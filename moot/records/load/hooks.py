"""What the loader tells the apps that keep rows of their own about an item.

The records app knows nothing of the apps built on it. The tracker owns its
tables (commitments, information requests) and the logic that fills them from
a parsed item; it connects to these signals (``moot/tracker/apps.py``), so its
rows are written in the loader's transaction, all or nothing with the meeting.

- ``content_written``: an item's content rows have been written anew.
  Arguments: ``item`` (the ``AgendaItem``), ``content`` (the parsed ``Item``),
  ``resolutions`` (the item's new ``Resolution`` rows by number, or by
  position where unnumbered) and ``provenance`` (the rows' provenance fields).

- ``register_read``: a council's registers (decisions, forward plan,
  registered interests) have been read. Arguments: ``body`` (the ``Body``),
  ``register`` (``moot.importers.registers.Register``), ``provenance`` (a
  ``Provenance``) and ``tally`` (the ``Tally`` to count into). The decisions
  app writes their rows (``moot/decisions/loading.py``).

What is found across items (proposals, references between meetings) is not
done here: it follows the change point's ``changes_committed`` after the
commit, in batches, whatever order items arrive in (``moot/tracker/loading.py``).
"""

from django.dispatch import Signal

content_written = Signal()
register_read = Signal()
