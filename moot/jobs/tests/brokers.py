"""Point the job queue at a real broker for one test, then back."""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from moot.jobs.queue import app


@contextmanager
def on_broker(url: str) -> Iterator[None]:
    """Jobs go to ``url`` (not run at once), on a queue of this test's own."""
    saved = {k: app.conf[k] for k in ("broker_url", "task_always_eager")}
    saved["task_default_queue"] = app.conf.task_default_queue
    saved["broker_transport"] = app.conf.broker_transport
    app.conf.update(
        broker_url=url,
        # The file queue's own transport, for filesystem:// only.
        broker_transport=saved["broker_transport"] if url.startswith("file") else None,
        task_always_eager=False,
        task_default_queue=f"moot-test-{uuid.uuid4().hex[:8]}",
    )
    _forget_connections()
    try:
        yield
    finally:
        app.conf.update(saved)
        _forget_connections()


def _forget_connections() -> None:
    """Connect afresh to the broker now configured (Kombu pools by URL)."""
    from kombu import pools

    pools.reset()
    app._pool = None
    app.amqp._producer_pool = None
    for cached in ("default_queue", "queues", "router", "default_exchange"):
        app.amqp.__dict__.pop(cached, None)
