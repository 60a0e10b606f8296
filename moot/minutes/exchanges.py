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
from .records import Block, Exchange, InformationRequest, Representation, Response

_VERBS = (
    r"reported|stated|explained|responded|advised|confirmed|said|replied|informed|"
    r"indicated|clarified|emphasised|emphasized|added|assured|noted|highlighted"
)
RESPONSE_INTRO_RE = re.compile(
    r"^In (?:response|reply|answer)(?: to (?P<to>[^,]+?))?,?\s+"
    r"(?:(?P<by>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){0,8}?)\s+(?:" + _VERBS + r")"
    r"|it\s+was\s+(?:" + _VERBS + r"))\s*(?:that\b)?\s*[;:,]?\s*(?P<rest>.*)$",
)
REPLY_RE = re.compile(
    r"^(?P<by>The\s+[A-Z][\w’'&-]*(?:,?\s+[\w’'&-]+){0,8}?|Councillor\s+[A-Z][\w’'-]+)"
    r"\s+(?:also\s+|further\s+|then\s+)?(?:" + _VERBS + r")\s+"
    r"(?:(?:to\s+)?(?:Members|the\s+Committee|the\s+Panel)\s+)?(?:that\s+)?(?P<rest>.+)$"
)
QUESTION_INTRO_RE = re.compile(
    r"^(?P<who>.{2,160}?)\s+(?:also\s+)?(?:commented|raised|asked|questioned|queried|"
    r"made|put|submitted|sought|expressed|highlighted|presented)\b[^.]*?"
    r"(?:following|issues|questions|points|comments|queries|concerns|included|including)"
    r"[^.]*[:;]$"
)
SINGLE_QUESTION_RE = re.compile(
    r"^(?P<who>(?:Councillor|Cllr|A Member|Members|A member|The Chair|Mr|Mrs|Ms|Miss|Dr)"
    r"\b[^,]{0,60}?)\s+(?:asked|queried|questioned|enquired|sought clarification|"
    r"requested clarification)\b\s*(?P<rest>.*)$"
)
REPRESENTATION_RE = re.compile(
    r"^(?P<who>.{2,160}?)\s+(?:addressed the \w+|spoke (?:in|against|on|about)|"
    r"made (?:representations|a representation|a statement)|presented a petition|"
    r"objected)\b"
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
    r"|more|data|information|figures|details)|asked\s+for\s+(?:data|information|"
    r"figures|details|a\s+breakdown)|requests?\s+for\s+(?:data|information|figures|"
    r"details|a\s+breakdown))\b",
    re.IGNORECASE,
)
REFUSED_RE = re.compile(
    r"\bnot\s+(?:be\s+)?possible|could\s+not\s+be\s+(?:provided|obtained|collated|"
    r"released)|unable\s+to\s+(?:provide|obtain|collate|release|supply)|cannot\s+be\s+"
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
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘(])")


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
            or self.representation(text)
            or self.close()
        )

    def question_intro(self, text: str, next_list) -> int:  # noqa: ANN001
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

    def response(self, text: str, next_list) -> int:  # noqa: ANN001
        match = RESPONSE_INTRO_RE.match(text)
        reply = None if match else REPLY_RE.match(text)
        if not self.open or not (match or (reply and self.answering)):
            return 0
        found = match or reply
        by = _role(found.group("by"))  # type: ignore[union-attr]
        rest = found.group("rest").strip()  # type: ignore[union-attr]
        if match and next_list and (not rest or text.rstrip().endswith((":", ";"))):
            for item in next_list[0].items or []:
                self.open.responses.append(Response(by=by, text=item))
            self.answering = True
            return 2
        self.open.responses.append(Response(by=by, text=rest or text))
        self.answering = True
        return 1

    def single_question(self, text: str) -> int:
        match = SINGLE_QUESTION_RE.match(text)
        if not match:
            return 0
        self.start(Exchange(asked_by=match.group("who").strip(), points=[text]))
        return 1

    def representation(self, text: str) -> int:
        match = REPRESENTATION_RE.match(text)
        if not match or not PUBLIC_RE.search(match.group("who")):
            return 0
        who = match.group("who").strip()
        self.representations.append(Representation(by=who, points=[text]))
        self.start(Exchange(asked_by=who, points=[text]))
        return 1

    def read_list_with_answers(self, who: str | None, units: list[Unit]) -> bool:
        """Bullets with "o" sub-bullets: each question and its answers."""
        if not any(unit.level == 2 for unit in units):
            return False
        for unit in units:
            if unit.level == 1:
                self.start(Exchange(asked_by=who, points=[unit.text]))
            elif self.open:
                self.open.responses.append(Response(by=None, text=unit.text))
        self.close()
        return True

    def start(self, exchange: Exchange) -> None:
        self.exchanges.append(exchange)
        self.open, self.answering = exchange, False

    def close(self) -> int:
        self.open, self.answering = None, False
        return 1


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
        sentences = _sentences(block)
        if position + 1 < len(blocks):
            sentences += _sentences(blocks[position + 1])[:2]
        requests.extend(_requests_in(sentences))
    return requests


def _requests_in(sentences: list[str]) -> list[InformationRequest]:
    requests = []
    for index, sentence in enumerate(sentences):
        if not REQUEST_RE.search(sentence):
            continue
        window = sentences[index : index + 3]
        refusal = next((s for s in window if REFUSED_RE.search(s)), None)
        if refusal:
            requests.append(InformationRequest(sentence, "refused", refusal))
        elif any(PROVIDED_RE.search(s) for s in window):
            requests.append(InformationRequest(sentence, "provided"))
        else:
            requests.append(InformationRequest(sentence, "pending"))
    return requests


def _mentions_request(block: Block) -> bool:
    texts = block.items if block.kind == "list" else [block.text or ""]
    return any("request" in text or "asked for" in text for text in texts or [])


def _sentences(block: Block) -> list[str]:
    texts = block.items if block.kind == "list" else [block.text or ""]
    return [s.strip() for text in texts or [] for s in SENTENCE_RE.split(text) if s.strip()]
