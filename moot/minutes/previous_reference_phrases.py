"""How minutes point back to earlier minutes, as data.

Each row is a ``Phrase`` whose ``ref`` group is the reference as written
("Minute 31 (2022/23)"). ``moot/minutes/tests/test_previous_reference_phrases.py``
checks every row's example against its pattern and against the reader.
"""

from .exempt_phrases import Phrase

_MINUTE = (
    r"(?P<ref>min(?:ute)?s?\.?\s*(?:no\.?\s*)?\d{1,4}(?:[./]\d{1,4})*[a-z]?"
    r"(?:\s*\([a-z0-9]{1,4}\))?(?:\s*\(\d{4}(?:/\d{2,4})?\))?"
    r"(?:\s+(?:of|dated)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4})?)"
)

# A line that only lists earlier references: "Previous Reference: ...".
REFERENCE_LINES = [
    Phrase(
        r"^(?P<open>\()?(?:previous|prior|earlier)\s+(?:minute\s+)?references?\s*:?\s*"
        r"(?P<refs>.+?)(?(open)\)|)$",
        "Previous Reference: Minute 31 (2022/23)",
    ),
    Phrase(
        r"^(?:previous|prior)\s+minutes?\s*:\s*(?P<refs>.+)$",
        "Previous Minute: 45/2022",
    ),
]
# A reference inside a paragraph, which stays in the paragraph.
REFERENCES = [
    Phrase(
        r"\((?:see\s+)?" + _MINUTE + r"(?:\s+refers|\s+above|\s+below)?\)",
        "The Panel considered the revised plan (Minute 23 (2019/20) refers).",
    ),
    Phrase(
        r"\b(?:further\s+to|with\s+reference\s+to|in\s+relation\s+to|arising\s+from|"
        r"as\s+reported\s+at|as\s+resolved\s+at|pursuant\s+to)\s+" + _MINUTE,
        "Further to Minute 31 of 12 March 2024, the Clerk reported progress.",
    ),
    Phrase(_MINUTE + r"\s+refers\b", "Minute No. 45/2023 refers."),
]
