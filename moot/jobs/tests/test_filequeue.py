"""The embedded file queue keeps a job until it has run: a worker killed in the
middle of it leaves the job for the next worker (moot/jobs/filequeue.py)."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from kombu import Connection, Queue

from moot.jobs.filequeue import Transport

from .workers import a_killed_workers_job_is_done_by_the_next


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "control").mkdir()
    return tmp_path


def connect(folder: Path) -> Connection:
    return Connection(
        transport=Transport,
        transport_options={
            "data_folder_in": str(folder),
            "data_folder_out": str(folder),
            "control_folder": str(folder / "control"),
        },
    )


@pytest.fixture
def queue(folder: Path) -> Iterator[Queue]:
    with connect(folder) as sender:
        jobs = Queue("jobs", routing_key="jobs")
        jobs(sender.default_channel).declare()
        with sender.Producer() as producer:
            producer.publish({"job": 1}, routing_key="jobs")
        yield jobs


def die(connection: Connection) -> None:
    """What the kernel does to a killed worker's lock: let it go."""
    os.close(connection.default_channel._lock)


def test_a_job_taken_by_a_worker_that_dies_goes_to_the_next_worker(folder, queue):
    first = connect(folder)
    taken = queue(first.default_channel).get(no_ack=False)
    assert taken.payload == {"job": 1}
    assert queue(connect(folder).default_channel).get() is None  # it is first's
    die(first)
    again = queue(connect(folder).default_channel).get(no_ack=False)
    assert again is not None and again.payload == {"job": 1}


def test_a_job_done_is_gone(folder, queue):
    first = connect(folder)
    queue(first.default_channel).get(no_ack=False).ack()
    die(first)
    assert queue(connect(folder).default_channel).get() is None
    assert not list(folder.rglob("*.msg"))


def test_a_job_rejected_for_another_try_goes_back_once(folder, queue):
    worker = connect(folder)
    queue(worker.default_channel).get(no_ack=False).requeue()
    die(worker)
    other = connect(folder)
    assert queue(other.default_channel).get(no_ack=False).payload == {"job": 1}
    assert queue(other.default_channel).get() is None  # not twice


def test_a_worker_killed_in_the_middle_of_a_job_loses_nothing(tmp_path):
    a_killed_workers_job_is_done_by_the_next("filesystem://", tmp_path)
