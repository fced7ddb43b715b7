"""Inactive accounts: warned 14 days before 6 months, deactivated at 6 months, deleted at 2 years.
A provider's profile follows: offline when deactivated, emptied when deleted (kring.providers).

Set-based statements in batches; idempotent; two workers running it at once are serialised by
an advisory lock, and the second finds nothing left to do.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, cast, delete, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.audit import service as audit
from kring.auth import api_clients
from kring.auth.principal import SYSTEM
from kring.callouts import service as callouts
from kring.config import Settings
from kring.kit import outbox
from kring.kit.links import site_link
from kring.kit.working_days import AMSTERDAM
from kring.models.mfa import MfaChallenge, MfaFactor, RecoveryCode
from kring.models.organisation import Membership
from kring.models.provider import ProviderProfile, ProviderStatus
from kring.models.session import ActionToken, UserSession
from kring.models.user import User, UserStatus
from kring.neighbour_messages import service as neighbour_messages
from kring.neighbourhoods import service as neighbourhoods
from kring.notifications.service import SEND_MAIL
from kring.posts import service as posts
from kring.providers import service as providers

BATCH_SIZE = 10_000
_LOCK = "SELECT pg_advisory_xact_lock(hashtext('kring.accounts.lifecycle'))"
# GREATEST skips NULLs: the later of log-in and reactivation; creation when neither happened.
_LAST_ACTIVE = func.coalesce(
    func.greatest(User.last_login_at, User.reactivated_at), User.created_at
)
_NOT_DELETED = (UserStatus.active, UserStatus.deactivated, UserStatus.invited)


async def _boundaries(db: AsyncSession, now: datetime) -> tuple[datetime, datetime, datetime]:
    """Calendar arithmetic in PostgreSQL: 6 months back from 31 August is 29 February, etc."""
    row = (
        await db.execute(
            text(
                "SELECT CAST(:now AS timestamptz) - interval '2 years', "
                "CAST(:now AS timestamptz) - interval '6 months', "
                "CAST(:now AS timestamptz) - interval '6 months' + interval '14 days'"
            ),
            {"now": now},
        )
    ).one()
    return row[0], row[1], row[2]


async def _mail(
    db: AsyncSession, template: str, rows: Sequence[Any], extra: dict[str, str] | None = None
) -> None:
    await outbox.add_many(
        db,
        SEND_MAIL,
        [
            {
                "to": row.email,
                "template": template,
                "language": row.language,
                "context": {"first_name": row.first_name, **(extra or {})},
            }
            for row in rows
        ],
    )


async def erase_personal_data(
    db: AsyncSession,
    ids: list[uuid.UUID],
    *,
    by: str = "accounts.lifecycle",
    actor_user_id: uuid.UUID | None = None,
) -> int:
    """Delete the accounts' personal data (and empty their provider profiles, counted)."""
    # The rows stay, as pseudonyms, for kept records.
    # First the profiles: their invoices' fiscal record needs the name erased below.
    profiles = await providers.erase_profiles(
        db, ids, now=datetime.now(UTC), by=by, actor_user_id=actor_user_id
    )
    # Then their part in neighbourhoods: conversations (which name posts), posts, residence.
    await callouts.erase_people(db, ids)
    await neighbour_messages.erase_people(db, ids)
    await posts.erase_people(db, ids)
    await neighbourhoods.erase_people(db, ids)
    for table in (MfaFactor, RecoveryCode, MfaChallenge, UserSession, ActionToken, Membership):
        await db.execute(delete(table).where(table.user_id.in_(ids)))
    # Records that must be kept (audit, later orders and invoices) keep the user id,
    # which is a pseudonym once the personal data below is gone.
    await db.execute(
        update(User)
        .where(User.id.in_(ids))
        .values(
            status=UserStatus.deleted,
            email=func.concat("deleted-", cast(User.id, String), "@deleted.invalid"),
            first_name="",
            initials=None,
            prefix=None,
            last_name=None,
            phone_for_questions=None,
            password_hash=None,
            staff_role=None,
            inactivity_warned_at=None,
            birth_date=None,
            gender=None,
        )
        .execution_options(synchronize_session=False)
    )
    await api_clients.end_tokens_of(db, ids)
    return profiles


