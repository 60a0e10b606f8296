"""Meeting facts from the lines above the first item: date, committee, venue,
attendance.

Minutes state these in a few set forms ("Minutes of a meeting of the
Planning Committee held on Tuesday, 14 March 2023 at 7.00 pm at the Council
Chamber", "Present: Councillors ...", "Apologies: ..."); the forms are rows
of ``meeting_phrases.py``. Each fact is taken from the strongest form found,
the earliest line breaking ties. Lines read into facts are returned so the
parser can record them as used, not lost. Where the header is thin (a
one-item page, a page whose first heading the segmenter took for an item),
``read_head`` fills what is missing from the first items without taking
their lines.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from . import meeting_phrases as phrases
from .dates import read_date, search_date
from .quick import lowered, may_match
from .records import MeetingFacts

_LABEL = phrases.label_regex()
_COMMITTEES = [phrases.compiled(tier) for tier in phrases.COMMITTEE_TIERS]
# "Minutes of the Ordinary Council Meeting held ...": the row whose name may
# end in "Meeting".
_KIND_MEETING = phrases.COMMITTEE_TIERS[2][2].regex
_DATE_CUES = phrases.compiled(phrases.DATE_CUES)
_DATE_WORDS = phrases.DATE_WORDS.regex
_NOT_MEETING_DATE = phrases.NOT_MEETING_DATES.regex
_VENUES = phrases.compiled(phrases.VENUE_PHRASES)
_APOLOGIES = phrases.compiled(phrases.APOLOGY_SENTENCES)
_PRESENT = phrases.compiled(phrases.PRESENT_SENTENCES)
_INLINE_LABEL = phrases.inline_label_regex()
_ROLL_CALL = phrases.ROLL_CALL.regex
_TRIM = phrases.compiled(phrases.COMMITTEE_TRIM)
_PLACE_BEFORE_BODY = phrases.PLACE_BEFORE_BODY.regex
_KIND_AROUND_BODY = phrases.KIND_AROUND_BODY.regex
_TITLES = frozenset(phrases.TITLES)
_ABBREVIATIONS = frozenset(
    "cllr cr mr mrs ms dr st no capt rev ald hon jr sr vs etc inc co a.m p.m".split()
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z(“\"‘'])")
_LONG = 25  # words: a longer line is read sentence by sentence
_HEAD_SENTENCES = 12  # sentences of a long line that can hold header facts
_HEAD_LINES = 80  # lines of an unnumbered first item read for header facts
_HEAD_ITEMS = 6  # first items read for attendance
_ATTENDANCE_LINES = 300  # lines read, past those, for a list of those present


@dataclass
class _Facts:
    """Candidates for each fact, as (rank, order, value); lowest wins."""

    dates: list[tuple[int, int, date]] = field(default_factory=list)
    committees: list[tuple[int, int, str]] = field(default_factory=list)
    venues: list[tuple[int, int, str]] = field(default_factory=list)
    order: int = 0

    def settle(self, facts: MeetingFacts) -> None:
        """Fill the facts ``facts`` lacks with the strongest candidates."""
        if facts.date is None and self.dates:
            facts.date = min(self.dates)[2]
        if facts.committee is None and self.committees:
            facts.committee = min(self.committees)[2]
        if facts.venue is None and self.venues:
            facts.venue = min(self.venues)[2]


def read_meeting(preamble: list[str], dayfirst: bool) -> tuple[MeetingFacts, set[int]]:
    """Facts stated in ``preamble`` and the indexes of the lines used."""
    facts = MeetingFacts()
    found = _Facts()
    roll = _Roll(facts)
    used: set[int] = set()
    label = None
    for index, line in enumerate(preamble):
        listed = roll.feed(index, line)
        # A paragraph can state the facts and attendance together.
        stated = bool(line) and (not listed or _is_long(line))
        if listed | (stated and _read_line(line, found, dayfirst, label)):
            used.add(index)
        if line:
            match = phrases.LABEL_ALONE.match(line)
            label = match.group("label").casefold() if match else None
    used |= roll.finish()
    found.settle(facts)
    _north_american_body(facts, dayfirst)
    return facts, used


def read_head(
    heads: list[tuple[str | None, str | None, list[str]]],
    facts: MeetingFacts,
    dayfirst: bool,
    item_page: bool = False,
) -> None:
    """Fill what ``facts`` lacks from the first items: (number, title, lines).

    Date, committee and venue come only from the unnumbered items before the
    first numbered one, which hold a header the segmenter could not tell from
    an item; attendance comes from the first few items ("1. Present",
    "2. Apologies for Absence", "ROLL CALL"). On an ``item_page`` the title
    is the item's subject, not a header line. The lines stay in their items.
    """
    found = _Facts()
    listed = MeetingFacts()
    roll = _Roll(listed)
    header, budget = True, _ATTENDANCE_LINES
    for position, (number, title, lines) in enumerate(heads):
        if position >= _HEAD_ITEMS and (listed.attendance.present or budget <= 0):
            break
        budget -= len(lines) + 1
        header = header and number is None
        text = ([title] if title and not item_page else []) + lines[:_HEAD_LINES]
        label = None
        for line in text:
            roll.feed(-1, line)
            if header and line:
                _read_line(line, found, dayfirst, label)
                match = phrases.LABEL_ALONE.match(line)
                label = match.group("label").casefold() if match else None
            elif position == 0 and line:
                _labelled_committee(line, found)
                _cued_date(line, found, dayfirst)
        roll.end_block()
    roll.finish()
    found.settle(facts)
    _north_american_body(facts, dayfirst)
    for key in ("present", "apologies", "officers"):
        if not getattr(facts.attendance, key):
            setattr(facts.attendance, key, getattr(listed.attendance, key))


# Header lines: committee, date, venue.


def _read_line(line: str, found: _Facts, dayfirst: bool, label: str | None) -> bool:
    """Add the facts one header line states; whether it stated any."""
    used = False
    pieces = sentences(line)[:_HEAD_SENTENCES] if _is_long(line) else [line]
    for piece in pieces:
        found.order += 1
        if label:
            used |= _labelled_value(piece, label, found, dayfirst)
        used |= _committee(piece, found)
        used |= _date(piece, found, dayfirst)
        used |= _venue(piece, found)
    return used


def _labelled_value(text: str, label: str, found: _Facts, dayfirst: bool) -> bool:
    """The line after a label standing alone ("Date:", "Location:")."""
    value = text.strip(" |")
    if label == "date":
        when = read_date(_date_text(value), dayfirst)
        if when:
            found.dates.append((0, found.order, when))
            return True
    elif label in ("venue", "location", "place", "where") and value:
        found.venues.append((0, found.order, value.rstrip(".")))
        return True
    return label == "time"


def _committee(text: str, found: _Facts) -> bool:
    low = lowered(text)
    for rank, tier in enumerate(_COMMITTEES):
        for regex in tier:
            match = regex.search(text) if may_match(regex, low) else None
            name = _clean_committee(match, regex) if match else ""
            if name:
                found.committees.append((rank, found.order, name))
                return True
    prose = re.search(r"\s(?:be|was|were|is|are|has|have)\s", text)
    if _is_heading(text) and phrases.BODY_WORDS.search(text) and not prose:
        if phrases.NOT_A_BODY.search(text) or _venue_line(text):
            return False
        name = _clean_committee(text, None)
        if not name:
            return False
        weak = phrases.STRONG_BODY_WORDS.search(text) is None
        found.committees.append((len(_COMMITTEES) + weak, found.order, name))
        return True
    return False


def _labelled_committee(text: str, found: _Facts) -> None:
    """A single item's page numbers its only item, so its header fields
    ("In control: City Council", "Decision Maker: Cabinet") sit in that item;
    only these labelled fields name the body there."""
    low = lowered(text)
    for regex in _COMMITTEES[0]:
        match = regex.search(text) if may_match(regex, low) else None
        name = _clean_committee(match, regex) if match else ""
        if name:
            found.order += 1
            found.committees.append((0, found.order, name))
            return


def _cued_date(text: str, found: _Facts, dayfirst: bool) -> None:
    """A one-item page's labelled date ("On agenda: 9/12/2016"), which sits
    in its only item; a date without its cue there is some other event's."""
    normal = _date_text(text)
    for rank, regex in enumerate(_DATE_CUES):
        cue = regex.search(normal)
        match = search_date(normal, cue.end()) if cue else None
        if match:
            found.order += 1
            _add_date(normal, match, rank, found, dayfirst)
            return


