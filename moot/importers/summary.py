"""What an import did: counts by kind of record, and every failure with its reason."""

from collections import Counter
from dataclasses import dataclass, field

from moot.records.load import Tally

OUTCOMES = ("created", "updated", "unchanged", "deleted")
KINDS = (
    "bodies",
    "committees",
    "people",
    "memberships",
    "meetings",
    "items",
    "reports",
    "documents",
)


@dataclass
class Failure:
    """One record that could not be imported, and why (a sentence)."""

    what: str
    reason: str


@dataclass
class Summary:
    """Counts, failures and warnings of one run; one bad record never ends it."""

    tally: Tally = field(default_factory=Tally)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Records left out on purpose, by kind and reason: not failures, not lost.
    skipped: Counter[tuple[str, str]] = field(default_factory=Counter)

    def skip(self, kind: str, reason: str) -> None:
        self.skipped[kind, reason] += 1

    def fail(self, what: str, reason: object) -> None:
        self.failures.append(Failure(what, str(reason)))

    def count(self, kind: str, outcome: str) -> int:
        return self.tally.get(kind, outcome)

    def records(self) -> int:
        """Records the run dealt with: stored in any way, or failed."""
        return sum(self.tally.counts.values()) + len(self.failures)

    def failed(self) -> str:
        """ "3 of 40 records failed", for the command's last word."""
        return f"{len(self.failures)} of {self.records()} records failed"

    def lines(self) -> list[str]:
        """The closing summary, one line per kind, then failures and warnings."""
        out = []
        for kind in KINDS:
            counts = [(o, self.tally.get(kind, o)) for o in OUTCOMES]
            if any(n for _, n in counts):
                shown = ", ".join(f"{n} {o}" for o, n in counts if n or o != "deleted")
                out.append(f"{kind}: {shown}")
        for (kind, reason), n in sorted(self.skipped.items()):
            out.append(f"{kind} skipped: {n} ({reason})")
        out.append(f"failed: {len(self.failures)}")
        out += [f"  - {f.what}: {f.reason}" for f in self.failures]
        # The loader's own warnings: texts cut to fit their columns.
        warnings = [*self.warnings, *self.tally.warnings]
        if warnings:
            out.append(f"warnings: {len(warnings)}")
            out += [f"  - {w}" for w in warnings[:50]]
            if len(warnings) > 50:
                out.append(f"  … and {len(warnings) - 50} more")
        return out