async def _delete(db: AsyncSession, two_years_ago: datetime) -> tuple[int, int]:
    deleted = profiles = 0
    while ids := list(
        await db.scalars(
            select(User.id)
            .where(User.status.in_(_NOT_DELETED), two_years_ago >= _LAST_ACTIVE)
            .limit(BATCH_SIZE)
        )
    ):
        profiles += await erase_personal_data(db, ids)
        await audit.record_many(
            db,
            SYSTEM,
            "account.deleted_inactive",
            subject_type="user",
            subject_ids=ids,
            details={"by": "accounts.lifecycle"},
        )
        deleted += len(ids)
    return deleted, profiles


async def _erase_left_over_profiles(db: AsyncSession) -> int:
    """Profiles of accounts deleted before profiles were erased with them (or by another way)."""
    erased = 0
    while ids := list(
        await db.scalars(
            select(ProviderProfile.user_id)
            .join(User, User.id == ProviderProfile.user_id)
            .where(
                User.status == UserStatus.deleted,
                ProviderProfile.status != ProviderStatus.erased,
            )
            .limit(BATCH_SIZE)
        )
    ):
        erased += await providers.erase_profiles(
            db, ids, now=datetime.now(UTC), by="accounts.lifecycle"
        )
    return erased


async def _deactivate(db: AsyncSession, now: datetime, six_months_ago: datetime) -> int:
    deactivated = 0
    while True:
        candidates = (
            select(User.id)
            .where(User.status == UserStatus.active, six_months_ago >= _LAST_ACTIVE)
            .limit(BATCH_SIZE)
            .scalar_subquery()
        )
        rows = (
            await db.execute(
                update(User)
                .where(User.id.in_(candidates))
                .values(status=UserStatus.deactivated)
                .returning(User.id, User.email, User.first_name, User.language)
                .execution_options(synchronize_session=False)
            )
        ).all()
        if not rows:
            return deactivated
        ids = [row.id for row in rows]
        await db.execute(
            update(UserSession)
            .where(UserSession.user_id.in_(ids), UserSession.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        await api_clients.end_tokens_of(db, ids)
        await providers.take_offline(db, ids, by="accounts.lifecycle")
        await _mail(db, "account_deactivated", rows)
        await audit.record_many(
            db,
            SYSTEM,
            "account.deactivated_inactive",
            subject_type="user",
            subject_ids=ids,
            details={"by": "accounts.lifecycle"},
        )
        deactivated += len(rows)


async def _warn(
    db: AsyncSession,
    settings: Settings,
    now: datetime,
    six_months_ago: datetime,
    warn_from: datetime,
) -> int:
    warned = 0
    while True:
        candidates = (
            select(User.id)
            .where(
                User.status == UserStatus.active,
                warn_from >= _LAST_ACTIVE,
                six_months_ago < _LAST_ACTIVE,
                # One warning per period of inactivity: a log-in after the warning starts anew.
                (User.inactivity_warned_at.is_(None)) | (User.inactivity_warned_at < _LAST_ACTIVE),
            )
            .limit(BATCH_SIZE)
            .scalar_subquery()
        )
        rows = (
            await db.execute(
                update(User)
                .where(User.id.in_(candidates))
                .values(inactivity_warned_at=now)
                .returning(User.id, User.email, User.first_name, User.language)
                .execution_options(synchronize_session=False)
            )
        ).all()
        if not rows:
            return warned
        await _mail(
            db,
            "account_inactive_warning",
            rows,
            {"login_link": site_link(settings)},
        )
        warned += len(rows)


async def run_lifecycle(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> dict[str, int]:
    from kring.kit.db import unit_of_work

    async with unit_of_work(sessionmaker) as db:
        await db.execute(text(_LOCK))
        two_years_ago, six_months_ago, warn_from = await _boundaries(db, now)
        deleted, profiles_erased = await _delete(db, two_years_ago)
        return {
            "deleted": deleted,
            "profiles_erased": profiles_erased + await _erase_left_over_profiles(db),
            "deactivated": await _deactivate(db, now, six_months_ago),
            "warned": await _warn(db, settings, now, six_months_ago, warn_from),
            "fiscal_records_purged": await providers.purge_fiscal_records(
                db, now.astimezone(AMSTERDAM).date()
            ),
        }