def _north_american_body(facts: MeetingFacts, dayfirst: bool) -> None:
    """ "Milton City Council" is the City Council where dates run month first."""
    match = _PLACE_BEFORE_BODY.match(facts.committee or "")
    if match and not dayfirst:
        facts.committee = match.group("body")


def _clean_committee(
    found: "re.Match[str] | str", regex: "re.Pattern[str] | None"
) -> str:
    """A body's name without the furniture around it ("Minutes", "|")."""
    name = found if isinstance(found, str) else _named_meeting(found)
    name = " ".join(name.replace("|", " ").split()).strip(" .,:;-–")
    for trim in _TRIM:
        name = trim.sub("", name).strip(" .,:;-–")
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    around = _KIND_AROUND_BODY.match(name)
    if around:
        name = around.group("body")
    if regex is _KIND_MEETING:
        body = re.sub(r"\s+meeting$", "", name, flags=re.IGNORECASE)
        words = [word.casefold() for word in body.split()]
        if not all(word in phrases.KIND_WORDS for word in words):
            name = body
    if not name or not (name[0].isupper() or name[0].isdigit()):
        return ""
    if name.casefold() == "meeting":
        return ""
    if not phrases.BODY_WORDS.search(name) or len(name.split()) > 12:
        return ""
    return name


