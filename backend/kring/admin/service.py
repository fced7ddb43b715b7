"""Staff actions on accounts: deactivate, reactivate, reset the 2FA phone number."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from fastapi import Request
from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.lifecycle import erase_personal_data
from kring.accounts.service import find_user_by_email, invite
from kring.admin.schemas import AccountCreate, AccountRead, MembershipCreate, MembershipSummary
from kring.audit import service as audit
from kring.auth import api_clients
from kring.auth.actor import Actor
from kring.auth.sessions import revoke_sessions
from kring.config import Settings
from kring.kit.db import contains_pattern
from kring.kit.errors import Conflict, InvalidInput, NotFound
from kring.kit.i18n import N_
from kring.kit.links import portal_link
from kring.models.audit import AuditEvent
from kring.models.mfa import MfaFactor, RecoveryCode
from kring.models.organisation import Membership, Organisation, OrganisationKind
from kring.models.user import User, UserStatus
from kring.notifications.service import queue_mail
from kring.providers import lifecycle as providers


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
    await providers.take_offline(db, [user.id], by="staff", actor_user_id=actor.user_id)
    await queue_mail(
        db,
        to=user.email,
        template="account_deactivated_by_staff",
        language=user.preferred_language,
        context={"first_name": user.first_name},
    )
    await audit.record_for_request(
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
    await db.flush()  # the database lets a profile be live only for an active account
    await providers.bring_back_online(db, [user.id], by="staff", actor_user_id=actor.user_id)
    portal = await home_portal(db, user)
    await queue_mail(
        db,
        to=user.email,
        template="account_reactivated",
        language=user.preferred_language,
        context={
            "first_name": user.first_name,
            "link": portal_link(settings, portal, "login"),
        },
    )
    await audit.record_for_request(
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
            "link": portal_link(settings, portal, "account/security"),
        },
    )
    await audit.record_for_request(
        db,
        "mfa.phone_reset",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="user",
        subject_id=user.id,
    )


async def account_read(db: AsyncSession, user: User) -> AccountRead:
    rows = await db.execute(
        select(Membership, Organisation)
        .join(Organisation, Organisation.id == Membership.organisation_id)
        .where(Membership.user_id == user.id)
        .order_by(func.lower(Organisation.name))
    )
    has_factor = await db.scalar(
        select(MfaFactor.id).where(
            MfaFactor.user_id == user.id, MfaFactor.confirmed_at.is_not(None)
        )
    )
    return AccountRead(
        id=user.id,
        email=user.email,
        full_name=user.display_name,
        status=user.status,
        staff_role=user.staff_role,
        language=user.preferred_language,
        last_login_at=user.last_login_at,
        has_second_factor=has_factor is not None,
        memberships=[
            MembershipSummary(
                id=m.id,
                organisation_id=o.id,
                organisation_name=o.name,
                organisation_kind=o.kind,
                portal_admin=m.portal_admin,
                portal_employee=m.portal_employee,
                umbrella_link_reason=m.umbrella_link_reason,  # checked by the database
            )
            for m, o in rows.all()
        ],
    )


async def search_accounts(db: AsyncSession, q: str | None, limit: int, offset: int) -> list[User]:
    statement = select(User).where(User.status != UserStatus.deleted)
    if q:
        pattern = contains_pattern(q)
        statement = statement.where(
            User.display_name_sql().ilike(pattern) | User.email.ilike(pattern)
        )
    statement = statement.order_by(func.lower(User.email)).limit(limit).offset(offset)
    return list(await db.scalars(statement))


async def create_account(
    db: AsyncSession, settings: Settings, request: Request, actor: Actor, body: AccountCreate
) -> User:
    organisation = await db.get(Organisation, body.organisation_id)
    if organisation is None:
        raise InvalidInput.on("organisation_id", N_("This organisation does not exist."))
    user, _ = await invite(
        db,
        settings,
        email=body.email,
        first_name=body.first_name,
        portal="pro",
        language=body.language,
    )
    user.initials, user.prefix, user.last_name = body.initials, body.prefix, body.last_name
    user.activation_sent_at = datetime.now(UTC)
    db.add(
        Membership(
            user_id=user.id,
            organisation_id=organisation.id,
            portal_admin=body.portal_admin,
            portal_employee=body.portal_employee,
        )
    )
    await db.flush()
    await audit.record_for_request(
        db,
        "account.created_by_staff",
        request=request,
        actor_user_id=actor.user_id,
        organisation_id=organisation.id,
        subject_type="user",
        subject_id=user.id,
    )
    return user


async def link_membership(
    db: AsyncSession, request: Request, actor: Actor, user: User, body: MembershipCreate
) -> None:
    """A second umbrella organisation needs a reason from HartingBank's list."""
    organisation = await db.get(Organisation, body.organisation_id)
    if organisation is None:
        raise InvalidInput.on("organisation_id", N_("This organisation does not exist."))
    existing = list(
        await db.scalars(
            select(Organisation.kind)
            .join(Membership, Membership.organisation_id == Organisation.id)
            .where(Membership.user_id == user.id)
        )
    )
    if await db.scalar(
        select(Membership.id).where(
            Membership.user_id == user.id, Membership.organisation_id == organisation.id
        )
    ):
        raise Conflict(N_("This person already belongs to this organisation."))
    umbrella = OrganisationKind.umbrella
    if organisation.kind == umbrella and umbrella in existing and body.umbrella_link_reason is None:
        raise InvalidInput.on(
            "umbrella_link_reason",
            N_("A second umbrella organisation needs a reason: self-employed, hired or seconded."),
        )
    membership = Membership(
        user_id=user.id,
        organisation_id=organisation.id,
        portal_admin=body.portal_admin,
        portal_employee=body.portal_employee,
        umbrella_link_reason=body.umbrella_link_reason,
    )
    db.add(membership)
    await db.flush()
    await audit.record_for_request(
        db,
        "membership.linked_by_staff",
        request=request,
        actor_user_id=actor.user_id,
        organisation_id=organisation.id,
        subject_type="user",
        subject_id=user.id,
        details={"reason": body.umbrella_link_reason},
    )


