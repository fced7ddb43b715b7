"""Second factors: challenges at log-in and step-up, and setting factors up."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from redis.asyncio import Redis
from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth import mfa, sessions
from kring.auth.principal import Principal, Visitor
from kring.auth.tokens import token_hash
from kring.config import Settings
from kring.kit import throttle
from kring.kit.errors import (
    Conflict,
    InvalidInput,
    KringError,
    NotFound,
    TooManyRequests,
    Unauthorized,
)
from kring.kit.i18n import N_
from kring.models.mfa import MfaChallenge, MfaFactor, RecoveryCode
from kring.models.user import User
from kring.notifications.service import queue_mail, queue_sms

CHALLENGE_VALID = timedelta(minutes=10)
SMS_CODE_VALID = timedelta(minutes=10)
MAX_ATTEMPTS = 5
STEP_UP_VALID = timedelta(minutes=5)
SMS_PER_HOUR = 5
SMS_WINDOW_SECONDS = 3600


class StepUpRequired(KringError):
    """Sensitive actions need the second factor proven within the last five minutes."""

    status, slug, title = 401, "step-up-required", N_("Confirm it is you")


async def confirmed_factors(db: AsyncSession, user_id: uuid.UUID) -> list[MfaFactor]:
    rows = await db.scalars(
        select(MfaFactor)
        .where(MfaFactor.user_id == user_id, MfaFactor.confirmed_at.is_not(None))
        .order_by(MfaFactor.created_at)
    )
    return list(rows)


async def recovery_codes_left(db: AsyncSession, user_id: uuid.UUID) -> int:
    return int(
        await db.scalar(
            select(func.count())
            .select_from(RecoveryCode)
            .where(RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))
        )
        or 0
    )


async def factor_kinds(db: AsyncSession, user_id: uuid.UUID) -> list[str]:
    kinds = sorted({f.kind for f in await confirmed_factors(db, user_id)})
    if kinds and await recovery_codes_left(db, user_id):
        kinds.append("recovery_code")
    return kinds


async def open_challenge(
    db: AsyncSession, user: User, purpose: str, session_id: uuid.UUID | None = None
) -> MfaChallenge:
    challenge = MfaChallenge(
        user_id=user.id,
        purpose=purpose,
        session_id=session_id,
        expires_at=datetime.now(UTC) + CHALLENGE_VALID,
    )
    db.add(challenge)
    await db.flush()
    return challenge


async def _live_challenge(
    db: AsyncSession, challenge_id: uuid.UUID, purpose: str | None = None
) -> tuple[MfaChallenge, User]:
    found = (
        await db.execute(
            select(MfaChallenge, User)
            .join(User, User.id == MfaChallenge.user_id)
            .where(MfaChallenge.id == challenge_id)
            .with_for_update(of=MfaChallenge)
        )
    ).one_or_none()
    if found is None:
        raise NotFound()
    challenge, user = found
    dead = (
        challenge.completed_at is not None
        or challenge.expires_at <= datetime.now(UTC)
        or challenge.attempts >= MAX_ATTEMPTS
        or (purpose is not None and challenge.purpose != purpose)
    )
    if dead:
        raise Unauthorized(N_("This verification has expired. Log in again to get a new one."))
    return challenge, user


async def send_sms_code(
    db: AsyncSession, settings: Settings, challenge: MfaChallenge, phone: str
) -> None:
    code = mfa.new_sms_code()
    challenge.sms_code_hash = token_hash(settings, f"sms:{challenge.id}:{code}")
    challenge.sms_code_expires_at = datetime.now(UTC) + SMS_CODE_VALID
    await queue_sms(
        db,
        to=phone,
        text=f"Kring: {code} is uw verificatiecode / votre code / "
        "your code. Deel deze code met niemand.",
    )


async def _limit_texts(redis: Redis, user_id: uuid.UUID) -> None:
    """Text messages cost money and can be used to pester someone: a few per hour."""
    key = f"kring:mfa:sms:user:{user_id}"
    if await throttle.count_in_window(redis, key, SMS_WINDOW_SECONDS) > SMS_PER_HOUR:
        raise TooManyRequests(
            N_("Too many text messages. Try again in {minutes} minutes."),
            retry_after=await throttle.retry_after(redis, key),
        )


async def send_login_sms(
    db: AsyncSession, visitor: Visitor, redis: Redis, settings: Settings, challenge_id: uuid.UUID
) -> None:
    challenge, user = await _live_challenge(db, challenge_id)
    await _limit_texts(redis, user.id)
    sms_factor = next((f for f in await confirmed_factors(db, user.id) if f.kind == "sms"), None)
    if sms_factor is None or sms_factor.phone is None:
        raise InvalidInput.on(
            "challenge_id", N_("No text-message number is set up for this account.")
        )
    await send_sms_code(db, settings, challenge, sms_factor.phone)
    await audit.record(db, visitor, "mfa.sms_sent", person_id=user.id)


async def _check_code(
    db: AsyncSession,
    who: Principal | Visitor,
    settings: Settings,
    challenge: MfaChallenge,
    user: User,
    method: str,
    code: str,
) -> bool:
    now = datetime.now(UTC)
    if method == "sms":
        if challenge.sms_code_hash is None or (challenge.sms_code_expires_at or now) <= now:
            return False
        given = token_hash(settings, f"sms:{challenge.id}:{code.strip()}")
        if given != challenge.sms_code_hash:
            return False
        challenge.sms_code_hash = None  # single use
        return True
    if method == "recovery_code":
        used = await db.scalar(
            update(RecoveryCode)
            .where(
                RecoveryCode.user_id == user.id,
                RecoveryCode.used_at.is_(None),
                RecoveryCode.code_hash
                == token_hash(settings, "recovery:" + mfa.normalise_recovery_code(code)),
            )
            .values(used_at=now)
            .returning(RecoveryCode.id)
        )
        return used is not None
    for factor in await confirmed_factors(db, user.id):
        if factor.kind != "totp" or factor.secret_encrypted is None:
            continue
        step = mfa.matching_step(mfa.decrypt_secret(settings, factor.secret_encrypted), code, now)
        if step is None:
            continue
        if factor.last_used_step is not None and step <= factor.last_used_step:
            await audit.record(db, who, "mfa.totp_reused", outcome="failure", person_id=user.id)
            await queue_mail(
                db,
                to=user.email,
                template="mfa_code_reused",
                language=user.preferred_language,
                context={"first_name": user.first_name},
            )
            return False
        factor.last_used_step = step
        return True
    return False


@dataclass(frozen=True)
class Verified:
    """A second factor proven: for a log-in, the new session's cookie `session_token`."""

    user: User
    session_token: str | None = None


