"""The embedded job queue: Kombu's filesystem transport, made to lose nothing.

Kombu's own filesystem transport deletes a job's file the moment a worker takes
it, so a worker killed while it runs a job loses that job, whatever
``acks_late`` says. Here a taken job's file is moved into a folder of the
worker's own (``taken/<id>/``) and deleted only when the job is acknowledged;
a job rejected with requeue, or restored at a clean shutdown, goes back to the
queue. The worker holds an exclusive ``flock`` on its folder for as long as it
lives; the kernel drops the lock when the process dies however it dies, so any
worker that can take that lock knows the folder's owner is gone and moves its
jobs back to the queue (when it starts, and every ``SWEEP_SECONDS`` when the
queue is empty). A lock rather than a process id, because a restarted
container's worker often gets the dead one's pid.

One machine only, as Kombu's transport is: the folders are local.
"""

import fcntl
import os
import time
import uuid
from pathlib import Path
from queue import Empty
from typing import Any

from kombu.transport import filesystem, virtual
from kombu.utils import json

SWEEP_SECONDS = 30.0
LOCK_NAME = ".alive"


class QoS(virtual.QoS):
    def ack(self, delivery_tag: str) -> None:
        super().ack(delivery_tag)
        self.channel._forget(delivery_tag)

    def reject(self, delivery_tag: str, requeue: bool = False) -> None:
        super().reject(delivery_tag, requeue=requeue)  # requeue: _restore
        self.channel._forget(delivery_tag)


class Channel(filesystem.Channel):
    QoS = QoS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._taken: dict[str, Path] = {}  # delivery tag -> its file in ours
        self._ours: Path | None = None
        self._lock: int | None = None
        self._swept = 0.0

    @property
    def taken_folder(self) -> Path:
        return Path(self.data_folder_in) / "taken"

    def _own_folder(self) -> Path:
        """This worker's folder of taken jobs, locked for its lifetime."""
        if self._ours is None:
            ours = self.taken_folder / uuid.uuid4().hex
            ours.mkdir(parents=True)
            self._lock = os.open(ours / LOCK_NAME, os.O_CREAT | os.O_RDWR, 0o600)
            fcntl.flock(self._lock, fcntl.LOCK_EX)
            self._ours = ours
            self.sweep()
        return self._ours

    def sweep(self) -> int:
        """Move the jobs of workers that have died back to the queue."""
        self._swept = time.monotonic()
        restored = 0
        if not self.taken_folder.is_dir():
            return 0
        for folder in self.taken_folder.iterdir():
            if folder == self._ours:
                continue
            try:
                lock = os.open(folder / LOCK_NAME, os.O_RDWR)
            except FileNotFoundError:
                continue  # being made, or already swept by another worker
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(lock)
                continue  # its worker is alive
            try:
                for job in folder.glob("*.msg"):
                    os.replace(job, Path(self.data_folder_in) / job.name)
                    restored += 1
                (folder / LOCK_NAME).unlink()
                folder.rmdir()
            finally:
                os.close(lock)
        return restored

    def _get(self, queue: str, timeout: Any = None) -> Any:
        ours = self._own_folder()
        wanted = f"{queue}.msg"
        for name in sorted(os.listdir(self.data_folder_in)):
            if name.partition(".")[2] != wanted:
                continue
            taken = ours / name
            try:
                os.replace(Path(self.data_folder_in) / name, taken)
            except OSError:
                continue  # another worker took it first
            payload = json.loads(taken.read_bytes())
            self._taken[payload["properties"]["delivery_tag"]] = taken
            return payload
        if time.monotonic() - self._swept > SWEEP_SECONDS:
            self.sweep()
        raise Empty()

    def _restore(self, message: Any) -> None:
        super()._restore(message)  # a fresh file in the queue
        self._forget(message.delivery_tag)

    def _forget(self, delivery_tag: str) -> None:
        taken = self._taken.pop(delivery_tag, None)
        if taken is not None:
            taken.unlink(missing_ok=True)


class Transport(filesystem.Transport):
    Channel = Channel
