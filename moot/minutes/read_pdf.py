"""PDF minutes: the text layer, page by page, through PDFium.

PDFium (via pypdfium2) reads the text layer a PDF already has; it does no OCR.
A scanned PDF therefore has no text to give, and the reader says so rather
than returning empty minutes. Page furniture and line wrapping are the same
problems as in text pulled out of a PDF by other tools, so both go through
the same page and paragraph rules.
"""

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .chrome import strip_chrome
from .normalise import normalise_lines, split_lines
from .pages import strip_furniture
from .paragraphs import join_paragraphs
from .source import ParseError, Source

NO_TEXT_LAYER = "the PDF has no text layer (a scanned image?); OCR it first"

# PDFium marks a hyphen at a line end, where it has joined the two lines,
# with U+0002. Before a lowercase letter it split a word ("Construc-tion").
_LINE_END_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])\x02(?=[a-z])")


def read_pdf(data: bytes, name: str) -> Source:
    """Read a PDF's text layer into a ``Source``.

    Raises ``ParseError`` for an encrypted, damaged or truncated PDF that
    PDFium cannot open, and for a PDF without any text (a scan). Single pages
    without text, and a PDF missing its end-of-file marker that PDFium could
    still open, give warnings.
    """
    texts, warnings = _page_texts(data)
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


def _page_texts(data: bytes) -> tuple[list[tuple[str, bool]], list[str]]:
    """Each page's raw text and whether it holds images; plus warnings."""
    warnings = []
    if b"%%EOF" not in data[-2048:]:
        warnings.append(
            "the PDF has no end-of-file marker (a truncated download?); "
            "text may be missing"
        )
    document = _open(data)
    texts = []
    try:
        for index in range(len(document)):
            try:
                texts.append(_page_text(document, index))
            except pdfium.PdfiumError as error:
                warnings.append(f"page {index + 1} could not be read ({error})")
                texts.append(("", False))
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
