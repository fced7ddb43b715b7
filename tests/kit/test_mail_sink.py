"""The SMTP sink keeps one copy of a message that arrives twice (same Message-ID)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import aiosmtplib

from kring.kit.mail_sink import KeepEveryMessage, list_mail, start_sink


def _message(message_id: str, subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "noreply@kring.local"
    message["To"] = "anna@example.org"
    message["Subject"] = subject
    message["Message-ID"] = message_id
    message.set_content("Hallo")
    return message


async def test_a_repeat_of_a_message_id_is_counted_and_not_kept_twice(tmp_path: Path) -> None:
    handler = KeepEveryMessage(tmp_path / "mail")
    sink = start_sink(tmp_path / "mail", handler=handler)
    try:
        for message in (
            _message("<row-1@kring.local>", "Eerste"),
            _message("<row-1@kring.local>", "Eerste, nogmaals"),
            _message("<row-2@kring.local>", "Tweede"),
        ):
            await aiosmtplib.send(message, hostname=sink.hostname, port=sink.port, timeout=10)
    finally:
        sink.stop()
    kept = list_mail(tmp_path / "mail")
    assert sorted((m.message_id, m.subject) for m in kept) == [
        ("<row-1@kring.local>", "Eerste"),
        ("<row-2@kring.local>", "Tweede"),
    ]
    assert (handler.received, handler.duplicates) == (3, 1)
