"""Outbox handlers for accounts: work that must not happen while a request waits on it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.credentials import RESET_LINK_TASK, RESET_PASSWORD_VALID
from kring.accounts.service import find_user_by_email, issue_token
from kring.audit import service as audit
from kring.auth.principal import SYSTEM
from kring.config import get_settings
from kring.kit.links import portal_link
from kring.kit.outbox import outbox_task
from kring.models.session import TokenPurpose
from kring.models.user import UserStatus
from kring.notifications.service import queue_mail


@outbox_task(RESET_LINK_TASK, timeout_seconds=30, max_tries=6)
async def send_password_reset(session: AsyncSession, payload: dict[str, Any]) -> None:
    """A reset link for a known address; nothing for an unknown one (the request could not tell)."""
    user = await find_user_by_email(session, payload["email"])
    if user is None or user.status not in (UserStatus.active, UserStatus.invited):
        return
    settings = get_settings()
    token = await issue_token(
        session, settings, user, TokenPurpose.reset_password, RESET_PASSWORD_VALID
    )
    await queue_mail(
        session,
        to=user.email,
        template="password_reset",
        language=user.preferred_language,
        context={
            "first_name": user.first_name,
            "link": portal_link(settings, payload["portal"], "reset-password", token=token),
        },
    )
    await audit.record(
        session,
        SYSTEM,
        "auth.password_reset_requested",
        subject_type="user",
        subject_id=user.id,
        details={"requested_from": payload.get("ip")},
    )
