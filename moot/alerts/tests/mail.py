"""Reading what the file-based email backend wrote, as a mailbox would."""

import email
import email.policy
import re
from email.message import Message
from pathlib import Path

LINK = re.compile(r"https?://\S+")


def inbox(folder: Path) -> list[Message]:
    """Every message written to ``folder``, oldest first."""
    messages = []
    for path in sorted(folder.glob("*.log"), key=lambda p: p.stat().st_mtime_ns):
        # One file per connection, messages separated by a line of dashes.
        for chunk in path.read_text().split("-" * 79 + "\n"):
            if chunk.strip():
                messages.append(
                    email.message_from_string(chunk, policy=email.policy.default)
                )
    return messages


def body(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode()


def links(message: Message, part: str) -> list[str]:
    """The message's links whose address contains ``part``."""
    return [url for url in LINK.findall(body(message)) if part in url]
