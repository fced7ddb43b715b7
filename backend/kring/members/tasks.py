"""The activation job: contact persons added by an admin get their activation e-mail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.accounts.service import ACTIVATION_VALID, issue_token
from kring.config import Settings
from kring.kit.db import unit_of_work
from kring.kit.links import portal_link
from kring.models.organisation import Membership
from kring.models.session import TokenPurpose
from kring.models.user import User, UserStatus
from kring.notifications.service import queue_mail

BATCH_SIZE = 500


async def send_activations(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """Invited people with a portal-employee membership and no activation e-mail yet.

    SKIP LOCKED lets two workers share the work; each person is mailed once.
    """
    sent = 0
    while True:
        async with unit_of_work(sessionmaker) as db:
            users = list(
                await db.scalars(
                    select(User)
                    .where(
                        User.status == UserStatus.invited,
                        User.activation_sent_at.is_(None),
                        exists().where(
                            Membership.user_id == User.id, Membership.portal_employee.is_(True)
                        ),
                    )
                    .order_by(User.created_at)
                    .limit(BATCH_SIZE)
                    .with_for_update(skip_locked=True)
                )
            )
            for user in users:
                token = await issue_token(
                    db, settings, user, TokenPurpose.activate, ACTIVATION_VALID
                )
                await queue_mail(
                    db,
                    to=user.email,
                    template="account_activation",
                    language=user.preferred_language,
                    context={
                        "first_name": user.first_name,
                        "link": portal_link(settings, "pro", "activate", token=token),
                    },
                )
                user.activation_sent_at = now
            sent += len(users)
        if len(users) < BATCH_SIZE:
            return sent
