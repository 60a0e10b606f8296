"""Hostile PDFs built in code, so no large file is committed.

``text_bomb`` is a PDF of a few megabytes whose one content stream unpacks to
``megabytes`` of text-showing operators: the decompression bomb a tester sent,
which took PDFium gigabytes of memory and then aborted the process.
"""

import zlib

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def text_bomb(megabytes: int = 1500) -> bytes:
    """A one-page PDF whose content stream unpacks to ``megabytes`` MB."""
    line = b"(" + b"A" * 1000 + b") Tj\n"
    block = line * (1024 * 1024 // len(line))
    packed = _flate_repeated(block, megabytes)
    start = b"BT /F1 10 Tf 10 10 Td"
    return pdf(
        [b"[6 0 R 5 0 R]"],
        [
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
            % (len(packed), packed),
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(start), start),
        ],
    )


def pages_pdf(texts: list[str]) -> bytes:
    """A PDF with one page per string, each drawn as one line."""
    streams = []
    for text in texts:
        body = b"BT /F1 10 Tf 60 760 Td (%s) Tj ET" % text.encode("latin-1")
        streams.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body))
    contents = [b"%d 0 R" % (4 + len(texts) + i) for i in range(len(texts))]
    return pdf(contents, streams)


def pdf(contents: list[bytes], extra: list[bytes]) -> bytes:
    """Pages drawing ``contents`` (references or arrays), then ``extra`` objects.

    Objects 1 to 3 are the catalogue, the page tree and the font; the pages
    follow from object 4, then ``extra`` in order.
    """
    count = len(contents)
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        FONT,
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents %s >>" % content
        for content in contents
    ]
    objects += extra
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _flate_repeated(block: bytes, times: int) -> bytes:
    """zlib data unpacking to ``block`` repeated, without compressing it all.

    After a full flush the compressor forgets what came before, so the
    compressed form of the block repeats exactly; only the checksum at the end
    needs the whole text.
    """
    compressor = zlib.compressobj(9)
    first = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(times):
        checksum = zlib.adler32(block, checksum)
    end = compressor.flush()[:-4] + checksum.to_bytes(4, "big")
    return first + again * (times - 1) + end