def _named_meeting(match: "re.Match[str]") -> str:
    """ "Ordinary Meeting of Council", capitalised as a title: where the body
    is plain "Council", the meeting's kind is part of the name councils give
    it. In prose ("At a regular meeting of Council") the body is "Council";
    "General Meeting of the Hinchinbrook Shire Council" names the body
    itself."""
    name = match.group("committee")
    kind = (match.groupdict().get("kind") or "").strip()
    if kind[:1].isupper() and name.strip().casefold() == "council":
        return match.string[match.start("kind") : match.end("committee")]
    return name


def _date(text: str, found: _Facts, dayfirst: bool) -> bool:
    """A date on a line that says it is the meeting's, ranked by its cue."""
    normal = _date_text(text)
    low = lowered(normal)
    for rank, regex in enumerate(_DATE_CUES):
        cue = regex.search(normal) if may_match(regex, low) else None
        match = search_date(normal, cue.start()) if cue else None
        if match and not _NOT_MEETING_DATE.search(normal[: match.start()]):
            return _add_date(normal, match, rank, found, dayfirst)
    match = search_date(normal)
    if not match or _NOT_MEETING_DATE.search(normal):
        return False
    if len(text.split()) > 12 and not _DATE_WORDS.search(normal):
        return False  # a date in prose with no meeting word is some other event's
    return _add_date(normal, match, len(_DATE_CUES), found, dayfirst)


def _add_date(
    text: str, match: re.Match[str], rank: int, found: _Facts, dayfirst: bool
) -> bool:
    when = read_date(text[match.start() :], dayfirst)
    if when is None:
        return False
    if not phrases.is_full_date(match):
        rank += 100  # "November 2014": a month is weaker than a day
    found.dates.append((rank, found.order, when))
    return True


def _date_text(text: str) -> str:
    """Spacing around commas mended ("January 4 , 2016", "May 09,2016") and
    two-digit years written out ("14/03/19" is 14/03/2019)."""
    text = re.sub(r",(?=\d{4}\b)", ", ", re.sub(r"\s+,", ",", text))
    return _SHORT_YEAR.sub(_full_year, text)


_SHORT_YEAR = re.compile(r"\b(\d{1,2}[/.]\d{1,2}[/.])(\d{2})\b(?![/.]\d)")


def _full_year(match: re.Match[str]) -> str:
    """ "19" is 2019 and "98" is 1998, as the POSIX pivot for %y."""
    year = int(match.group(2))
    return f"{match.group(1)}{2000 + year if year < 69 else 1900 + year}"


