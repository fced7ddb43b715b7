"""Notifications: e-mails are written to the outbox in the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit import outbox
from kring.kit.i18n import Language
from kring.models.outbox import OutboxMessage
from kring.notifications.tasks import SEND_MAIL as SEND_MAIL
from kring.notifications.tasks import SEND_SMS as SEND_SMS
from kring.notifications.tasks import AttachmentMaker as AttachmentMaker
from kring.notifications.tasks import register_attachment as register_attachment


async def queue_mail(
    session: AsyncSession,
    *,
    to: str,
    template: str,
    language: Language,
    context: dict[str, Any] | None = None,
    attachments: list[dict[str, str]] | None = None,
    sender_name: str | None = None,
) -> OutboxMessage:
    """Send `template` to `to` once the caller's transaction commits (never if it rolls back).

    `attachments` name documents made when the mail goes out (e.g. a payment receipt);
    `sender_name` is the name the mail is from (an organisation writing through Kring: the
    address stays Kring's own).
    """
    payload = mail_payload(to=to, template=template, language=language, context=context)
    if attachments:
        payload["attachments"] = attachments
    if sender_name:
        payload["sender_name"] = sender_name
    return await outbox.add(session, SEND_MAIL, payload)


def mail_payload(
    *, to: str, template: str, language: Language, context: dict[str, Any] | None = None
) -> dict[str, Any]:
    """One e-mail as the outbox keeps it (for `queue_mails`)."""
    return {"to": to, "template": template, "language": language, "context": context or {}}


async def queue_mails(session: AsyncSession, payloads: list[dict[str, Any]]) -> None:
    """`queue_mail` for many e-mails in one statement (scheduled jobs)."""
    await outbox.add_many(session, SEND_MAIL, payloads)


async def queue_sms(session: AsyncSession, *, to: str, text: str) -> OutboxMessage:
    """Send an SMS once the caller's transaction commits; its text is blanked once sent."""
    return await outbox.add(session, SEND_SMS, {"to": to, "text": text})
