"""The proposal jobs: one reminder to a helper whose proposal still waits after
`proposal_remind_after_days`, and expiry after `proposal_valid_days` (the partner is told).
Set-based statements in batches on the partial index of waiting proposals; rows another worker
holds are skipped (`SKIP LOCKED`), so two workers never mail twice."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from kring.config import Settings
from kring.kit.db import unit_of_work
from kring.models.dossier import Dossier
from kring.models.helper import HelperProfile
from kring.models.match import MatchProposal
from kring.models.user import User
from kring.notifications.service import mail_payload, queue_mails
from kring.proposals import mails, repository

BATCH_SIZE = 10_000
HelperUser = aliased(User, name="helper_user")
Manager = aliased(User, name="manager")


async def _mail_rows(db: AsyncSession, ids: list[Any]) -> Sequence[Any]:
    return (
        await db.execute(
            select(
                MatchProposal.id,
                MatchProposal.dossier_id,
                MatchProposal.expires_at,
                Dossier.first_name.label("help_seeker_first_name"),
                Dossier.city,
                HelperUser.email.label("helper_email"),
                HelperUser.language.label("helper_language"),
                HelperUser.first_name.label("helper_first_name"),
                Manager.email.label("manager_email"),
                Manager.language.label("manager_language"),
                Manager.first_name.label("manager_first_name"),
            )
            .join(Dossier, Dossier.id == MatchProposal.dossier_id)
            .join(HelperProfile, HelperProfile.id == MatchProposal.helper_id)
            .join(HelperUser, HelperUser.id == HelperProfile.user_id)
            .join(Manager, Manager.id == Dossier.manager_user_id)
            .where(MatchProposal.id.in_(ids))
        )
    ).all()


async def remind_helpers(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """Once per proposal, when it has `valid - remind` days left."""
    left = timedelta(days=settings.proposal_valid_days - settings.proposal_remind_after_days)
    total = 0
    while True:
        async with unit_of_work(sessionmaker) as db:
            ids = list((await db.scalars(repository.remind(now, left, BATCH_SIZE))).all())
            if not ids:
                return total
            await queue_mails(
                db,
                [
                    mail_payload(
                        to=row.helper_email,
                        template="proposal_reminder",
                        language=row.helper_language,
                        context={
                            "first_name": row.helper_first_name,
                            "help_seeker_first_name": row.help_seeker_first_name,
                            "city": row.city,
                            "answer_by": mails.moment_text(row.expires_at, row.helper_language),
                            "link": mails.helper_link(settings, row.id),
                        },
                    )
                    for row in await _mail_rows(db, ids)
                ],
            )
            total += len(ids)


async def expire(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """Proposals unanswered past their last day expire; the partner hears of it."""
    total = 0
    while True:
        async with unit_of_work(sessionmaker) as db:
            ids = list((await db.scalars(repository.expire(now, BATCH_SIZE))).all())
            if not ids:
                return total
            await queue_mails(
                db,
                [
                    mail_payload(
                        to=row.manager_email,
                        template="proposal_expired",
                        language=row.manager_language,
                        context={
                            "first_name": row.manager_first_name,
                            "helper_first_name": row.helper_first_name,
                            "help_seeker_first_name": row.help_seeker_first_name,
                            "link": mails.partner_link(settings, row.dossier_id),
                        },
                    )
                    for row in await _mail_rows(db, ids)
                ],
            )
            total += len(ids)
