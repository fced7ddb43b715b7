"""Accounts: sign-up, e-mail verification, log-in with throttling, passwords and sessions."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts import mfa as mfa_service
from kring.accounts.repository import SessionRepository
from kring.accounts.schemas import SignupCreate
from kring.audit import service as audit
from kring.auth import passwords, sessions
from kring.auth.principal import Principal, Visitor
from kring.auth.tokens import new_token, token_hash
from kring.config import Settings
from kring.kit import throttle
from kring.kit.errors import InvalidInput, TooManyRequests, Unauthorized
from kring.kit.i18n import N_, Language
from kring.kit.links import portal_link
from kring.models.mfa import MfaChallenge
from kring.models.session import ActionToken, TokenPurpose, UserSession
from kring.models.user import User, UserStatus
from kring.notifications.service import queue_mail

VERIFY_EMAIL_VALID = timedelta(days=7)
ACTIVATION_VALID = timedelta(days=7)
_IP_WINDOW = 600
_EMAIL_WINDOW = 3600


def _email_key(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


async def find_user_by_email(db: AsyncSession, email: str) -> User | None:
    return await db.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))


async def check_password_policy(
    password: str, *, email: str, names: list[str | None], field: str
) -> None:
    problem = await passwords.password_problem(password, email=email, names=names)
    if problem is not None:
        raise InvalidInput.on(
            field, problem, min_length=passwords.MIN_LENGTH, max_length=passwords.MAX_LENGTH
        )


async def issue_token(
    db: AsyncSession, settings: Settings, user: User, purpose: TokenPurpose, valid: timedelta
) -> str:
    token = new_token()
    db.add(
        ActionToken(
            user_id=user.id,
            purpose=purpose,
            token_hash=token_hash(settings, token),
            expires_at=datetime.now(UTC) + valid,
            password_changed_at=user.password_changed_at,
        )
    )
    await db.flush()
    return token


async def use_token(
    db: AsyncSession, settings: Settings, token: str, purpose: TokenPurpose
) -> tuple[ActionToken, User]:
    """Spend a single-use link, or refuse it with one message for every reason it is dead."""
    found = (
        await db.execute(
            select(ActionToken, User)
            .join(User, User.id == ActionToken.user_id)
            .where(
                ActionToken.token_hash == token_hash(settings, token),
                ActionToken.purpose == purpose,
            )
            .with_for_update(of=ActionToken)
        )
    ).one_or_none()
    now = datetime.now(UTC)
    if found is not None:
        action, user = found
        alive = (
            action.used_at is None
            and action.expires_at > now
            and action.password_changed_at == user.password_changed_at
            and user.status != UserStatus.deleted
        )
        if alive:
            action.used_at = now
            await db.flush()
            return action, user
    raise InvalidInput.on(
        "token", N_("This link has expired or was already used. Ask for a new one.")
    )


async def limit_email_requests(
    redis: Redis, settings: Settings, kind: str, email: str, ip: str | None
) -> None:
    per_address = await throttle.count_in_window(
        redis, f"kring:limit:{kind}:addr:{_email_key(email)}", _EMAIL_WINDOW
    )
    per_ip = await throttle.count_in_window(redis, f"kring:limit:{kind}:ip:{ip}", _EMAIL_WINDOW)
    if (
        per_address > settings.email_requests_per_address_per_hour
        or per_ip > settings.email_requests_per_ip_per_hour
    ):
        raise TooManyRequests(
            N_("Too many requests. Try again in {minutes} minutes."), retry_after=_EMAIL_WINDOW
        )


async def sign_up(
    db: AsyncSession, visitor: Visitor, redis: Redis, settings: Settings, body: SignupCreate
) -> None:
    """Create an unverified account and mail the link; a known address gets a warning instead.

    Both paths answer the same and cost one password hash, so the answer reveals nothing.
    """
    await limit_email_requests(redis, settings, "signup", body.email, visitor.client_address)
    await check_password_policy(
        body.password, email=body.email, names=[body.first_name], field="password"
    )
    password_hash = await passwords.hash_password(body.password)
    existing = await find_user_by_email(db, body.email)
    if existing is not None:
        await queue_mail(
            db,
            to=existing.email,
            template="account_exists",
            language=existing.preferred_language,
            context={
                "first_name": existing.first_name,
                "reset_link": portal_link(settings, body.portal, "forgot-password"),
            },
        )
        await audit.record(
            db,
            visitor,
            "account.signup_existing",
            subject_type="user",
            subject_id=existing.id,
        )
        return
    user = User(
        email=body.email,
        first_name=body.first_name,
        language=body.language,
        status=UserStatus.invited,
        password_hash=password_hash,
        password_changed_at=datetime.now(UTC),
    )
    db.add(user)
    await db.flush()
    token = await issue_token(db, settings, user, TokenPurpose.verify_email, VERIFY_EMAIL_VALID)
    await queue_mail(
        db,
        to=user.email,
        template="verify_email",
        language=body.language,
        context={
            "first_name": user.first_name,
            "link": portal_link(settings, body.portal, "verify-email", token=token, next=body.next),
        },
    )
    await audit.record(
        db,
        visitor,
        "account.signup",
        person_id=user.id,
        subject_type="user",
        subject_id=user.id,
        details={"portal": body.portal},
    )


async def verify_email(db: AsyncSession, visitor: Visitor, settings: Settings, token: str) -> User:
    _, user = await use_token(db, settings, token, TokenPurpose.verify_email)
    if user.email_verified_at is None:
        user.email_verified_at = datetime.now(UTC)
    if user.status == UserStatus.invited:
        user.status = UserStatus.active
    await audit.record(
        db,
        visitor,
        "account.email_verified",
        person_id=user.id,
        subject_type="user",
        subject_id=user.id,
    )
    return user


@dataclass(frozen=True)
class LoggedIn:
    """A password that was right: a session (its cookie `session_token`) or a challenge."""

    user: User
    challenge: MfaChallenge | None = None
    session_token: str | None = None


async def log_in(
    db: AsyncSession,
    visitor: Visitor,
    redis: Redis,
    settings: Settings,
    email: str,
    password: str,
) -> LoggedIn:
    """Check the password; then either a session starts, or a second-factor challenge opens."""
    ip = visitor.client_address
    account_key = f"kring:login:fail:{_email_key(email)}"
    cooloff_key = f"kring:login:cooloff:{_email_key(email)}"
    if await redis.exists(cooloff_key):
        raise TooManyRequests(
            N_("Too many failed attempts. Try again in {minutes} minutes."),
            retry_after=await throttle.retry_after(redis, cooloff_key),
        )
    attempts_from_ip = await throttle.count_in_window(redis, f"kring:login:ip:{ip}", _IP_WINDOW)
    if attempts_from_ip > settings.login_attempts_per_ip_per_10_minutes:
        raise TooManyRequests(
            N_("Too many log-in attempts from your network. Try again in {minutes} minutes."),
            retry_after=_IP_WINDOW,
        )

    user = await find_user_by_email(db, email)
    right = await passwords.verify_password(user.password_hash if user else None, password)
    if user is None or not right or user.status in (UserStatus.deleted,):
        failures = await redis.incr(account_key)
        await redis.expire(account_key, settings.login_cooloff_minutes * 60)
        if failures >= settings.login_failures_before_cooloff:
            await redis.set(cooloff_key, "1", ex=settings.login_cooloff_minutes * 60)
            await redis.delete(account_key)
        await audit.record(
            db,
            visitor,
            "auth.login",
            outcome="failure",
            person_id=user.id if user else None,
            details={"reason": "bad_credentials"},
        )
        raise Unauthorized(N_("The e-mail address or password is not right."), keep_changes=True)
    if user.status == UserStatus.invited:
        raise Unauthorized(N_("Confirm your e-mail address first: use the link we sent you."))
    if user.status == UserStatus.deactivated:
        raise Unauthorized(N_("Your account has been deactivated. Ask Kring to reactivate it."))

    await redis.delete(account_key)
    if passwords.needs_rehash(user.password_hash or ""):
        user.password_hash = await passwords.hash_password(password)
    await audit.record(
        db,
        visitor,
        "auth.login",
        person_id=user.id,
        subject_type="user",
        subject_id=user.id,
        details={"stage": "password"},
    )
    if await mfa_service.confirmed_factors(db, user.id):
        challenge = await mfa_service.open_challenge(db, user, "login")
        return LoggedIn(user, challenge=challenge)
    user.last_login_at = datetime.now(UTC)
    started = await sessions.start_session(db, settings, user, visitor)
    await sessions.choose_only_organisation(db, started.row)
    return LoggedIn(user, session_token=started.token)


async def log_out(db: AsyncSession, principal: Principal) -> None:
    """Ends the principal's session; the endpoint removes its cookies."""
    if principal.session is not None:
        principal.session.revoked_at = datetime.now(UTC)
    await audit.record(db, principal, "auth.logout")


