"""How well Moot follows real threads: explicit links and fulfilment proposals.

    .venv/bin/python bench/threads.py

Loads every labelled thread of moot/tracker/tests/chains/ into a fresh SQLite
database, one committed page at a time (the tracker works after each commit),
oldest page first and again newest first, and prints the recall and
precision of the links between items (what the pages say they follow) and of
the fulfilment proposals (which later item delivered a promise), with the
labels they missed, for the tuned threads (read to make the rules) and the
unseen ones (``"part": "unseen"`` in thread.json: labelled, then scored, never
used to tune) apart. Both orders must give the same links.
"""

import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    folder = tempfile.mkdtemp(prefix="moot-threads-")
    os.environ["MOOT_DATA_DIR"] = folder
    try:
        run()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run() -> None:
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from moot.tracker.chains import Figures, load, measure, threads

    call_command("migrate", verbosity=0)
    for reverse in (False, True):
        parts: dict[str, Figures] = {}
        for thread in threads():
            # Each page is committed as an import would, so the tracker works
            # after each commit; then the database is emptied for the next.
            items = load(thread, reverse=reverse)
            parts.setdefault(thread.part, Figures()).add(measure(thread, items))
            call_command("flush", interactive=False, verbosity=0)
        order = "newest first" if reverse else "oldest first"
        for part, total in sorted(parts.items(), reverse=True):
            count = sum(1 for t in threads() if t.part == part)
            print(f"\n{order}, {part}: {count} threads")
            report(total)


def report(total) -> None:
    print(
        f"  links: {total.links_found}/{total.links_labelled} labelled found "
        f"(recall {ratio(total.links_found, total.links_labelled)}), "
        f"{total.links_made} made (precision "
        f"{ratio(total.links_found, total.links_made)})"
    )
    print(
        f"  proposals: {total.proposals_made} made, {total.proposals_right} right "
        f"(precision {ratio(total.proposals_right, total.proposals_made)}); "
        f"{total.fulfilments_proposed}/{total.fulfilments_labelled} labelled "
        f"fulfilments proposed (recall "
        f"{ratio(total.fulfilments_proposed, total.fulfilments_labelled)})"
    )
    for line in total.missed:
        print(f"  missed {line}")


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "n/a"


if __name__ == "__main__":
    main()
