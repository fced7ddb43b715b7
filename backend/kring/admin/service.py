"""Staff actions on accounts: deactivate, reactivate, reset the 2FA phone number."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from fastapi import Request
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth import api_clients
from kring.auth.actor import Actor
from kring.auth.sessions import revoke_sessions
from kring.config import Settings
from kring.kit.errors import Conflict, NotFound
from kring.kit.i18n import N_
from kring.models.mfa import MfaFactor, RecoveryCode
from kring.models.organisation import Membership
from kring.models.user import User, UserStatus
from kring.notifications.service import queue_mail


async def user_to_administer(db: AsyncSession, user_id: uuid.UUID) -> User:
    """A person's account, locked for the change; deleted accounts are gone for staff too."""
    user = await db.scalar(select(User).where(User.id == user_id).with_for_update())
    if user is None or user.status == UserStatus.deleted:
        raise NotFound()
    return user


async def home_portal(db: AsyncSession, user: User) -> str:
    """Where the person's links lead: members of organisations use the pro portal."""
    member = await db.scalar(select(Membership.id).where(Membership.user_id == user.id).limit(1))
    return "pro" if member is not None else "partner"


async def deactivate(db: AsyncSession, request: Request, actor: Actor, user: User) -> User:
    if user.status != UserStatus.active:
        raise Conflict(N_("Only an active account can be deactivated."))
    if user.id == actor.user_id:
        raise Conflict(N_("You cannot deactivate your own account."))
    user.status = UserStatus.deactivated
    await revoke_sessions(db, user.id)
    await api_clients.end_tokens_of(db, [user.id])
    await queue_mail(
        db,
        to=user.email,
        template="account_deactivated_by_staff",
        language=user.preferred_language,
        context={"first_name": user.first_name},
    )
    await audit.record(
        db,
        "account.deactivated",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="user",
        subject_id=user.id,
    )
    return user


async def reactivate(
    db: AsyncSession, settings: Settings, request: Request, actor: Actor, user: User
) -> User:
    """Counts as activity, so the lifecycle job gives the person a fresh six months."""
    if user.status != UserStatus.deactivated:
        raise Conflict(N_("Only a deactivated account can be reactivated."))
    user.status = UserStatus.active
    user.reactivated_at = datetime.now(UTC)
    user.inactivity_warned_at = None
    portal = await home_portal(db, user)
    await queue_mail(
        db,
        to=user.email,
        template="account_reactivated",
        language=user.preferred_language,
        context={
            "first_name": user.first_name,
            "link": f"{settings.public_url.rstrip('/')}/{portal}/login",
        },
    )
    await audit.record(
        db,
        "account.reactivated",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="user",
        subject_id=user.id,
    )
    return user


async def reset_mfa_phone(
    db: AsyncSession, settings: Settings, request: Request, actor: Actor, user: User
) -> None:
    """Removes the SMS factor; the person logs in and enters a new number themselves."""
    removed = (
        await db.execute(
            delete(MfaFactor)
            .where(MfaFactor.user_id == user.id, MfaFactor.kind == "sms")
            .returning(MfaFactor.id)
        )
    ).all()
    if not removed:
        raise Conflict(N_("This account has no phone number for two-step verification."))
    others = await db.scalar(
        select(MfaFactor.id).where(
            MfaFactor.user_id == user.id, MfaFactor.confirmed_at.is_not(None)
        )
    )
    if others is None:
        # Recovery codes belong to a set of factors; a first new factor brings new ones.
        await db.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    await revoke_sessions(db, user.id)
    portal = await home_portal(db, user)
    await queue_mail(
        db,
        to=user.email,
        template="mfa_phone_reset",
        language=user.preferred_language,
        context={
            "first_name": user.first_name,
            "link": f"{settings.public_url.rstrip('/')}/{portal}/account/security",
        },
    )
    await audit.record(
        db,
        "mfa.phone_reset",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="user",
        subject_id=user.id,
    )
