"""The job queue on a real broker (Redis and RabbitMQ): a resident's alerts
flow through it, and a worker killed in the middle of a job loses nothing.

Marked ``broker``: skipped where Redis or RabbitMQ does not answer on
127.0.0.1, an error with CI=true (conftest.py).
"""

from collections.abc import Iterator

import pytest
from celery.contrib.testing.worker import start_worker

from moot.alerts.models import Delivery
from moot.alerts.tests.mail import inbox, links
from moot.alerts.tests.test_resident import path, subscribe
from moot.jobs.queue import app
from moot.tracker.models import Commitment

from .brokers import on_broker
from .workers import a_killed_workers_job_is_done_by_the_next, wait_for

pytestmark = pytest.mark.broker

BROKERS = {
    "redis": "redis://127.0.0.1:6379/0",
    "rabbitmq": "amqp://guest:guest@127.0.0.1:5672//",
}


@pytest.fixture(params=sorted(BROKERS))
def broker(request) -> str:
    return BROKERS[request.param]


@pytest.fixture
def worker(broker) -> Iterator[None]:
    """A worker thread on ``broker``, on a queue of this test's own."""
    with on_broker(broker):
        with start_worker(app, perform_ping_check=False, loglevel="warning"):
            yield


def test_a_residents_alerts_go_through_the_broker(
    client, mailbox, transactional_db, stored_seed, worker
):
    promise = Commitment.objects.public().filter(status="open").first()
    assert subscribe(client, promise).status_code == 200
    confirmation = wait_for(lambda: inbox(mailbox), "confirmation email")[0]
    [confirm] = links(confirmation, "/alerts/confirm/")
    client.post(path(confirm))
    # The starting point (what the page says now) is recorded by a job too.
    wait_for(lambda: Delivery.objects.filter(sent__isnull=False).exists(), "start")
    promise.withdraw(by="Clerk", why="Replaced.")
    alerts = wait_for(
        lambda: [m for m in inbox(mailbox) if "withdrawn" in m["Subject"]], "alert"
    )
    assert promise.text in alerts[0].get_content()


def test_a_worker_killed_in_the_middle_of_a_job_loses_nothing(broker, tmp_path):
    # Redis keeps one list of unacknowledged jobs per database, which every
    # worker on it sweeps: a database of its own keeps other tests' out.
    a_killed_workers_job_is_done_by_the_next(
        broker.replace("6379/0", "6379/1"), tmp_path
    )