async def change_email(
    db: AsyncSession, request: Request, actor: Actor, user: User, new_email: str
) -> None:
    """The same account keeps its history; both addresses are told, all sessions end."""
    if await find_user_by_email(db, new_email) is not None:
        raise InvalidInput.on(
            "new_email", N_("There already is an account with this e-mail address.")
        )
    old_email = user.email
    user.email = new_email
    await revoke_sessions(db, user.id)
    for to in (old_email, new_email):
        await queue_mail(
            db,
            to=to,
            template="email_changed",
            language=user.preferred_language,
            context={"first_name": user.first_name, "new_email": new_email},
        )
    await db.flush()
    await audit.record_for_request(
        db,
        "account.email_changed_by_staff",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="user",
        subject_id=user.id,
        details={"old_email": old_email, "new_email": new_email},
    )


async def delete_account(db: AsyncSession, request: Request, actor: Actor, user: User) -> None:
    """Personal data is erased at once; kept records (audit, orders) keep a pseudonym."""
    if user.id == actor.user_id:
        raise Conflict(N_("You cannot delete your own account."))
    await queue_mail(
        db,
        to=user.email,
        template="account_deleted",
        language=user.preferred_language,
        context={"first_name": user.first_name},
    )
    await erase_personal_data(db, [user.id], by="staff", actor_user_id=actor.user_id)
    await audit.record_for_request(
        db,
        "account.deleted_by_staff",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="user",
        subject_id=user.id,
    )


async def audit_trail(db: AsyncSession, user: User, limit: int, offset: int) -> list[AuditEvent]:
    """What the person did, and what was done to their account."""
    statement = (
        select(AuditEvent)
        .where(or_(AuditEvent.actor_user_id == user.id, AuditEvent.subject_id == user.id))
        .order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(await db.scalars(statement))
