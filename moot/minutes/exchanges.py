"""Questions and answers, public representations and requests for information.

Minutes report these in set phrases: "Members commented on a number of
issues which included:" and a list; "In response to Members' questions it
was reported that:" and a list; "A resident ... made the following
comments:"; "In response ... the Police Representative reported that ...";
"The Strategic Director ... emphasised that ...". A sub-bullet under a
question is the answer to it. These readers look at the minutes blocks in
order and never change them: exchanges are a second view of the same text.
"""

import re

from .lines import Unit
from .quick import compile_fast
from .records import Block, Exchange, InformationRequest, Representation, Response

_VERBS = (
    r"reported|stated|explained|responded|advised|confirmed|said|replied|informed|"
    r"indicated|clarified|emphasised|emphasized|added|assured|noted|highlighted"
)
RESPONSE_INTRO_RE = re.compile(
    r"^In (?:response|reply|answer)(?: to (?P<to>[^,]+?))?,?\s+"
    r"(?:(?P<by>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){0,8}?)\s+(?:"
    + _VERBS
    + r")"
    r"|it\s+was\s+(?:" + _VERBS + r"))\s*(?:that\b)?\s*[;:,]?\s*(?P<rest>.*)$",
)
REPLY_RE = re.compile(
    r"^(?P<by>(?:The|Director|Councillor|Councilmember|Mayor|Chief|City|Head|Mr|Mrs|Ms|"
    r"Miss|Dr)\s+"
    r"[A-Z][\w’'&-]*(?:,?\s+[\w’'&()-]+){0,8}?)"
    r"\s+(?:also\s+|further\s+|then\s+)?(?P<verb>" + _VERBS + r"|undertook)\s+"
    r"(?:(?:to\s+)?(?:Members|the\s+Committee|the\s+Panel|Council)\s+)?(?:that\s+)?"
    r"(?P<rest>.+)$"
)
# Verbs that answer a question even when no answer has come yet.
FIRST_REPLY_VERBS = {
    "responded",
    "replied",
    "advised",
    "explained",
    "confirmed",
    "clarified",
    "undertook",
    "stated",
    "said",
    "indicated",
}
QUESTION_INTRO_RE = re.compile(
    r"^(?P<who>.{2,160}?)\s+(?:also\s+)?(?:commented|raised|asked|questioned|queried|"
    r"made|put|submitted|sought|expressed|highlighted|presented)\b[^.]*?"
    r"(?:following|issues|questions|points|comments|queries|concerns|included|including)"
    r"[^.]*[:;]$"
)
SINGLE_QUESTION_RE = re.compile(
    r"^(?P<who>(?:Councillor|Cllr|Councilmember|Council Member|Alderman|Mayor|"
    r"A Member|Members|A member|The Chair|Mr|Mrs|Ms|Miss|Dr)"
    r"\b[^,]{0,60}?)\s+(?:asked|queried|questioned|enquired|sought clarification|"
    r"requested clarification)\s+(?:whether|what|how|why|if|when|where|which|who|"
    r"about|for|the)\b"
)
_SPOKE = (
    r"(?:addressed the \w+|spoke (?:in|against|on|about|for)|made (?:representations|"
    r"a representation|a statement)|presented a petition|objected)"
)
REPRESENTATION_RE = re.compile(r"^(?P<who>.{2,160}?)\s+" + _SPOKE + r"\b")
SPEAKER_RE = re.compile(
    r"(?:^|[:;]\s*)(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})"
    r"\s+" + _SPOKE + r"\b"
)
SPEAKING_HINT_RE = re.compile(
    r"spoke|addressed|petition|deputation|representation|"
    r"statement|objected"
)
PETITION_RE = re.compile(
    r"\b(?:petition|deputation|statement)\b[^.]*?\bwas\s+(?:presented|made|read)\s+by\s+"
    r"(?P<who>[^,.;]+)"
)
OFFICIAL_RE = re.compile(
    r"^(?:Councillor|Cllr|Councilmember|Council Member|Mayor|Director|The|Chief|City|"
    r"Head|Members?)\b"
)
PUBLIC_RE = re.compile(
    r"\b(?:resident|residents|member of the public|members of the public|petitioner|"
    r"deputation|objector|objectors|applicant|public speaker|parent|parents)\b|"
    r"^(?:Mr|Mrs|Ms|Miss|Dr)\b",
    re.IGNORECASE,
)
ATTENDED_RE = re.compile(r"\s+(?:who\s+)?attended the meeting(?:\s+and)?$")
REQUEST_RE = re.compile(
    r"\b(?:a\s+request\s+(?:was|had\s+been)\s+made|requested\s+(?:that|a|an|the|further"
    r"|more|data|information|figures|details)|asked\s+for\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:\w+\s+){0,2}?(?:data|information|figures|details|breakdown|names?|numbers?|"
    r"list|copy|costs?)|requests?\s+for\s+(?:data|information|figures|details|"
    r"a\s+breakdown)|asked\s+(?:whether|if)\b[^.]*\b(?:could|would|might)\s+be\s+"
    r"(?:shared|provided|circulated|published|released|made\s+available))\b",
    re.IGNORECASE,
)
REFUSED_RE = re.compile(
    r"\bnot\s+(?:be\s+)?possible|could\s+not\s+be\s+(?:provided|obtained|collated|"
    r"released|given|shared|disclosed|published)|commercially\s+sensitive|unable\s+to\s+(?:provide|obtain|collate|release|supply)|cannot\s+be\s+"
    r"(?:provided|released|disclosed|collated)|would\s+not\s+be\s+(?:provided|released)"
    r"|(?:was|were|had\s+been)\s+(?:refused|declined)",
    re.IGNORECASE,
)
PROVIDED_RE = re.compile(
    r"\b(?:had|has|have)\s+been\s+(?:provided|circulated|supplied|sent|tabled|"
    r"distributed|shared)|\b(?:was|were)\s+(?:provided|circulated|supplied|tabled|"
    r"distributed)\s+(?:at|to|with|before|during)",
    re.IGNORECASE,
)
# An answer promised for later makes a question an outstanding request.
PROMISED_RE = re.compile(
    r"\bundertook\s+to\s+(?:provide|circulate|send|supply|share)|\b(?:would|will)\s+"
    r"(?:provide|circulate|send|supply|share)\b|\b(?:would|will)\s+be\s+(?:provided|"
    r"circulated|sent|supplied|shared)\b",
    re.IGNORECASE,
)
BlockWithUnits = tuple[Block, list[Unit]]
SENTENCE_RE = compile_fast(r"(?<=[.!?])\s+(?=[A-Z“\"‘(])")


