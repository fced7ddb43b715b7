"""The dev and test SMTP sink: a real SMTP server (aiosmtpd) that keeps every message on disk.

Like a mail store that files by Message-ID, it keeps one copy of a message that arrives twice
(an outbox row sent again after a crash, see kit.outbox); `received` and `duplicates` count
what came in over SMTP, so tests can see both.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from kring.kit.db import new_id


class KeepEveryMessage:
    """Stores each message once per Message-ID, in arrival order."""

    def __init__(self, mailbox: Path) -> None:
        self.mailbox = mailbox
        self.received = 0
        self.duplicates = 0

    def store(self, content: bytes) -> bool:
        """Keep `content` unless a message with its Message-ID is kept already."""
        self.received += 1
        self.mailbox.mkdir(parents=True, exist_ok=True)
        message_id = email.message_from_bytes(content).get("Message-ID", "").strip()
        if message_id:
            marker = self.mailbox / ".ids" / hashlib.sha256(message_id.encode()).hexdigest()
            marker.parent.mkdir(exist_ok=True)
            try:
                marker.touch(exist_ok=False)  # atomic: two deliveries at once keep one
            except FileExistsError:
                self.duplicates += 1
                return False
        # A v7 id sorts by arrival, so the newest-first list is a reverse sort of file names.
        name = f"{new_id()}.eml"
        temporary = self.mailbox / f".{name}.tmp"
        temporary.write_bytes(content)
        temporary.rename(self.mailbox / name)
        return True

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.store(envelope.original_content or envelope.content)
        return "250 Message accepted for delivery"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def start_sink(
    mailbox: Path,
    host: str = "127.0.0.1",
    port: int | None = None,
    handler: KeepEveryMessage | None = None,
) -> Controller:
    handler = handler or KeepEveryMessage(mailbox)
    controller = Controller(handler, hostname=host, port=port or free_port(host))
    controller.start()
    return controller


@dataclass(frozen=True)
class StoredMail:
    id: str
    received_at: datetime
    sender: str
    to: str
    subject: str
    text: str
    html: str | None
    # (file name, media type, size in bytes) of each attachment.
    attachments: tuple[tuple[str, str, int], ...] = ()
    message_id: str = ""


def _parse(path: Path) -> StoredMail:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    text_part = message.get_body(preferencelist=("plain",))
    html_part = message.get_body(preferencelist=("html",))
    return StoredMail(
        id=path.stem,
        received_at=datetime.fromtimestamp(path.stat().st_mtime, UTC),
        sender=str(message.get("From", "")),
        to=str(message.get("To", "")),
        subject=str(message.get("Subject", "")),
        text=text_part.get_content() if text_part else "",
        html=html_part.get_content() if html_part else None,
        attachments=tuple(
            (part.get_filename() or "", part.get_content_type(), len(part.get_content()))
            for part in message.iter_attachments()
        ),
        message_id=str(message.get("Message-ID", "")),
    )


def list_mail(mailbox: Path, limit: int = 200) -> list[StoredMail]:
    """The newest messages first."""
    if not mailbox.exists():
        return []
    paths = sorted(mailbox.glob("*.eml"), reverse=True)[:limit]
    return [_parse(p) for p in paths]


def read_attachment(mailbox: Path, mail_id: str, index: int) -> tuple[str, str, bytes] | None:
    """The file name, media type and bytes of a message's attachment (counted from 0)."""
    if not mail_id.replace("-", "").isalnum() or index < 0:
        return None
    path = mailbox / f"{mail_id}.eml"
    if not path.is_file():
        return None
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    for position, part in enumerate(message.iter_attachments()):
        if position == index:
            content = part.get_content()
            data = content if isinstance(content, bytes) else str(content).encode()
            return part.get_filename() or "attachment", part.get_content_type(), data
    return None


def read_mail(mailbox: Path, mail_id: str) -> StoredMail | None:
    if not mail_id.replace("-", "").isalnum():
        return None
    path = mailbox / f"{mail_id}.eml"
    return _parse(path) if path.is_file() else None
