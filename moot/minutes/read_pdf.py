"""PDF minutes: the text layer, page by page, through PDFium.

PDFium (via pypdfium2) reads the text layer a PDF already has; it does no OCR.
A scanned PDF therefore has no text to give, and the reader says so rather
than returning empty minutes. Page furniture and line wrapping are the same
problems as in text pulled out of a PDF by other tools, so both go through
the same page and paragraph rules.
"""

import re
from dataclasses import dataclass
from functools import partial

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .bounded import run_bounded
from .chrome import strip_chrome
from .normalise import normalise_lines, split_lines
from .pages import strip_furniture
from .paragraphs import join_paragraphs
from .source import ParseError, Source

NO_TEXT_LAYER = "the PDF has no text layer (a scanned image?); OCR it first"

# PDFium marks a hyphen at a line end, where it has joined the two lines,
# with U+0002. Before a lowercase letter it split a word ("Construc-tion").
_LINE_END_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])\x02(?=[a-z])")


@dataclass(frozen=True)
class PdfLimits:
    """How much of one PDF is read, and what reading it may cost.

    A council's agenda pack of a thousand pages is read whole; a PDF built to
    unpack into gigabytes (a decompression bomb) is stopped.
    """

    pages: int = 2000
    characters: int = 10_000_000
    memory_mb: int = 1024
    seconds: float = 60


def read_pdf(data: bytes, name: str, limits: PdfLimits = PdfLimits()) -> Source:
    """Read a PDF's text layer into a ``Source``.

    Raises ``ParseError`` for an encrypted, damaged or truncated PDF that
    PDFium cannot open, for a PDF without any text (a scan), and for one that
    needs more memory or time than ``limits`` allow (PDFium runs in a child
    process, so even a crash there is only an error here). Single pages
    without text, pages or text beyond the limits (left unread), and a PDF
    missing its end-of-file marker that PDFium could still open, give warnings.
    """
    texts, warnings = run_bounded(
        partial(_page_texts, limits=limits),
        data,
        what="the PDF",
        memory_mb=limits.memory_mb,
        seconds=limits.seconds,
    )
    pages = [normalise_lines(split_lines(mend_hyphens(text))) for text, _ in texts]
    if not any(pages):
        raise ParseError(NO_TEXT_LAYER)
    for number, (page, (_, has_images)) in enumerate(zip(pages, texts, strict=True), 1):
        if not page and has_images:
            warnings.append(
                f"page {number} has no text layer (scanned image?); OCR it first"
            )
    lines, discarded = strip_furniture(pages)
    lines, chrome = strip_chrome(join_paragraphs(lines))
    return Source(
        name=name,
        kind="pdf",
        text="\n".join(lines),
        discarded=discarded + chrome,
        warnings=warnings,
    )


def mend_hyphens(text: str) -> str:
    """Resolve PDFium's line-end hyphen marks: join a split word, else "-"."""
    return _LINE_END_HYPHEN_IN_WORD.sub("", text).replace("\x02", "-")


def _page_texts(
    data: bytes, limits: PdfLimits
) -> tuple[list[tuple[str, bool]], list[str]]:
    """Each page's raw text and whether it holds images; plus warnings.

    Reading stops after ``limits.pages`` pages or ``limits.characters``
    characters, with a warning saying so.
    """
    warnings = []
    if b"%%EOF" not in data[-2048:]:
        warnings.append(
            "the PDF has no end-of-file marker (a truncated download?); "
            "text may be missing"
        )
    document = _open(data)
    texts: list[tuple[str, bool]] = []
    room = limits.characters
    try:
        count = len(document)
        if count > limits.pages:
            warnings.append(
                f"only the first {limits.pages} of its {count} pages were read"
            )
        for index in range(min(count, limits.pages)):
            try:
                text, has_images = _page_text(document, index)
            except pdfium.PdfiumError as error:
                warnings.append(f"page {index + 1} could not be read ({error})")
                text, has_images = "", False
            if len(text) > room:
                warnings.append(
                    f"its text stops at page {index + 1}: over the limit of "
                    f"{limits.characters:,} characters"
                )
                texts.append((text[:room], has_images))
                break
            room -= len(text)
            texts.append((text, has_images))
    finally:
        document.close()
    return texts, warnings


def _open(data: bytes) -> pdfium.PdfDocument:
    """Open the PDF, turning PDFium's error codes into sentences."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise ParseError("the PDF is encrypted") from None
        if b"%%EOF" not in data[-2048:]:
            raise ParseError(
                "the PDF is truncated: it stops before its end-of-file marker "
                "and PDFium could not open it"
            ) from None
        raise ParseError(
            f"the PDF is damaged: PDFium could not open it ({error})"
        ) from None


def _page_text(document: pdfium.PdfDocument, index: int) -> tuple[str, bool]:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_bounded()
        finally:
            textpage.close()
        if text.strip():
            return text, False
        # Only a page without text is asked for images: walking every object
        # of every page would double the reading time.
        images = next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]), None)
        return text, images is not None
    finally:
        page.close()