async def verify_challenge(
    db: AsyncSession,
    who: Principal | Visitor,
    redis: Redis,
    settings: Settings,
    challenge_id: uuid.UUID,
    method: str,
    code: str,
) -> Verified:
    """Prove the second factor: a log-in gets its session now; a step-up refreshes `who`'s."""
    current = who if isinstance(who, Principal) else None
    challenge, user = await _live_challenge(db, challenge_id)
    if challenge.purpose == "step_up" and (
        current is None or current.session is None or current.session.id != challenge.session_id
    ):
        raise NotFound()
    cooloff_key = f"kring:mfa:cooloff:user:{user.id}"
    if await redis.exists(cooloff_key):
        # Even the right code waits: otherwise opening new challenges would allow endless tries.
        raise TooManyRequests(
            N_("Too many wrong codes. Try again in {minutes} minutes."),
            retry_after=await throttle.retry_after(redis, cooloff_key),
        )
    challenge.attempts += 1
    if not await _check_code(db, who, settings, challenge, user, method, code):
        failures = await throttle.count_in_window(
            redis, f"kring:mfa:failures:user:{user.id}", settings.login_cooloff_minutes * 60
        )
        if failures >= settings.login_failures_before_cooloff:
            await redis.set(cooloff_key, "1", ex=settings.login_cooloff_minutes * 60)
        await audit.record(
            db,
            who,
            "mfa.verify",
            outcome="failure",
            person_id=user.id,
            details={"method": method, "attempt": challenge.attempts},
        )
        left = MAX_ATTEMPTS - challenge.attempts
        message = (
            N_("This code is not right. You can try {left} more times.")
            if left
            else N_("This code is not right, and this verification has ended. Log in again.")
        )
        raise InvalidInput.on("code", message, left=left, keep_changes=True)
    challenge.completed_at = datetime.now(UTC)
    session_token = None
    if challenge.purpose == "login":
        started = await sessions.start_session(db, settings, user, who)
        started.row.mfa_verified_at = datetime.now(UTC)
        started.row.mfa_verified_method = method
        user.last_login_at = datetime.now(UTC)
        await sessions.choose_only_organisation(db, started.row)
        session_token = started.token
    elif current is not None and current.session is not None:
        current.session.mfa_verified_at = datetime.now(UTC)
        current.session.mfa_verified_method = method
    await audit.record(
        db,
        who,
        "mfa.verify",
        person_id=user.id,
        details={"method": method, "purpose": challenge.purpose},
    )
    return Verified(user, session_token)


