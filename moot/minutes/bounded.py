"""Run a reader in a child process with a memory and a time budget.

A PDF is a program for PDFium to run: a few hundred kilobytes of compressed
content can unpack into gigabytes of text, and when PDFium runs out of memory
it aborts the whole process, not just the read. So such a reader runs in a
forked child whose address space is capped (``RLIMIT_AS``) and which the
parent stops after a number of seconds. Whatever the child does, the caller
gets a result or a ``ParseError`` with a sentence, and goes on.

Where processes cannot be forked (Windows) the reader runs in-process, with
only its own page and character limits.
"""

import faulthandler
import multiprocessing
import os
import resource
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TypeVar

from .source import ParseError

T = TypeVar("T")
MB = 1024 * 1024


def run_bounded(
    function: Callable[[bytes], T],
    data: bytes,
    *,
    what: str,
    memory_mb: int,
    seconds: float,
) -> T:
    """``function(data)``, with at most ``memory_mb`` more memory and ``seconds``.

    A ``ParseError`` the function raises reaches the caller unchanged. Running
    out of memory or time, or the child dying any other way, raises
    ``ParseError`` saying which, naming the input as ``what`` ("the PDF").
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return function(data)
    outcome, value = _in_child(function, data, memory_mb * MB, seconds)
    if outcome == "time":
        raise ParseError(
            f"reading {what} took longer than {seconds:g} s "
            "(a decompression bomb?); stopped"
        )
    if outcome == "memory":
        raise ParseError(
            f"{what} needs more than {memory_mb} MB of memory to read "
            "(a decompression bomb?); stopped"
        )
    if outcome == "died":
        raise ParseError(f"reading {what} stopped unexpectedly ({value})")
    if outcome == "error":
        raise ParseError(*value)  # type: ignore[misc]
    return value  # type: ignore[return-value]


def _in_child(
    function: Callable[[bytes], object], data: bytes, budget: int, seconds: float
) -> tuple[str, object]:
    """Fork, run ``function`` there, and return what became of it."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    # Not a daemon: a daemon process may not start one, and this one is
    # killed below whatever happens.
    child = context.Process(
        target=_child, args=(sender, function, data, budget, seconds)
    )
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            return "time", None
        outcome: tuple[str, object] = receiver.recv()
        return outcome
    except EOFError:  # the child died without a word
        child.join()
        # PDFium aborts the process when it runs out of memory.
        if child.exitcode == -signal.SIGABRT:
            return "memory", None
        return "died", f"exit code {child.exitcode}"
    finally:
        receiver.close()
        child.kill()
        child.join()


def _child(
    sender: Connection,
    function: Callable[[bytes], object],
    data: bytes,
    budget: int,
    seconds: float,
) -> None:
    """In the child: cap the address space, run, send back the outcome.

    The child's standard error goes nowhere: PDFium's last words when it aborts
    (and Python's fault handler's) would break the caller's one-line message.
    """
    faulthandler.disable()
    with open(os.devnull, "w") as nowhere:
        os.dup2(nowhere.fileno(), 2)
    used = _address_space()
    if used:  # without a measure of use, a cap could stop the child at once
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = used + budget
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    # Should the parent die before it can stop the child, the CPU limit does.
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    cpu = int(seconds) + 5
    if hard == resource.RLIM_INFINITY or cpu <= hard:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, hard))
    try:
        outcome: tuple[str, object] = ("ok", function(data))
    except ParseError as error:
        outcome = ("error", (error.message, error.location))
    except MemoryError:
        outcome = ("memory", None)
    sender.send(outcome)
    sender.close()


def _address_space() -> int:
    """The bytes of address space this process uses now (Linux), else 0."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0
