"""How well the parser reads real council pages: per field, per system, unseen apart.

    .venv/bin/python bench/accuracy.py            # the table
    .venv/bin/python bench/accuracy.py --failures # and the tuned part's failures

Scores every document of the labelled real corpus (moot/minutes/tests/corpus/)
against its expectations; the unseen third (fixed by a hash of each URL) is
reported apart: it is what tells whether a change generalises.
"""

import argparse
from collections import defaultdict

from moot.minutes.corpus import Result, documents, score


def tally(results: list[Result], key) -> dict[str, list[int]]:
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for result in results:
        for check in result.checks:
            row = table[key(result, check)]
            row[0] += check.passed
            row[1] += 1
    return dict(sorted(table.items()))


def part(result: Result) -> str:
    return "unseen" if result.document.unseen else "tuned"


def show(title: str, table: dict[str, list[int]]) -> None:
    print(f"\n{title:<28} {'passed':>7} {'checks':>7} {'share':>7}")
    for name, (passed, total) in table.items():
        print(f"{name:<28} {passed:>7} {total:>7} {passed / total:>7.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--failures",
        action="store_true",
        help="list the failed checks of the tuned part (never tune on the unseen)",
    )
    args = parser.parse_args()
    results = [score(document) for document in documents()]
    show(
        "part", tally(results, lambda r, c: "unseen" if r.document.unseen else "tuned")
    )
    show("group", tally(results, lambda r, c: f"{r.document.group} ({part(r)})"))
    show("field", tally(results, lambda r, c: c.field))
    show("system", tally(results, lambda r, c: r.document.system))
    show("country", tally(results, lambda r, c: r.document.country))
    passed = sum(c.passed for r in results for c in r.checks)
    total = sum(len(r.checks) for r in results)
    whole = sum(all(c.passed for c in r.checks) for r in results)
    print(
        f"\nall: {passed}/{total} checks ({passed / total:.1%}); "
        f"{whole}/{len(results)} documents fully right; "
        f"{len({r.document.council for r in results})} councils, "
        f"{len({r.document.system for r in results})} systems; "
        f"words lost: {sum(r.lost for r in results)}"
    )
    if args.failures:
        for result in results:
            if result.document.unseen:
                continue
            failed = [c for c in result.checks if not c.passed]
            if failed:
                print(f"\n{result.document.id} ({part(result)})")
                for check in failed:
                    print(f"  {check.field}: {check.detail}")


if __name__ == "__main__":
    main()