def require_recent_second_factor(principal: Principal, has_factors: bool) -> None:
    if not has_factors:
        return
    verified = principal.session.mfa_verified_at if principal.session else None
    if verified is None or datetime.now(UTC) - verified > STEP_UP_VALID:
        raise StepUpRequired(N_("Confirm it is you with your second factor, then try again."))


async def _mail_factor_changed(db: AsyncSession, user: User) -> None:
    await queue_mail(
        db,
        to=user.email,
        template="mfa_changed",
        language=user.preferred_language,
        context={"first_name": user.first_name},
    )


async def _drop_unconfirmed(db: AsyncSession, user_id: uuid.UUID, kind: str) -> None:
    """A set-up started again replaces the unfinished one instead of piling up."""
    await db.execute(
        delete(MfaFactor).where(
            MfaFactor.user_id == user_id, MfaFactor.kind == kind, MfaFactor.confirmed_at.is_(None)
        )
    )


async def start_totp(
    db: AsyncSession, principal: Principal, settings: Settings
) -> tuple[MfaFactor, str]:
    require_recent_second_factor(principal, bool(await confirmed_factors(db, principal.user_id)))
    await _drop_unconfirmed(db, principal.user_id, "totp")
    secret = mfa.new_totp_secret()
    factor = MfaFactor(
        user_id=principal.user_id,
        kind="totp",
        secret_encrypted=mfa.encrypt_secret(settings, secret),
    )
    db.add(factor)
    await db.flush()
    return factor, secret


async def _store_recovery_codes(
    db: AsyncSession, settings: Settings, user_id: uuid.UUID
) -> list[str]:
    await db.execute(
        update(RecoveryCode)
        .where(RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))
        .values(used_at=datetime.now(UTC))
    )
    codes = mfa.new_recovery_codes()
    db.add_all(
        RecoveryCode(
            user_id=user_id,
            code_hash=token_hash(settings, "recovery:" + mfa.normalise_recovery_code(code)),
        )
        for code in codes
    )
    await db.flush()
    return codes


async def _factor_confirmed(
    db: AsyncSession, principal: Principal, settings: Settings, factor: MfaFactor
) -> list[str] | None:
    first = not await confirmed_factors(db, principal.user_id)
    factor.confirmed_at = datetime.now(UTC)
    await db.flush()
    codes = await _store_recovery_codes(db, settings, principal.user_id) if first else None
    if principal.session is not None:
        principal.session.mfa_verified_at = datetime.now(UTC)
        principal.session.mfa_verified_method = factor.kind
    await sessions.revoke_sessions(
        db, principal.user_id, except_session=principal.session.id if principal.session else None
    )
    await _mail_factor_changed(db, principal.user)
    await audit.record(
        db,
        principal,
        "mfa.factor_added",
        subject_type="mfa_factor",
        subject_id=factor.id,
        details={"kind": factor.kind},
    )
    return codes


async def _own_unconfirmed(
    db: AsyncSession, principal: Principal, factor_id: uuid.UUID, kind: str
) -> MfaFactor:
    factor = await db.scalar(
        select(MfaFactor)
        .where(
            MfaFactor.id == factor_id,
            MfaFactor.user_id == principal.user_id,
            MfaFactor.kind == kind,
            MfaFactor.confirmed_at.is_(None),
        )
        .with_for_update()
    )
    if factor is None:
        raise NotFound()
    return factor


