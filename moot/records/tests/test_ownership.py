"""Imports point one way: parse/convert (pure) → load → records ← tracker,
search, site (docs/records.md draws it). Read from the source with ``ast``, so a
stray import fails here, not in review."""

import ast
from pathlib import Path

import pytest

MOOT = Path(__file__).resolve().parents[2]
LATER = (
    "moot.tracker",
    "moot.search",
    "moot.site",
    "moot.sample",
    "moot.api",
    "moot.alerts",
    "moot.jobs",
    "moot.decisions",
)
PURE_CONVERTERS = (
    "moot/importers/records.py",
    "moot/importers/registers.py",
    "moot/importers/minutes.py",
    "moot/importers/text.py",
)

# (modules, what they must not import): every module of the package but tests.
RULES = [
    ("moot/minutes", ("django", "moot.records", "moot.importers", *LATER)),
    (PURE_CONVERTERS, ("django", "moot.records", *LATER)),
    ("moot/importers/*/convert.py", ("django", "moot.records", *LATER)),
    ("moot/records", LATER),
]
# What the records app may take from the importers: their plain records and the
# pure reading of a document's text (a clerk's upload is read as an import is).
RECORDS_MAY_IMPORT = {
    "moot.importers.records",
    "moot.importers.registers",
    "moot.importers.minutes",
    "moot.importers.text",
}


def modules(pattern: str | tuple[str, ...]) -> list[Path]:
    if isinstance(pattern, tuple):
        return [MOOT.parent / p for p in pattern]
    if pattern.endswith(".py"):
        return sorted(MOOT.parent.glob(pattern))
    return sorted(
        p for p in (MOOT.parent / pattern).rglob("*.py") if "tests" not in p.parts
    )


def imported(source: str, module: str) -> set[str]:
    """Every module ``source`` imports, its relative imports read from ``module``."""
    package = module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            name = ".".join(p for p in (base, node.module or "") if p)
            found.add(name)
            found.update(f"{name}.{alias.name}" for alias in node.names)
    return found


def imports_of(path: Path) -> set[str]:
    module = ".".join(path.relative_to(MOOT.parent).with_suffix("").parts)
    return imported(path.read_text(), module)


def breaks(name: str, banned: tuple[str, ...]) -> bool:
    return any(name == b or name.startswith(f"{b}.") for b in banned)


@pytest.mark.parametrize(("pattern", "banned"), RULES, ids=lambda r: str(r)[:40])
def test_imports_point_one_way(pattern, banned):
    paths = modules(pattern)
    assert paths, f"no modules match {pattern}"
    wrong = [
        f"{path.relative_to(MOOT.parent)} imports {name}"
        for path in paths
        for name in sorted(imports_of(path))
        if breaks(name, banned)
    ]
    assert wrong == []


def test_records_take_only_plain_records_from_the_importers():
    wrong = [
        f"{path.relative_to(MOOT.parent)} imports {name}"
        for path in modules("moot/records")
        for name in sorted(imports_of(path))
        if breaks(name, ("moot.importers",))
        and not any(breaks(name, (allowed,)) for allowed in RECORDS_MAY_IMPORT)
        and name != "moot.importers"
    ]
    assert wrong == []


def test_a_relative_import_into_the_tracker_is_seen():
    source = "from ...tracker.models import Commitment\nimport moot.site.views\n"
    names = imported(source, "moot.records.load.example")
    assert {"moot.tracker.models", "moot.site.views"} <= names
    assert all(breaks(n, LATER) for n in ("moot.tracker.models", "moot.site.views"))
