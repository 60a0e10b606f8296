"""Theme colours that white text can be read on (WCAG 2.2, success criterion 1.4.3).

A council sets its header colour; the header's links and name are white on it.
White needs a contrast of at least 4.5:1, which many councils' brand colours
(light blues, greens, oranges) do not give. The admin refuses such a colour and
names the nearest darker shade that passes; pages made from colours stored
before this check darken them the same way, so no page is ever unreadable.
"""

import re

HEX = re.compile(r"#?([0-9a-fA-F]{6})")
MINIMUM = 4.5  # normal-size text, level AA
WHITE = (1.0, 1.0, 1.0)


def parse(colour: str) -> tuple[int, int, int] | None:
    """``#rrggbb`` (or without ``#``) as three 0–255 channels; None otherwise."""
    match = HEX.fullmatch((colour or "").strip())
    if not match:
        return None
    digits = match.group(1)
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    """Relative luminance as WCAG defines it."""
    r, g, b = (_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_with_white(rgb: tuple[int, int, int]) -> float:
    """The contrast ratio of white text on this background, 1 to 21."""
    return 1.05 / (luminance(rgb) + 0.05)


def as_hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def readable(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    """The colour if white reads on it, else the lightest darker shade that passes.

    Darkening keeps the hue (every channel scaled by the same factor), so the
    council's colour stays recognisably its own.
    """
    if contrast_with_white(rgb) >= MINIMUM:
        return rgb
    low, high = 0.0, 1.0  # scale factors: low always passes, high fails
    for _ in range(20):
        middle = (low + high) / 2
        if contrast_with_white(_scaled(rgb, middle)) >= MINIMUM:
            low = middle
        else:
            high = middle
    return _scaled(rgb, low)


def _scaled(rgb: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    return (int(rgb[0] * factor), int(rgb[1] * factor), int(rgb[2] * factor))


def problem(colour: str) -> str | None:
    """Why a colour cannot be the header's, naming the shade to use; None if it can."""
    rgb = parse(colour)
    if rgb is None:
        return "Give the colour as # and six hexadecimal digits, for example #1d70b8."
    ratio = contrast_with_white(rgb)
    if ratio >= MINIMUM:
        return None
    return (
        f"White text on {as_hex(rgb)} has a contrast of {ratio:.1f}:1; it needs at "
        f"least {MINIMUM}:1 to be readable (WCAG 2.2 AA). The nearest darker shade "
        f"that passes is {as_hex(readable(rgb))}."
    )