def read_exchanges(
    blocks: list[tuple[Block, list[Unit]]],
) -> tuple[list[Exchange], list[Representation]]:
    """Questions with their answers, and what the public said, in order."""
    reader = _ExchangeReader(blocks)
    reader.run()
    return reader.exchanges, reader.representations


class _ExchangeReader:
    def __init__(self, blocks: list[tuple[Block, list[Unit]]]) -> None:
        self.blocks = blocks
        self.exchanges: list[Exchange] = []
        self.representations: list[Representation] = []
        self.open: Exchange | None = None
        self.answering = False

    def run(self) -> None:
        index = 0
        while index < len(self.blocks):
            index += self.read_block(index)

    def read_block(self, index: int) -> int:
        block, _ = self.blocks[index]
        following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
        if block.kind == "list":
            self.read_list_with_answers(None, self.blocks[index][1])
            return 1
        text = block.text or ""
        next_list = following if following and following[0].kind == "list" else None
        return (
            self.question_intro(text, next_list)
            or self.response(text, next_list)
            or self.single_question(text)
            or self.representation(text, next_list)
            or self.close()
        )

    def question_intro(self, text: str, next_list: BlockWithUnits | None) -> int:
        if not next_list or not text.rstrip().endswith((":", ";")):
            return 0
        match = QUESTION_INTRO_RE.match(text)
        if not match:
            return 0
        who = ATTENDED_RE.sub("", match.group("who")).strip()
        if self.read_list_with_answers(who, next_list[1]):
            return 2
        points = list(next_list[0].items or [])
        self.start(Exchange(asked_by=who, points=points))
        if PUBLIC_RE.search(who):
            self.representations.append(Representation(by=who, points=points))
        return 2

    def response(self, text: str, next_list: BlockWithUnits | None) -> int:
        match = RESPONSE_INTRO_RE.match(text)
        reply = None if match else REPLY_RE.match(text)
        replying = reply and (
            self.answering or reply.group("verb") in FIRST_REPLY_VERBS
        )
        if not self.open or not (match or replying):
            return 0
        found = match or reply
        by = _role(found.group("by"))  # type: ignore[union-attr]
        rest = found.group("rest").strip()  # type: ignore[union-attr]
        if match and next_list and (not rest or text.rstrip().endswith((":", ";"))):
            for item in next_list[0].items or []:
                self.add_response(Response(by=by, text=item))
            return 2
        self.add_response(Response(by=by, text=rest or text))
        return 1

    def add_response(self, response: Response) -> None:
        if self.open is None:
            return
        if not any(exchange is self.open for exchange in self.exchanges):
            self.exchanges.append(self.open)
        self.open.responses.append(response)
        self.answering = True

    def single_question(self, text: str) -> int:
        """ "Councillor X asked whether ... The Director replied that ...",
        the answer in the same paragraph or the next."""
        if "asked" not in text and "quer" not in text and "question" not in text:
            return 0
        sentences = _split_sentences(text)
        # The question may open the paragraph or follow the officer's report
        # in it (a PDF's paragraphs often run together).
        start = next(
            (i for i, s in enumerate(sentences) if SINGLE_QUESTION_RE.match(s)), None
        )
        if start is None:
            return 0
        match = SINGLE_QUESTION_RE.match(sentences[start])
        assert match is not None  # found by the same pattern just above
        sentences = sentences[start:]
        answer = next(
            (i for i, s in enumerate(sentences) if i and REPLY_RE.match(s)), None
        )
        points = sentences[:answer] if answer else [text]
        self.start(
            Exchange(asked_by=match.group("who").strip(), points=[" ".join(points)])
        )
        for sentence in sentences[answer:] if answer else []:
            reply = REPLY_RE.match(sentence)
            by = _role(reply.group("by")) if reply else None
            self.add_response(
                Response(by=by, text=reply.group("rest") if reply else sentence)
            )
        return 1

    def representation(self, text: str, next_list: BlockWithUnits | None) -> int:
        """What a member of the public said: one speaker, several in one
        paragraph ("Robert Quan spoke in favor; Ellen Marsh spoke against"),
        or a petition presented by someone; a list after it is their points."""
        speakers = self._speakers(text)
        if not speakers:
            return 0
        points = [text] + (list(next_list[0].items or []) if next_list else [])
        for who in speakers:
            self.representations.append(Representation(by=who, points=points))
        # An exchange only if someone answers: see add_response.
        self.open, self.answering = (
            Exchange(asked_by=speakers[-1], points=points),
            False,
        )
        return 2 if next_list else 1

    def _speakers(self, text: str) -> list[str]:
        if not SPEAKING_HINT_RE.search(text):  # a cheap test before the slow ones
            return []
        match = REPRESENTATION_RE.match(text)
        if match and _is_public(match.group("who")):
            return [_clean_who(match.group("who"))]
        petition = PETITION_RE.search(text)
        if petition:
            return [_clean_who(petition.group("who"))]
        return [
            _clean_who(m.group("who"))
            for m in SPEAKER_RE.finditer(text)
            if _is_public(m.group("who"))
        ]

    def read_list_with_answers(self, who: str | None, units: list[Unit]) -> bool:
        """Bullets with "o" sub-bullets: each question and its answers."""
        if not any(unit.level == 2 for unit in units):
            return False
        for unit in units:
            if unit.level == 1:
                self.start(Exchange(asked_by=who, points=[unit.text]))
            else:
                reply = REPLY_RE.match(unit.text)
                by = _role(reply.group("by")) if reply else None
                self.add_response(Response(by=by, text=unit.text))
        self.close()
        return True

    def start(self, exchange: Exchange) -> None:
        self.exchanges.append(exchange)
        self.open, self.answering = exchange, False

    def close(self) -> int:
        self.open, self.answering = None, False
        return 1