def _venue(text: str, found: _Facts) -> bool:
    low = lowered(text)
    for rank, regex in enumerate(_VENUES):
        match = regex.search(text) if may_match(regex, low) else None
        if match:
            # "at the Council Chamber": the article is the sentence's, while
            # "The Chamber" is the place's own name.
            place = match.group("venue").strip(" .,|()")
            if re.search(r"\b(?:at|in)\s+$", text[: match.start("venue")]):
                place = re.sub(r"^the\s+", "", place)
            if place and place.casefold() not in ("the", "a"):
                found.venues.append((rank, found.order, place))
                return True
    if _venue_line(text):
        found.venues.append((len(_VENUES), found.order, text.strip(" .|()")))
        return True
    return False


def _venue_line(text: str) -> bool:
    """A short line that names a place: "Council Chamber, Town Hall"."""
    words = text.split()
    return (
        len(words) <= 12
        and phrases.VENUE_WORDS.search(text) is not None
        and ("," in text or text.strip(" (").split()[0].casefold() in _PLACE_STARTS)
        and not search_date(text)
        and not phrases.NOT_A_PLACE.search(text)
        and not re.search(r"\b(?:meeting|minutes|agenda)\b", text, re.IGNORECASE)
    )


_PLACE_STARTS = frozenset(
    "council city town civic committee the village parish county municipal".split()
)


def _is_heading(line: str) -> bool:
    words = line.split()
    return len(words) <= 10 and (not line.endswith(".") or len(words) <= 5)


def _is_long(line: str) -> bool:
    return len(line.split()) > _LONG


def statements(text: str) -> list[str]:
    """The sentences of ``text``, each also cut before an attendance label
    written inside it ("... Whanganui ____ Present: Mayor ...")."""
    pieces: list[str] = []
    for sentence in sentences(text):
        cuts = [0, *(m.start() for m in _INLINE_LABEL.finditer(sentence) if _cut(m))]
        ends = [*cuts[1:], len(sentence)]
        pieces.extend(sentence[a:b].strip() for a, b in zip(cuts, ends, strict=True))
    return [piece for piece in pieces if piece]


def _cut(match: re.Match[str]) -> bool:
    """A label without a separator cuts only when written in capitals."""
    return not match.group("bare") or match.group(0).strip().isupper()


