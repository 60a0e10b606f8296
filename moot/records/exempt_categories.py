"""What the law says each Schedule 12A paragraph protects, in its own words.

This is all the public learns of why an exempt item is withheld: the statutory
category of each paragraph the item cites, never the minutes' own words (which
can name the person or the sum the exemption protects). Paragraphs 1 to 7 are
Part 1 of Schedule 12A to the Local Government Act 1972 (England); 12 to 18
are the same categories as the Schedule applies to Wales (Part 4).
"""

CATEGORIES = {
    1: "Information relating to any individual.",
    2: "Information which is likely to reveal the identity of an individual.",
    3: "Information relating to the financial or business affairs of any particular "
    "person (including the authority holding that information).",
    4: "Information relating to any consultations or negotiations, or contemplated "
    "consultations or negotiations, in connection with any labour relations matter "
    "arising between the authority or a Minister of the Crown and employees of, or "
    "office holders under, the authority.",
    5: "Information in respect of which a claim to legal professional privilege "
    "could be maintained in legal proceedings.",
    6: "Information which reveals that the authority proposes to give under any "
    "enactment a notice under or by virtue of which requirements are imposed on a "
    "person, or to make an order or direction under any enactment.",
    7: "Information relating to any action taken or to be taken in connection with "
    "the prevention, investigation or prosecution of crime.",
}
# Wales: Part 4 of the Schedule numbers the same categories 12 to 18.
CATEGORIES.update(
    {paragraph + 11: text for paragraph, text in list(CATEGORIES.items())}
)
UNSTATED = (
    "Exempt information under Schedule 12A to the Local Government Act 1972 "
    "(or the confidentiality rules that apply to this council); the paragraph "
    "was not stated."
)


def categories(paragraphs: list[int]) -> list[tuple[int | None, str]]:
    """(paragraph, the law's words) for each cited paragraph, or the general rule."""
    known: list[tuple[int | None, str]] = [
        (p, CATEGORIES[p]) for p in paragraphs if p in CATEGORIES
    ]
    return known or [(None, UNSTATED)]
