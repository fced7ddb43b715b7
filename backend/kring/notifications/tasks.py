"""Outbox handlers for notifications."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import get_settings
from kring.kit import mail, sms
from kring.kit.i18n import Language
from kring.kit.outbox import outbox_task, running_message_id

SEND_MAIL = "mail.send"
SEND_SMS = "sms.send"

# Makes a document for a mail from its id: (filename, content, media type).
AttachmentMaker = Callable[[AsyncSession, str, Language], Awaitable[tuple[str, bytes, str]]]
# kind -> (the payload field with the document's id, its maker); the app registers them.
_ATTACHMENTS: dict[str, tuple[str, AttachmentMaker]] = {}


def register_attachment(kind: str, id_field: str, maker: AttachmentMaker) -> None:
    """Let mails carry documents of `kind` (`{"kind": kind, id_field: "..."}`)."""
    _ATTACHMENTS[kind] = (id_field, maker)


@outbox_task(SEND_MAIL, timeout_seconds=30, max_tries=6)
async def send_mail(session: AsyncSession, payload: dict[str, Any]) -> None:
    """Render and send one e-mail; the outbox guarantees it is sent once per row."""
    settings = get_settings()
    rendered = mail.render(payload["template"], payload["language"], payload.get("context", {}))
    # Attachments are made when the mail goes out, from what the outbox row names.
    attachments = [
        await _attachment(session, item, payload["language"])
        for item in payload.get("attachments", [])
    ]
    # The Message-ID comes from the outbox row: a mail sent again after a crash is the same mail.
    key = running_message_id()
    message = mail.build_message(
        settings,
        payload["to"],
        rendered,
        attachments,
        key=key,
        sender_name=payload.get("sender_name"),
    )
    await mail.send(settings, message)


async def _attachment(
    session: AsyncSession, item: dict[str, str], language: Language
) -> tuple[str, bytes, str]:
    registered = _ATTACHMENTS.get(item["kind"])
    if registered is None:
        raise ValueError(f"unknown attachment {item['kind']!r}")
    id_field, maker = registered
    return await maker(session, item[id_field], language)


# The text holds a one-time code: the outbox blanks it once the message is sent.
@outbox_task(SEND_SMS, timeout_seconds=30, max_tries=3, scrub=("text",))
async def send_sms(session: AsyncSession, payload: dict[str, Any]) -> None:
    """Send one SMS through the configured gateway."""
    await sms.gateway(get_settings()).send(payload["to"], payload["text"])
