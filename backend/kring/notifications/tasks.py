"""Outbox handlers for notifications."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import get_settings
from kring.kit import mail, sms
from kring.kit.outbox import outbox_task

SEND_MAIL = "mail.send"
SEND_SMS = "sms.send"


@outbox_task(SEND_MAIL, timeout_seconds=30, max_tries=6)
async def send_mail(session: AsyncSession, payload: dict[str, Any]) -> None:
    """Render and send one e-mail; the outbox guarantees it is sent once per row."""
    settings = get_settings()
    rendered = mail.render(payload["template"], payload["language"], payload.get("context", {}))
    await mail.send(settings, mail.build_message(settings, payload["to"], rendered))


# The text holds a one-time code: the outbox blanks it once the message is sent.
@outbox_task(SEND_SMS, timeout_seconds=30, max_tries=3, scrub=("text",))
async def send_sms(session: AsyncSession, payload: dict[str, Any]) -> None:
    """Send one SMS through the configured gateway."""
    await sms.gateway(get_settings()).send(payload["to"], payload["text"])
