"""Parse time grows with the input in proportion, not with its square.

Each test times the parse of N lines and of 4N lines of the same shape, on
this machine in this run, and compares the two: a linear parser takes about
four times as long, a quadratic one sixteen. CPU time of this process is
measured, so other work on the machine barely moves the ratio; absolute
times are never asserted.
"""

import time

import pytest

from moot.minutes import parse

N = 50_000


def _cpu_seconds(data: bytes) -> float:
    start = time.process_time()
    parse(data, "long.txt")
    return time.process_time() - start


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: f"{n}.", id="numbers with a full stop"),
        pytest.param(lambda n: f"{n} a", id="numbers and a lowercase word"),
    ],
)
def test_many_short_lines_parse_in_linear_time(line):
    def lines(count: int) -> bytes:
        return "\n".join(line(n) for n in range(1, count + 1)).encode()

    small, large = lines(N), lines(4 * N)
    baseline = min(_cpu_seconds(small) for _ in range(2))
    ratio = _cpu_seconds(large) / baseline
    assert ratio < 6, f"4x the lines took {ratio:.1f}x the time"