def _is_public(who: str) -> bool:
    """A resident, petitioner, applicant or a plain name: not an official."""
    return bool(PUBLIC_RE.search(who)) or not OFFICIAL_RE.match(who)


def _clean_who(who: str) -> str:
    return ATTENDED_RE.sub("", who.strip()).strip(" ,")


def _split_sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_RE.split(text) if s.strip()]


def _role(by: str | None) -> str | None:
    if not by:
        return None
    return re.sub(r"^the\s+", "", by.strip(), flags=re.IGNORECASE).rstrip(",")


def read_information_requests(blocks: list[Block]) -> list[InformationRequest]:
    """Requests for data or information and what became of them."""
    requests = []
    for position, block in enumerate(blocks):
        if not _mentions_request(block):
            continue
        own = _sentences(block)
        after = (
            _sentences(blocks[position + 1])[:2] if position + 1 < len(blocks) else []
        )
        requests.extend(_requests_in(own, after))
    return requests


def _requests_in(own: list[str], after: list[str]) -> list[InformationRequest]:
    """Requests among ``own`` sentences; the outcome may follow in ``after``."""
    requests = []
    sentences = own + after
    for index, sentence in enumerate(own):
        window = sentences[index : index + 3]
        promised = any(PROMISED_RE.search(s) for s in window[1:])
        if not REQUEST_RE.search(sentence) and not ("asked" in sentence and promised):
            continue
        if promised:
            requests.append(InformationRequest(sentence, "pending"))
            continue
        refusal = next((s for s in window if REFUSED_RE.search(s)), None)
        answered = any(REPLY_RE.match(s) for s in window[1:])
        if refusal:
            requests.append(InformationRequest(sentence, "refused", refusal))
        elif answered or any(PROVIDED_RE.search(s) for s in window):
            requests.append(InformationRequest(sentence, "provided"))
        else:
            requests.append(InformationRequest(sentence, "pending"))
    return requests


def _mentions_request(block: Block) -> bool:
    texts = block.items if block.kind == "list" else [block.text or ""]
    return any("request" in text or "asked" in text for text in texts or [])


def _sentences(block: Block) -> list[str]:
    texts = block.items if block.kind == "list" else [block.text or ""]
    return [s.strip() for text in texts or [] for s in _split_sentences(text)]