async def confirm_totp(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    factor_id: uuid.UUID,
    code: str,
) -> list[str] | None:
    factor = await _own_unconfirmed(db, principal, factor_id, "totp")
    assert factor.secret_encrypted is not None
    step = mfa.matching_step(
        mfa.decrypt_secret(settings, factor.secret_encrypted), code, datetime.now(UTC)
    )
    if step is None:
        raise InvalidInput.on(
            "code",
            N_("This code is not right. Check the time on your phone and try the newest code."),
        )
    factor.last_used_step = step
    return await _factor_confirmed(db, principal, settings, factor)


async def start_sms(
    db: AsyncSession, principal: Principal, redis: Redis, settings: Settings, phone: str
) -> MfaFactor:
    factors = await confirmed_factors(db, principal.user_id)
    if any(f.kind == "sms" for f in factors):
        raise Conflict(
            N_(
                "Your text-message number can only be changed by Kring's staff. "
                "Ask them to reset it; you will get an e-mail to enter a new one."
            )
        )
    require_recent_second_factor(principal, bool(factors))
    await _limit_texts(redis, principal.user_id)
    await _drop_unconfirmed(db, principal.user_id, "sms")
    factor = MfaFactor(user_id=principal.user_id, kind="sms", phone=phone)
    db.add(factor)
    await db.flush()
    challenge = await open_challenge(db, principal.user, "sms_setup")
    challenge.session_id = principal.session.id if principal.session else None
    await send_sms_code(db, settings, challenge, phone)
    return factor


async def confirm_sms(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    factor_id: uuid.UUID,
    code: str,
) -> list[str] | None:
    factor = await _own_unconfirmed(db, principal, factor_id, "sms")
    challenge = await db.scalar(
        select(MfaChallenge)
        .where(
            MfaChallenge.user_id == principal.user_id,
            MfaChallenge.purpose == "sms_setup",
            MfaChallenge.completed_at.is_(None),
        )
        .order_by(MfaChallenge.id.desc())  # v7 ids are time-ordered
        .limit(1)
        .with_for_update()
    )
    if challenge is None or challenge.attempts >= MAX_ATTEMPTS:
        raise InvalidInput.on("code", N_("This code has expired. Ask for a new one."))
    challenge.attempts += 1
    if not await _check_code(db, principal, settings, challenge, principal.user, "sms", code):
        raise InvalidInput.on("code", N_("This code is not right."), keep_changes=True)
    challenge.completed_at = datetime.now(UTC)
    return await _factor_confirmed(db, principal, settings, factor)


async def regenerate_recovery_codes(
    db: AsyncSession, principal: Principal, settings: Settings
) -> list[str]:
    if not await confirmed_factors(db, principal.user_id):
        raise Conflict(N_("Set up an authenticator app or text messages first."))
    require_recent_second_factor(principal, True)
    codes = await _store_recovery_codes(db, settings, principal.user_id)
    await _mail_factor_changed(db, principal.user)
    await audit.record(db, principal, "mfa.recovery_codes_renewed")
    return codes


async def remove_factor(db: AsyncSession, principal: Principal, factor_id: uuid.UUID) -> None:
    factors = await confirmed_factors(db, principal.user_id)
    factor = next((f for f in factors if f.id == factor_id), None)
    if factor is None:
        raise NotFound()
    if factor.kind == "sms":
        raise Conflict(
            N_(
                "Your text-message number can only be changed by Kring's staff. "
                "Ask them to reset it; you will get an e-mail to enter a new one."
            )
        )
    if principal.needs_second_factor and len(factors) == 1:
        raise Conflict(N_("Your account needs a second factor: add another one first."))
    require_recent_second_factor(principal, True)
    await db.delete(factor)
    await sessions.revoke_sessions(
        db, principal.user_id, except_session=principal.session.id if principal.session else None
    )
    await _mail_factor_changed(db, principal.user)
    await audit.record(
        db,
        principal,
        "mfa.factor_removed",
        subject_type="mfa_factor",
        subject_id=factor_id,
    )
