"""Staff administration of accounts: create, link, (de)activate, change an e-mail, reset the
2FA phone number, end sessions, delete; and the audit of staff's reads of an account."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.lifecycle import erase_personal_data
from kring.accounts.repository import AccountRepository
from kring.accounts.service import find_user_by_email, invite
from kring.accounts.staff_schemas import AccountCreate, MembershipCreate
from kring.audit import service as audit
from kring.auth import api_clients
from kring.auth.principal import Principal, Visitor, works_for_a_branch
from kring.auth.sessions import revoke_sessions
from kring.config import Settings
from kring.kit.errors import Conflict, InvalidInput
from kring.kit.i18n import N_
from kring.kit.links import portal_link
from kring.models.mfa import MfaFactor, RecoveryCode
from kring.models.organisation import Membership, Organisation, OrganisationKind
from kring.models.user import User, UserStatus
from kring.notifications.service import queue_mail
from kring.providers import service as providers


async def user_to_administer(db: AsyncSession, principal: Principal, user_id: uuid.UUID) -> User:
    """A person's account, locked for the change; deleted accounts are gone for staff too."""
    return await AccountRepository(db).get(principal, user_id, for_update=True)


async def home_portal(db: AsyncSession, user: User) -> str:
    """Where the person's links lead: members of organisations use the pro portal."""
    return "pro" if await AccountRepository(db).has_membership(user.id) else "partner"


async def _tell(db: AsyncSession, user: User, template: str, **context: object) -> None:
    """Mail the person about what staff did to their account, in their language."""
    await queue_mail(
        db,
        to=user.email,
        template=template,
        language=user.preferred_language,
        context={"first_name": user.first_name, **context},
    )


async def _tell_with_portal_link(
    db: AsyncSession, settings: Settings, user: User, template: str, path: str
) -> None:
    portal = await home_portal(db, user)
    await _tell(db, user, template, link=portal_link(settings, portal, path))


async def _record(
    db: AsyncSession, principal: Principal, action: str, user: User, **details: object
) -> None:
    await audit.record(
        db, principal, action, subject_type="user", subject_id=user.id, details=details or None
    )


async def viewed(
    db: AsyncSession, principal: Principal, user_id: uuid.UUID, what: str = ""
) -> None:
    """Staff read the account's record (NEN 7513): `account.viewed`, or `account.{what}_viewed`
    for a part of it (`audit_trail`, `sessions`)."""
    action = f"account.{what}_viewed" if what else "account.viewed"
    # About a person, not about an organisation the staff member may also belong to.
    await audit.record(
        db, principal, action, subject_type="user", subject_id=user_id, organisation_id=None
    )


async def end_sessions(db: AsyncSession, principal: Principal, user: User) -> int:
    """Logs the person out everywhere; they can log in again (unlike a deactivation)."""
    ended = await revoke_sessions(db, user.id)
    await _record(db, principal, "account.sessions_ended", user, ended=ended)
    return ended


async def deactivate(db: AsyncSession, principal: Principal, user: User) -> User:
    if user.status != UserStatus.active:
        raise Conflict(N_("Only an active account can be deactivated."))
    if user.id == principal.user_id:
        raise Conflict(N_("You cannot deactivate your own account."))
    user.status = UserStatus.deactivated
    await revoke_sessions(db, user.id)
    await api_clients.end_tokens_of(db, [user.id])
    await providers.take_offline(db, [user.id], by="staff", actor_user_id=principal.user_id)
    await _tell(db, user, "account_deactivated_by_staff")
    await _record(db, principal, "account.deactivated", user)
    return user


async def reactivate(
    db: AsyncSession, settings: Settings, principal: Principal, user: User
) -> User:
    """Counts as activity, so the lifecycle job gives the person a fresh six months."""
    if user.status != UserStatus.deactivated:
        raise Conflict(N_("Only a deactivated account can be reactivated."))
    user.status = UserStatus.active
    user.reactivated_at = datetime.now(UTC)
    user.inactivity_warned_at = None
    await db.flush()  # the database lets a profile be live only for an active account
    await providers.bring_back_online(db, [user.id], by="staff", actor_user_id=principal.user_id)
    await _tell_with_portal_link(db, settings, user, "account_reactivated", "login")
    await _record(db, principal, "account.reactivated", user)
    return user


async def reset_mfa_phone(
    db: AsyncSession, settings: Settings, principal: Principal, user: User
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
    await _tell_with_portal_link(db, settings, user, "mfa_phone_reset", "account/security")
    await _record(db, principal, "mfa.phone_reset", user)


async def create_account(
    db: AsyncSession, settings: Settings, principal: Principal, body: AccountCreate
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
    await audit.record(
        db,
        principal,
        "account.created_by_staff",
        organisation_id=organisation.id,
        subject_type="user",
        subject_id=user.id,
    )
    return user


async def set_staff_branch(
    db: AsyncSession, principal: Principal | Visitor, user: User, branch_id: uuid.UUID | None
) -> None:
    """Branch staff see and handle the orders of the supplier branch they work for."""
    if branch_id is not None:
        if not works_for_a_branch(user):
            raise InvalidInput.on(
                "branch_id", N_("Only staff with the branch role work for a branch.")
            )
        kind = await db.scalar(select(Organisation.kind).where(Organisation.id == branch_id))
        if kind != OrganisationKind.supplier_branch:
            raise InvalidInput.on("branch_id", N_("Choose a supplier branch."))
    user.staff_branch_id = branch_id
    await db.flush()
    await audit.record(
        db,
        principal,
        "account.staff_branch_set",
        subject_type="user",
        subject_id=user.id,
        details={"branch_id": str(branch_id) if branch_id else None},
    )


async def link_membership(
    db: AsyncSession, principal: Principal, user: User, body: MembershipCreate
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
    await audit.record(
        db,
        principal,
        "membership.linked_by_staff",
        organisation_id=organisation.id,
        subject_type="user",
        subject_id=user.id,
        details={"reason": body.umbrella_link_reason},
    )


async def change_email(db: AsyncSession, principal: Principal, user: User, new_email: str) -> None:
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
    await _record(
        db,
        principal,
        "account.email_changed_by_staff",
        user,
        old_email=old_email,
        new_email=new_email,
    )


async def delete_account(db: AsyncSession, principal: Principal, user: User) -> None:
    """Personal data is erased at once; kept records (audit, orders) keep a pseudonym."""
    if user.id == principal.user_id:
        raise Conflict(N_("You cannot delete your own account."))
    await _tell(db, user, "account_deleted")
    await erase_personal_data(db, [user.id], by="staff", actor_user_id=principal.user_id)
    await _record(db, principal, "account.deleted_by_staff", user)
