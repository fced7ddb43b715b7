"""Changing credentials: forgotten and changed passwords, and a new e-mail address."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.auth import email_managed_by_staff
from kring.accounts.mfa import confirmed_factors, require_recent_second_factor
from kring.accounts.service import (
    find_user_by_email,
    limit_email_requests,
    mail_password_changed,
    set_password,
    use_token,
)
from kring.audit import service as audit
from kring.auth import passwords, sessions
from kring.auth.principal import Principal, Visitor
from kring.auth.tokens import new_token, token_hash
from kring.config import Settings
from kring.kit import outbox
from kring.kit.errors import Conflict, InvalidInput
from kring.kit.i18n import N_
from kring.kit.links import portal_link
from kring.models.session import ActionToken, TokenPurpose
from kring.models.user import UserStatus
from kring.notifications.service import queue_mail

RESET_PASSWORD_VALID = timedelta(minutes=60)
CHANGE_EMAIL_VALID = timedelta(hours=24)
# The outbox task that looks the address up and mails the link (kring.accounts.tasks).
RESET_LINK_TASK = "accounts.reset_link"


async def request_password_reset(
    db: AsyncSession, visitor: Visitor, redis: Redis, settings: Settings, email: str, portal: str
) -> None:
    """Known or unknown, the request does the same work: the lookup happens in the worker, so
    the answer's timing cannot tell whether an address has an account."""
    ip = visitor.client_address
    await limit_email_requests(redis, settings, "reset", email, ip)
    await outbox.add(db, RESET_LINK_TASK, {"email": email, "portal": portal, "ip": ip})


async def reset_password(
    db: AsyncSession, visitor: Visitor, settings: Settings, token: str, new_password: str
) -> None:
    """Set a new password from a reset link; every session ends, and it never logs anyone in."""
    _, user = await use_token(db, settings, token, TokenPurpose.reset_password)
    await set_password(db, user, new_password, "new_password")
    if user.status == UserStatus.invited and user.email_verified_at is None:
        # The link reached the mailbox, which is what verification proves.
        user.email_verified_at = datetime.now(UTC)
        user.status = UserStatus.active
    await sessions.revoke_sessions(db, user.id)
    await mail_password_changed(db, user)
    await audit.record(
        db,
        visitor,
        "auth.password_reset",
        person_id=user.id,
        subject_type="user",
        subject_id=user.id,
    )


async def change_password(
    db: AsyncSession, principal: Principal, current_password: str, new_password: str
) -> None:
    user = principal.user
    if not await passwords.verify_password(user.password_hash, current_password):
        await audit.record(
            db,
            principal,
            "auth.password_change",
            outcome="failure",
            subject_type="user",
            subject_id=user.id,
        )
        raise InvalidInput.on("current_password", N_("This is not your current password."))
    await set_password(db, user, new_password, "new_password")
    await sessions.revoke_sessions(
        db, user.id, except_session=principal.session.id if principal.session else None
    )
    await mail_password_changed(db, user)
    await audit.record(
        db,
        principal,
        "auth.password_change",
        subject_type="user",
        subject_id=user.id,
    )


async def request_email_change(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    new_email: str,
    portal: str,
) -> None:
    """Self-service for partner and provider accounts; organisation-managed ones ask staff."""
    user = principal.user
    if email_managed_by_staff(principal):
        raise Conflict(
            N_("Your e-mail address is managed by Kring's staff: ask them to change it.")
        )
    if principal.is_member:
        raise Conflict(
            N_(
                "Your organisation manages your e-mail address: ask your organisation's portal "
                "admin or Kring to change it."
            )
        )
    require_recent_second_factor(principal, bool(await confirmed_factors(db, user.id)))
    if new_email.lower() == user.email.lower():
        raise InvalidInput.on("new_email", N_("This already is your e-mail address."))
    token = new_token()
    db.add(
        ActionToken(
            user_id=user.id,
            purpose=TokenPurpose.change_email,
            token_hash=token_hash(settings, token),
            new_email=new_email,
            password_changed_at=user.password_changed_at,
            expires_at=datetime.now(UTC) + CHANGE_EMAIL_VALID,
        )
    )
    await db.flush()
    # A taken address gets no link (and the answer is the same): no account enumeration.
    if await find_user_by_email(db, new_email) is None:
        await queue_mail(
            db,
            to=new_email,
            template="confirm_email_change",
            language=user.preferred_language,
            context={
                "first_name": user.first_name,
                "link": portal_link(settings, portal, "confirm-email", token=token),
            },
        )
    await audit.record(
        db,
        principal,
        "account.email_change_requested",
        subject_type="user",
        subject_id=user.id,
    )


async def confirm_email_change(
    db: AsyncSession, visitor: Visitor, settings: Settings, token: str
) -> None:
    """Switch to the new address; every session ends and the old address is told."""
    action, user = await use_token(db, settings, token, TokenPurpose.change_email)
    assert action.new_email is not None
    if await find_user_by_email(db, action.new_email) is not None:
        raise Conflict(N_("There already is an account with this e-mail address."))
    old_email = user.email
    user.email = action.new_email
    user.email_verified_at = datetime.now(UTC)
    await sessions.revoke_sessions(db, user.id)
    await queue_mail(
        db,
        to=old_email,
        template="email_changed",
        language=user.preferred_language,
        context={"first_name": user.first_name, "new_email": action.new_email},
    )
    await audit.record(
        db,
        visitor,
        "account.email_changed",
        person_id=user.id,
        subject_type="user",
        subject_id=user.id,
    )
