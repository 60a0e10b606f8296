"""JSON from a source, refused when nested deeper than any real record.

Python's decoder recurses once per level of nesting, so a response of a few
kilobytes of ``[[[[...`` raises ``RecursionError``, which is not a
``ValueError`` and would end a whole import; and data nested hundreds deep
would make any later code that walks it fragile. So a response nested deeper
than ``MAX_DEPTH`` is refused as bad JSON. Pure: bytes in, data out.
"""

import json
from typing import Any

# OParl's deepest objects (a list page, its meeting, an agenda item, a file)
# nest about ten levels; Legistar's fewer.
MAX_DEPTH = 64


def loads(data: bytes, max_depth: int = MAX_DEPTH) -> Any:
    """Decode ``data`` as JSON; ``ValueError`` if it is not JSON or nests
    deeper than ``max_depth`` arrays and objects."""
    too_deep = f"nested more than {max_depth} levels deep"
    try:
        value = json.loads(data)
    except RecursionError:
        raise ValueError(too_deep) from None
    except ValueError as error:
        raise ValueError(f"not JSON: {error}") from None
    if nesting(value) > max_depth:
        raise ValueError(too_deep)
    return value


def nesting(value: Any) -> int:
    """How deep lists and dicts nest in ``value``, a level at a time."""
    depth, level = 0, [value]
    while level:
        containers = [node for node in level if isinstance(node, (list, dict))]
        if not containers:
            break
        depth += 1
        level = []
        for node in containers:
            level.extend(node.values() if isinstance(node, dict) else node)
    return depth
