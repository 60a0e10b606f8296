"""A council's registers (decisions, forward plan, interests), in one transaction.

The rows belong to the decisions app, which writes them when told by
``hooks.register_read``: the loader stays the one way records are stored,
and imports none of the apps built on it.
"""

from django.db import transaction

from moot.importers.registers import Register

from ..models import Body
from .hooks import register_read
from .rows import Provenance, Tally


def store_register(
    body: Body, register: Register, provenance: Provenance, tally: Tally
) -> None:
    """Store ``register`` for ``body``, all or nothing; count into ``tally``."""
    with transaction.atomic():
        register_read.send(
            sender=Body,
            body=body,
            register=register,
            provenance=provenance,
            tally=tally,
        )
