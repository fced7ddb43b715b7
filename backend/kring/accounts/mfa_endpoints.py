"""Second factors: answering challenges (`/auth/mfa`) and managing my factors (`/me/mfa`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status

from kring.accounts import me
from kring.accounts import mfa as mfa_service
from kring.accounts.auth import AnyVisitor, SignedInDuringSetup
from kring.accounts.endpoints import RedisDep
from kring.accounts.schemas import (
    Accepted,
    ChallengeBody,
    CodeBody,
    FactorAdded,
    FactorInfo,
    MfaRequired,
    MfaVerify,
    RecoveryCodes,
    Security,
    SignedIn,
    SmsFactorCreate,
    TotpSetup,
)
from kring.auth import mfa, sessions
from kring.auth.dependencies import signed_in_during_setup
from kring.auth.principal import Principal
from kring.config import SettingsDep
from kring.kit.db import DbSession
from kring.kit.errors import Unauthorized, problem_responses
from kring.kit.i18n import _

challenge_router = APIRouter(prefix="/auth/mfa", tags=["auth"])
factors_router = APIRouter(prefix="/me", tags=["me"])


async def _signed_in_or_none(request: Request, db: DbSession) -> Principal | None:
    """The signed-in person (a step-up), even during a required set-up; else None (a log-in)."""
    try:
        return await signed_in_during_setup(request, db)
    except Unauthorized:
        return None


@challenge_router.post(
    "/verify",
    operation_id="auth:verify_mfa",
    summary="Answer a second-factor challenge",
    responses=problem_responses(401, 404, 422, 429),
)
async def verify_mfa(
    body: MfaVerify,
    visitor: AnyVisitor,
    response: Response,
    db: DbSession,
    settings: SettingsDep,
    current: Annotated[Principal | None, Depends(_signed_in_or_none)],
    redis: RedisDep,
) -> SignedIn:
    """An app code, SMS code or recovery code; 5 tries per challenge, and a cool-off after
    repeated wrong codes on the account. Starts the session."""
    verified = await mfa_service.verify_challenge(
        db, current or visitor, redis, settings, body.challenge_id, body.method, body.code
    )
    if verified.session_token is not None:
        sessions.set_session_cookies(response, settings, verified.session_token)
    principal = current or sessions.person_principal(verified.user, visitor)
    return await me.signed_in(db, principal)


@challenge_router.post(
    "/sms",
    operation_id="auth:send_mfa_sms",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Text me a code for this challenge",
    responses=problem_responses(401, 404, 422, 429),
)
async def send_mfa_sms(
    body: ChallengeBody, visitor: AnyVisitor, db: DbSession, settings: SettingsDep, redis: RedisDep
) -> Accepted:
    """A 6-digit code, valid 10 minutes, for this challenge only; a few per hour at most."""
    await mfa_service.send_login_sms(db, visitor, redis, settings, body.challenge_id)
    return Accepted(detail=_("We sent a code by text message."))


@challenge_router.post(
    "/step-up",
    operation_id="auth:start_step_up",
    summary="Confirm it is me (step-up)",
    responses=problem_responses(401, 403),
)
async def start_step_up(db: DbSession, principal: SignedInDuringSetup) -> MfaRequired:
    """Opens a challenge for this session; answering it allows sensitive actions for 5 minutes."""
    challenge = await mfa_service.open_challenge(
        db, principal.user, "step_up", principal.session.id if principal.session else None
    )
    return MfaRequired(
        challenge_id=challenge.id, factors=await mfa_service.factor_kinds(db, principal.user_id)
    )


@factors_router.get(
    "/security",
    operation_id="me:get_security",
    summary="My second factors",
    responses=problem_responses(401),
)
async def get_security(db: DbSession, principal: SignedInDuringSetup) -> Security:
    """Which factors I have, how many recovery codes are left, and whether 2FA is required."""
    factors = await mfa_service.confirmed_factors(db, principal.user_id)
    return Security(
        mfa_required=principal.needs_second_factor,
        factors=[
            FactorInfo(
                id=f.id,
                kind=f.kind,
                phone_ending=f.phone[-3:] if f.phone else None,
                confirmed_at=f.confirmed_at,
            )
            for f in factors
        ],
        recovery_codes_left=await mfa_service.recovery_codes_left(db, principal.user_id),
        mfa_verified_at=principal.session.mfa_verified_at if principal.session else None,
    )


@factors_router.post(
    "/mfa/totp",
    operation_id="me:start_totp",
    status_code=status.HTTP_201_CREATED,
    summary="Start adding an authenticator app",
    responses=problem_responses(401, 403),
)
async def start_totp(
    db: DbSession, settings: SettingsDep, principal: SignedInDuringSetup
) -> TotpSetup:
    """Returns the secret and its QR code; the factor counts once a first code confirms it."""
    factor, secret = await mfa_service.start_totp(db, principal, settings)
    uri = mfa.provisioning_uri(secret, principal.user.email)
    return TotpSetup(factor_id=factor.id, secret=secret, otpauth_uri=uri, qr_svg=mfa.qr_svg(uri))


@factors_router.post(
    "/mfa/totp/{factor_id}/confirm",
    operation_id="me:confirm_totp",
    summary="Confirm an authenticator app with its first code",
    responses=problem_responses(401, 403, 404, 422),
)
async def confirm_totp(
    factor_id: uuid.UUID,
    body: CodeBody,
    db: DbSession,
    settings: SettingsDep,
    principal: SignedInDuringSetup,
) -> FactorAdded:
    """Ends your other sessions and mails you; the first factor comes with 10 recovery codes."""
    codes = await mfa_service.confirm_totp(db, principal, settings, factor_id, body.code)
    return FactorAdded(recovery_codes=codes)


@factors_router.post(
    "/mfa/sms",
    operation_id="me:start_sms",
    status_code=status.HTTP_201_CREATED,
    summary="Start adding a mobile number for text-message codes",
    responses=problem_responses(401, 403, 409, 422),
)
async def start_sms(
    body: SmsFactorCreate,
    db: DbSession,
    settings: SettingsDep,
    principal: SignedInDuringSetup,
    redis: RedisDep,
) -> FactorInfo:
    """Mobile numbers only; once set, only staff can reset it."""
    factor = await mfa_service.start_sms(db, principal, redis, settings, body.phone)
    return FactorInfo(id=factor.id, kind="sms", phone_ending=body.phone[-3:], confirmed_at=None)


@factors_router.post(
    "/mfa/sms/{factor_id}/confirm",
    operation_id="me:confirm_sms",
    summary="Confirm the mobile number with the code it received",
    responses=problem_responses(401, 403, 404, 422),
)
async def confirm_sms(
    factor_id: uuid.UUID,
    body: CodeBody,
    db: DbSession,
    settings: SettingsDep,
    principal: SignedInDuringSetup,
) -> FactorAdded:
    """Ends your other sessions and mails you; the first factor comes with 10 recovery codes."""
    codes = await mfa_service.confirm_sms(db, principal, settings, factor_id, body.code)
    return FactorAdded(recovery_codes=codes)


@factors_router.post(
    "/mfa/recovery-codes",
    operation_id="me:renew_recovery_codes",
    summary="Replace my recovery codes",
    responses=problem_responses(401, 403, 409),
)
async def renew_recovery_codes(
    db: DbSession, settings: SettingsDep, principal: SignedInDuringSetup
) -> RecoveryCodes:
    """Ten new codes, shown once; the old ones stop working. Needs a recent second factor."""
    codes = await mfa_service.regenerate_recovery_codes(db, principal, settings)
    return RecoveryCodes(recovery_codes=codes)


@factors_router.delete(
    "/mfa/{factor_id}",
    operation_id="me:remove_factor",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove an authenticator app",
    responses=problem_responses(401, 403, 404, 409),
)
async def remove_factor(
    factor_id: uuid.UUID, db: DbSession, principal: SignedInDuringSetup
) -> None:
    """Needs a recent second factor; the SMS number is reset by staff only."""
    await mfa_service.remove_factor(db, principal, factor_id)
