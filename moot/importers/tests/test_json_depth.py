"""JSON nested deeper than any real record is refused as bad JSON."""

import pytest

from moot.importers.json_depth import loads


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def test_json_as_deep_as_the_limit_is_read():
    assert loads(nested(64)) is not None


@pytest.mark.parametrize("depth", [65, 1_000, 1_000_000])
def test_json_deeper_than_the_limit_is_a_value_error(depth):
    with pytest.raises(ValueError, match="^nested more than 64 levels deep$"):
        loads(nested(depth))


def test_brackets_inside_strings_do_not_count():
    assert loads(b'{"title": "' + b"[" * 1000 + b'"}') == {"title": "[" * 1000}


def test_text_that_is_not_json_says_so():
    with pytest.raises(ValueError, match="^not JSON: Expecting value"):
        loads(b"<html>Service unavailable</html>")
