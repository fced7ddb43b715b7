"""An organisation's members: listing, adding, changing, rights, removal, 2FA reset."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import Request
from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.service import find_user_by_email
from kring.audit import service as audit
from kring.auth.actor import Actor
from kring.auth.sessions import revoke_sessions
from kring.kit.db import contains_pattern
from kring.kit.errors import Conflict, InvalidInput, NotFound
from kring.kit.i18n import N_
from kring.members.auth import MemberContext, require_admin
from kring.members.schemas import MemberCreate, MemberPage, MemberRead, MemberRights, MemberUpdate
from kring.models.mfa import MfaFactor, RecoveryCode
from kring.models.organisation import Membership, Organisation
from kring.models.user import User, UserStatus
from kring.notifications.service import queue_mail

_PERSONAL = ("initials", "first_name", "prefix", "last_name", "birth_date", "gender")
_REQUIRED = ("first_name", "last_name", "email_services", "contact_for_all_projects")

_HAS_FACTOR = (
    exists()
    .where(MfaFactor.user_id == User.id, MfaFactor.confirmed_at.is_not(None))
    .correlate(User)
)


def _read(membership: Membership, user: User, has_factor: bool) -> MemberRead:
    return MemberRead(
        id=membership.id,
        user_id=user.id,
        email=user.email,
        full_name=user.display_name,
        initials=user.initials,
        first_name=user.first_name,
        prefix=user.prefix,
        last_name=user.last_name,
        birth_date=user.birth_date,
        gender=user.gender,  # checked by the database
        phone=membership.phone,
        mobile=membership.mobile,
        department=membership.department,
        function_code=membership.function_code,
        function_on_business_card=membership.function_on_business_card,
        portal_admin=membership.portal_admin,
        portal_employee=membership.portal_employee,
        email_services=membership.email_services,
        contact_for_all_projects=membership.contact_for_all_projects,
        account_status=user.status,  # checked by the database
        has_second_factor=has_factor,
    )


def _members_of(organisation_id: uuid.UUID) -> Any:
    return (
        select(Membership, User, _HAS_FACTOR.label("has_factor"))
        .join(User, User.id == Membership.user_id)
        .where(Membership.organisation_id == organisation_id, User.status != UserStatus.deleted)
    )


async def list_members(
    db: AsyncSession, context: MemberContext, q: str | None, limit: int, offset: int
) -> MemberPage:
    statement = _members_of(context.organisation.id)
    if q:
        pattern = contains_pattern(q)
        name = User.display_name_sql()
        statement = statement.where(
            or_(
                name.ilike(pattern), User.email.ilike(pattern), Membership.department.ilike(pattern)
            )
        )
    total = await db.scalar(select(func.count()).select_from(statement.subquery()))
    rows = await db.execute(
        statement.order_by(
            func.lower(func.coalesce(User.last_name, "")), func.lower(User.first_name), User.id
        )
        .limit(limit)
        .offset(offset)
    )
    return MemberPage(items=[_read(m, u, f) for m, u, f in rows.all()], total=int(total or 0))


async def get_member(
    db: AsyncSession, context: MemberContext, membership_id: uuid.UUID, *, lock: bool = False
) -> tuple[Membership, User, bool]:
    statement = _members_of(context.organisation.id).where(Membership.id == membership_id)
    if lock:
        statement = statement.with_for_update(of=Membership)
    row = (await db.execute(statement)).first()
    if row is None:
        raise NotFound()
    return row[0], row[1], bool(row[2])


async def read_member(
    db: AsyncSession, context: MemberContext, membership_id: uuid.UUID
) -> MemberRead:
    return _read(*await get_member(db, context, membership_id))


async def _audit(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    action: str,
    context: MemberContext,
    membership: Membership,
    details: dict[str, Any] | None = None,
) -> None:
    await audit.record_for_request(
        db,
        action,
        request=request,
        actor_user_id=actor.user_id,
        organisation_id=context.organisation.id,
        subject_type="membership",
        subject_id=membership.id,
        details={"user_id": str(membership.user_id), **(details or {})},
    )


async def add_member(
    db: AsyncSession, request: Request, actor: Actor, context: MemberContext, body: MemberCreate
) -> MemberRead:
    """A new account in `invited`; the activation job mails it within 60 minutes."""
    require_admin(context)
    if await find_user_by_email(db, body.email) is not None:
        raise Conflict(
            N_(
                "This person already has a Kring account. Ask Kring to link it to your "
                "organisation."
            )
        )
    user = User(
        email=body.email,
        status=UserStatus.invited,
        language=body.language,
        **{field: getattr(body, field) for field in _PERSONAL},
    )
    db.add(user)
    await db.flush()
    membership = Membership(
        user_id=user.id,
        organisation_id=context.organisation.id,
        **body.model_dump(exclude={"email", "language", *_PERSONAL}),
    )
    db.add(membership)
    await db.flush()
    await _audit(
        db,
        request,
        actor,
        "membership.created",
        context,
        membership,
        {"portal_admin": body.portal_admin, "portal_employee": body.portal_employee},
    )
    return _read(membership, user, False)


def _apply_details(membership: Membership, user: User, changes: dict[str, Any]) -> None:
    for field in _REQUIRED:
        if field in changes and changes[field] is None:
            raise InvalidInput.on(field, N_("This field is required."))
    for field, value in changes.items():
        setattr(user if field in _PERSONAL else membership, field, value)


async def update_member(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    context: MemberContext,
    membership_id: uuid.UUID,
    body: MemberUpdate,
) -> MemberRead:
    require_admin(context)
    membership, user, has_factor = await get_member(db, context, membership_id, lock=True)
    changes = body.model_dump(exclude_unset=True)
    _apply_details(membership, user, changes)
    await db.flush()
    await _audit(
        db, request, actor, "membership.changed", context, membership, {"fields": sorted(changes)}
    )
    return _read(membership, user, has_factor)


async def update_own_details(
    db: AsyncSession, request: Request, actor: Actor, context: MemberContext, body: MemberUpdate
) -> MemberRead:
    """Everyone edits their own details and flags; rights are for admins (`/rights`)."""
    if context.own is None:
        raise NotFound()
    membership, user, has_factor = await get_member(db, context, context.own.id, lock=True)
    changes = body.model_dump(exclude_unset=True)
    _apply_details(membership, user, changes)
    await db.flush()
    await _audit(
        db,
        request,
        actor,
        "membership.changed",
        context,
        membership,
        {"fields": sorted(changes), "own": True},
    )
    return _read(membership, user, has_factor)


async def _require_step_up(db: AsyncSession, actor: Actor) -> None:
    """Rights, removal and 2FA resets change who can reach client data: a recent second factor."""
    from kring.accounts.mfa import confirmed_factors, require_recent_second_factor

    require_recent_second_factor(actor, bool(await confirmed_factors(db, actor.user_id)))


async def _lock_organisation(db: AsyncSession, organisation: Organisation) -> None:
    """Rights changes of one organisation take turns, so two admins cannot both step down."""
    await db.execute(
        select(Organisation.id).where(Organisation.id == organisation.id).with_for_update()
    )


async def _is_last_admin(db: AsyncSession, membership: Membership) -> bool:
    if not (membership.portal_admin and membership.portal_employee):
        return False
    others = await db.scalar(
        select(func.count())
        .select_from(Membership)
        .join(User, User.id == Membership.user_id)
        .where(
            Membership.organisation_id == membership.organisation_id,
            Membership.id != membership.id,
            Membership.portal_admin.is_(True),
            Membership.portal_employee.is_(True),
            User.status.in_((UserStatus.active, UserStatus.invited)),
        )
    )
    return not others


async def set_rights(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    context: MemberContext,
    membership_id: uuid.UUID,
    body: MemberRights,
) -> MemberRead:
    require_admin(context)
    await _require_step_up(db, actor)
    await _lock_organisation(db, context.organisation)
    membership, user, has_factor = await get_member(db, context, membership_id, lock=True)
    stays_admin = body.portal_admin and body.portal_employee
    if not stays_admin and await _is_last_admin(db, membership):
        raise Conflict(
            N_("An organisation needs at least one portal admin: make someone else admin first.")
        )
    before = {
        "portal_admin": membership.portal_admin,
        "portal_employee": membership.portal_employee,
    }
    membership.portal_admin = body.portal_admin
    membership.portal_employee = body.portal_employee
    await db.flush()
    await _audit(
        db,
        request,
        actor,
        "membership.rights_changed",
        context,
        membership,
        {"before": before, "after": body.model_dump()},
    )
    return _read(membership, user, has_factor)


async def remove_member(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    context: MemberContext,
    membership_id: uuid.UUID,
) -> None:
    """The person leaves the organisation; their account (and other memberships) stay."""
    require_admin(context)
    await _require_step_up(db, actor)
    await _lock_organisation(db, context.organisation)
    membership, _, _ = await get_member(db, context, membership_id, lock=True)
    if await _is_last_admin(db, membership):
        raise Conflict(
            N_("An organisation needs at least one portal admin: make someone else admin first.")
        )
    await _audit(db, request, actor, "membership.removed", context, membership)
    await db.delete(membership)
    await db.flush()


async def reset_member_mfa(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    context: MemberContext,
    membership_id: uuid.UUID,
) -> None:
    """All factors and recovery codes go; the person sets up 2FA again at the next log-in."""
    require_admin(context)
    await _require_step_up(db, actor)
    membership, user, _ = await get_member(db, context, membership_id, lock=True)
    if user.id == actor.user_id:
        raise Conflict(N_("Change your own two-step verification under Account security."))
    elsewhere = await db.scalar(
        select(Membership.id).where(
            Membership.user_id == user.id, Membership.organisation_id != context.organisation.id
        )
    )
    if actor.staff_role is None and (user.staff_role is not None or elsewhere is not None):
        # It would also change their access to other organisations (or to Kring itself).
        raise Conflict(
            N_(
                "This person also works for another organisation: ask Kring to reset their "
                "two-step verification."
            )
        )
    await db.execute(delete(MfaFactor).where(MfaFactor.user_id == user.id))
    await db.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    await revoke_sessions(db, user.id)
    await queue_mail(
        db,
        to=user.email,
        template="mfa_reset_by_admin",
        language=user.preferred_language,
        context={"first_name": user.first_name, "organisation": context.organisation.name},
    )
    await _audit(db, request, actor, "mfa.reset_by_admin", context, membership)