async def set_password(db: AsyncSession, user: User, new_password: str, field: str) -> None:
    await check_password_policy(
        new_password, email=user.email, names=[user.first_name, user.last_name], field=field
    )
    user.password_hash = await passwords.hash_password(new_password)
    user.password_changed_at = datetime.now(UTC)
    await db.flush()


async def mail_password_changed(db: AsyncSession, user: User) -> None:
    await queue_mail(
        db,
        to=user.email,
        template="password_changed",
        language=user.preferred_language,
        context={"first_name": user.first_name},
    )


async def list_sessions(db: AsyncSession, principal: Principal) -> list[UserSession]:
    return await SessionRepository(db).live(principal)


async def revoke_session(db: AsyncSession, principal: Principal, session_id: uuid.UUID) -> None:
    """Ends one of the principal's own sessions; anyone else's is not found."""
    row = await SessionRepository(db).get(principal, session_id, for_update=True)
    row.revoked_at = datetime.now(UTC)
    await audit.record(
        db,
        principal,
        "auth.session_revoked",
        subject_type="session",
        subject_id=session_id,
    )


async def invite(
    db: AsyncSession,
    settings: Settings,
    *,
    email: str,
    first_name: str,
    portal: str,
    staff_role: str | None = None,
    language: Language = "nl",
) -> tuple[User, str]:
    """An account made for someone (by staff or an admin): activation link valid for 7 days."""
    if await find_user_by_email(db, email) is not None:
        raise InvalidInput.on("email", N_("There already is an account with this e-mail address."))
    user = User(
        email=email,
        first_name=first_name,
        language=language,
        status=UserStatus.invited,
        staff_role=staff_role,
    )
    db.add(user)
    await db.flush()
    token = await issue_token(db, settings, user, TokenPurpose.activate, ACTIVATION_VALID)
    link = portal_link(settings, portal, "activate", token=token)
    await queue_mail(
        db,
        to=user.email,
        template="account_activation",
        language=language,
        context={"first_name": first_name, "link": link},
    )
    return user, link


async def activate(
    db: AsyncSession, visitor: Visitor, settings: Settings, token: str, password: str
) -> None:
    """Set the first password from the activation link; the person then logs in (and sets up
    2FA where required)."""
    _, user = await use_token(db, settings, token, TokenPurpose.activate)
    await set_password(db, user, password, "password")
    user.status = UserStatus.active
    user.email_verified_at = datetime.now(UTC)
    await audit.record(
        db,
        visitor,
        "account.activated",
        person_id=user.id,
        subject_type="user",
        subject_id=user.id,
    )


# What other domains use of accounts (their only way in).
from kring.accounts.lifecycle import erase_personal_data as erase_personal_data  # noqa: E402
from kring.accounts.mfa import STEP_UP_VALID as STEP_UP_VALID  # noqa: E402
from kring.accounts.mfa import StepUpRequired as StepUpRequired  # noqa: E402
from kring.accounts.mfa import (  # noqa: E402
    confirmed_factors as confirmed_factors,
)
from kring.accounts.mfa import (  # noqa: E402
    require_recent_second_factor as require_recent_second_factor,
)
