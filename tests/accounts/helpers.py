"""Shared steps for the account tests: people in the database, logging in, CSRF headers."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from httpx import AsyncClient, Response
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.auth.passwords import hash_password
from kring.config import Settings
from kring.models.outbox import OutboxMessage
from kring.models.user import User, UserStatus

GOOD_PASSWORD = "vlinder-kaas-fiets-29"
OTHER_GOOD_PASSWORD = "regenboog-tulp-wolk-84"


async def make_user(
    session: AsyncSession,
    email: str = "anna@example.org",
    password: str = GOOD_PASSWORD,
    *,
    status: UserStatus = UserStatus.active,
    first_name: str = "Anna",
    staff_role: str | None = None,
) -> User:
    now = datetime.now(UTC)
    user = User(
        email=email,
        first_name=first_name,
        status=status,
        language="nl",
        password_hash=await hash_password(password),
        password_changed_at=now,
        email_verified_at=now if status == UserStatus.active else None,
        staff_role=staff_role,
    )
    session.add(user)
    await session.flush()
    await session.commit()
    return user


def csrf(client: AsyncClient, settings: Settings) -> dict[str, str]:
    return {"X-CSRF-Token": client.cookies.get("kring_csrf", ""), "Origin": settings.public_url}


async def log_in(
    client: AsyncClient, email: str = "anna@example.org", password: str = GOOD_PASSWORD
) -> Response:
    """Log in as the portals do: with the CSRF header whenever a session cookie is around."""
    from kring.config import get_settings

    headers = csrf(client, get_settings()) if "kring_csrf" in client.cookies else {}
    return await client.post(
        "/api/v1/auth/login", json={"email": email, "password": password}, headers=headers
    )


async def queued_mails(session: AsyncSession, to: str) -> list[dict[str, object]]:
    """The e-mails queued in the outbox for `to` (their template and context), oldest first."""
    rows = await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
    return [row.payload for row in rows if row.payload.get("to") == to]


def token_from(link: object) -> str:
    match = re.search(r"token=([\w-]+)", str(link))
    assert match, link
    return match.group(1)


async def run_reset_links(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """Do what the worker does with forgotten-password requests: look up, mail the link."""
    from kring.accounts.credentials import RESET_LINK_TASK
    from kring.kit.outbox import run_outbox_message

    async with sessionmaker() as session:
        pending = list(
            await session.scalars(
                select(OutboxMessage.id)
                .where(OutboxMessage.task == RESET_LINK_TASK)
                .where(OutboxMessage.status == "pending")
            )
        )
    for message_id in pending:
        await run_outbox_message(sessionmaker, message_id)