def sentences(text: str) -> list[str]:
    """``text`` cut after each full stop that ends a sentence.

    A stop after an initial ("J. Smith") or a title ("Cllr. Jones") ends
    nothing.
    """
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        word = before[-1].strip("(") if before else ""
        initials = re.fullmatch(r"[A-Z](?:[.-][A-Z])*", word.strip("."))
        if initials or word.casefold() in _ABBREVIATIONS:
            continue
        parts.append(text[start : match.start() + 1].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [part for part in parts if part]


# Attendance.


class _Roll:
    """Reads attendance lists line by line into ``facts.attendance``.

    A label opens a list ("Present:", "APOLOGIES", "In attendance"); the
    names follow on its line or on the lines below, one or several a line,
    until a line that is no list of names. A label standing alone keeps its
    list open across blank lines, as tables of members print.
    """

    def __init__(self, facts: MeetingFacts) -> None:
        self.facts = facts
        self.key: str | None = None
        self.alone = False
        self.blank = False
        self.roster: list[tuple[int, str]] = []  # unlabelled "Cr A Smith" lines
        self.rosters: list[list[tuple[int, str]]] = []
        self.after_role = False
        self.comma = False

    def feed(self, index: int, line: str) -> bool:
        """Read one line; whether it was attendance."""
        text = _clean(line)
        if not text:
            self.blank = self.blank or self.key is not None
            return False
        if _is_long(text):
            return self._paragraph(text)
        if self._statement(text):
            self._end_roster()
            return True
        if self.key and self._continues(text):
            return True
        self.key = None
        return self._unlabelled(index, text)

    def _paragraph(self, text: str) -> bool:
        """A paragraph: each statement in it read alone ("... presided.
        Members Present: Councillors ... Apologies: ...")."""
        used = False
        for piece in statements(text):
            if self._statement(piece) or (self.key and self._continues(piece)):
                used = True
            else:
                self.key = None
        self._end_roster()
        return used

    def _statement(self, text: str) -> bool:
        return self._labelled(text) or self._apology(text) or self._present(text)

    def end_block(self) -> None:
        """A new item: the open list ends."""
        self.key = None
        self._end_roster()

    def finish(self) -> set[int]:
        """Close the lists; an unlabelled run of members heading the text is
        the list of those present when no list is labelled."""
        self._end_roster()
        if self.facts.attendance.present or not self.rosters:
            return set()
        best = max(self.rosters, key=len)
        if len(best) < 3:
            return set()
        self.facts.attendance.present.extend(text for _, text in best)
        return {index for index, _ in best if index >= 0}

    def _labelled(self, text: str) -> bool:
        match = _LABEL.match(text)
        if not match:
            return False
        label = next(k for k, v in match.groupdict().items() if k[0] == "l" and v)
        rest = match.group("rest").strip()
        if match.group("sep").strip() == "" and rest:
            head = match.group(label)
            named = _starts_titled(rest)
            if not (head.isupper() or named or " " in head or head == "Presiding"):
                return False
            # "ATTENDANCE RECORD", "ROLL CALL Mayor Mundy called the meeting":
            # a heading, not a label before names.
            phrase = head.casefold().endswith(("from", "were"))
            if (rest.isupper() and not named) or not (
                phrase or _name_like(statements(rest)[0], long_ok=True)
            ):
                return False
        self.key = phrases.ATTENDANCE_LABELS[int(label[1:])].list
        self.alone, self.blank = not rest, False
        if rest and (self._labelled(rest) or self._apology(rest)):
            return True  # "ATTENDANCE - Present were ...": the inner label counts
        self._add_sentences(rest)
        return True

    def _apology(self, text: str) -> bool:
        low = lowered(text)
        for regex in _APOLOGIES:
            match = regex.search(text) if may_match(regex, low) else None
            if match:
                self.facts.attendance.apologies.extend(split_names(match["names"]))
                self.key = None
                return True
        return False

    def _present(self, text: str) -> bool:
        low = lowered(text)
        calls = list(_ROLL_CALL.finditer(text)) if may_match(_ROLL_CALL, low) else []
        if len(calls) >= 2:
            for call in calls:
                key = (
                    "present" if call["status"].casefold() == "present" else "apologies"
                )
                getattr(self.facts.attendance, key).append(call["name"])
            self.key = None
            return True
        for regex in _PRESENT:
            match = regex.search(text) if may_match(regex, low) else None
            if match:
                self.facts.attendance.present.extend(split_names(match["names"]))
                self.key = None
                return True
        return False

    def _add_sentences(self, rest: str) -> None:
        """The names after a label; sentences after the first are read again
        ("... and Janice Tripp. Alderperson Chuck Stowe was absent.")."""
        if not rest:
            return
        first, *others = statements(rest)
        self._add(first)
        for other in others:
            if not self._statement(other):
                break

    def _add(self, names: str) -> None:
        self.comma = names.rstrip().endswith(",")
        if self.key and not phrases.NONE_LINE.match(names):
            listed = getattr(self.facts.attendance, self.key)
            # Some pages print each name twice (a screen reader's copy).
            listed.extend(name for name in split_names(names) if name not in listed)

    def _continues(self, text: str) -> bool:
        """Whether ``text`` carries on the open list (and add its names)."""
        if phrases.NONE_LINE.match(text):
            self.key = None
            return True
        if phrases.ROLE_LINE.match(text):
            return True
        carried = self.comma  # "Councillors Baird," / "Beattie and McCaw"
        if self.blank and not self.alone and not carried and not _titled_early(text):
            return False
        first = sentences(text)[0]
        listed = _starts_titled(text) or first.count(",") >= 3
        if not _name_like(first, long_ok=listed):
            return False
        self.blank = False
        self._add_sentences(text)
        return True

    def _unlabelled(self, index: int, text: str) -> bool:
        """A member on a line of its own: "Cr Jim O'Malley", or a name under
        a role in a table ("Chairperson |", "Harry Doig |")."""
        if phrases.ROLE_LINE.match(text):
            self.after_role = True
            return False
        short = len(text.split()) <= 5
        named = _starts_titled(text) or (self.after_role and short)
        if named and _name_like(text, long_ok=False):
            self.roster.append((index, text))
        else:
            self._end_roster()
            self.after_role = False
        return False

    def _end_roster(self) -> None:
        if self.roster:
            self.rosters.append(self.roster)
        self.roster = []


def _clean(line: str) -> str:
    """A line without bullets and table bars at its ends."""
    return line.strip().lstrip("•·*▪-– ").strip(" |").strip()


def _titled_early(text: str) -> bool:
    """A title among the first words: "NORTH EAST Comhairleoirí S. Cunningham"."""
    return any(
        word in _TITLES or word in phrases.PLURAL_TITLES for word in text.split()[:3]
    ) or _starts_titled(text)


def _starts_titled(text: str) -> bool:
    words = text.split()
    first = words[0] if words else ""
    return (
        first in _TITLES
        or first in phrases.PLURAL_TITLES
        or first.upper() in {"MAYOR", "COUNCILLOR", "CLLR", "CR", "ALDERMAN"}
        or " ".join(words[:2]) in ("Deputy Mayor", "His Worship", "Her Worship")
    )


_CONNECTORS = frozenset(
    "and of the de van von da la le du di in chair via from to until left arrived "
    "at am pm a.m. p.m. for part item items teleconference telephone phone video "
    "videoconference remotely remote electronically online zoom audio".split()
)


def _name_like(text: str, long_ok: bool) -> bool:
    """Whether ``text`` reads as names, not a sentence or a heading."""
    if text.endswith(":") or search_date(text) or re.match(r"\d+[.)]?\s", text):
        return False
    if re.search(r"\d{3}|@|www\.", text):
        return False  # a telephone number, an address: a contact, not names
    bare = re.sub(r"\([^)]*\)", " ", text)
    words = [w.strip(",;.") for w in bare.split() if w.strip(",;.")]
    if not words or (len(words) > 14 and not long_ok):
        return False
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if len(letters) >= 2 and all(w.isupper() for w in letters):
        return any(w.title() in _TITLES or w in ("MAYOR",) for w in letters)
    lower = [w for w in letters if w[0].islower() and w.casefold() not in _CONNECTORS]
    return len(lower) <= len(letters) // 8


def split_names(text: str) -> list[str]:
    """Names in a list as clerks write them.

    Commas, semicolons and table bars separate names except inside brackets
    ("Councillor Greaves (Leader, in the Chair)"); "and" does too, except
    inside a role ("Director of Housing and Communities"); so does a title
    repeated without a comma ("Cr A Arifi Cr M Baker"). A plural title
    applies to the names after it: "Councillors Smith, Jones" gives
    "Councillor Smith", "Councillor Jones".
    """
    names, title = [], ""
    for part in _parts(text.strip().rstrip(".")):
        first, _, rest = part.partition(" ")
        if first in phrases.PLURAL_TITLES and rest:
            title, part = phrases.PLURAL_TITLES[first], rest
        elif part.split()[0] in _TITLES:
            title = ""
        part = re.sub(r"^the\s+(?=[A-Z])", "", part)
        if phrases.ROLE_LINE.match(part) or part[0].islower():
            continue
        names.append(f"{title} {part}" if title else part)
    return names


def _parts(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in ",;|":
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [
        name
        for part in parts
        for piece in _split_and(re.sub(r"^and\s+", "", part.strip(" •·-–")))
        for name in _split_titles(piece)
        if name
    ]


def _split_and(part: str) -> list[str]:
    left, found, right = part.partition(" and ")
    if not found or " of " in left or "(" in left and ")" not in left:
        return [part]
    return [left.strip(), *_split_and(right.strip())]


def _split_titles(part: str) -> list[str]:
    """ "Cr A Arifi Cr M Baker" is two names; "Deputy Mayor Cr Kirby" one."""
    words = part.split()
    names: list[list[str]] = [[]]
    for index, word in enumerate(words):
        titled = word in _TITLES
        if titled and index and words[index - 1] not in _TITLES and names[-1]:
            if words[index - 1] not in ("Deputy", "Worship", "the", "Acting", "Lord"):
                names.append([])
        names[-1].append(word)
    return [" ".join(name) for name in names if name]
