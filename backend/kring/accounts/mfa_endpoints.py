"""Second factors: answering challenges (`/auth/mfa`) and managing my factors (`/me/mfa`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status

from kring.accounts import mfa as mfa_service
from kring.accounts.endpoints import RedisDep, signed_in
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
from kring.auth import mfa
from kring.auth.actor import Actor, ActorDuringSetup, get_actor_during_setup
from kring.config import settings_of
from kring.kit.db import DbSession
from kring.kit.errors import Unauthorized, problem_responses
from kring.kit.i18n import _

challenge_router = APIRouter(prefix="/auth/mfa", tags=["auth"])
factors_router = APIRouter(prefix="/me", tags=["me"])


async def _maybe_actor(request: Request, db: DbSession) -> Actor | None:
    try:
        return await get_actor_during_setup(request, db)
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
    request: Request,
    response: Response,
    db: DbSession,
    current: Annotated[Actor | None, Depends(_maybe_actor)],
    redis: RedisDep,
) -> SignedIn:
    """An app code, SMS code or recovery code; 5 tries per challenge, and a cool-off after
    repeated wrong codes on the account. Starts the session."""
    user = await mfa_service.verify_challenge(
        db,
        redis,
        settings_of(request),
        request,
        response,
        body.challenge_id,
        body.method,
        body.code,
        current,
    )
    actor = current or Actor(user=user, session=None, staff_role=user.staff_role)
    return await signed_in(db, actor)


@challenge_router.post(
    "/sms",
    operation_id="auth:send_mfa_sms",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Text me a code for this challenge",
    responses=problem_responses(401, 404, 422, 429),
)
async def send_mfa_sms(
    body: ChallengeBody, request: Request, db: DbSession, redis: RedisDep
) -> Accepted:
    """A 6-digit code, valid 10 minutes, for this challenge only; a few per hour at most."""
    await mfa_service.send_login_sms(db, redis, settings_of(request), request, body.challenge_id)
    return Accepted(detail=_("We sent a code by text message."))


@challenge_router.post(
    "/step-up",
    operation_id="auth:start_step_up",
    summary="Confirm it is me (step-up)",
    responses=problem_responses(401, 403),
)
async def start_step_up(db: DbSession, actor: ActorDuringSetup) -> MfaRequired:
    """Opens a challenge for this session; answering it allows sensitive actions for 5 minutes."""
    challenge = await mfa_service.open_challenge(
        db, actor.user, "step_up", actor.session.id if actor.session else None
    )
    return MfaRequired(
        challenge_id=challenge.id, factors=await mfa_service.factor_kinds(db, actor.user_id)
    )


@factors_router.get(
    "/security",
    operation_id="me:get_security",
    summary="My second factors",
    responses=problem_responses(401),
)
async def get_security(db: DbSession, actor: ActorDuringSetup) -> Security:
    """Which factors I have, how many recovery codes are left, and whether 2FA is required."""
    factors = await mfa_service.confirmed_factors(db, actor.user_id)
    return Security(
        mfa_required=actor.needs_second_factor,
        factors=[
            FactorInfo(
                id=f.id,
                kind=f.kind,
                phone_ending=f.phone[-3:] if f.phone else None,
                confirmed_at=f.confirmed_at,
            )
            for f in factors
        ],
        recovery_codes_left=await mfa_service.recovery_codes_left(db, actor.user_id),
        mfa_verified_at=actor.session.mfa_verified_at if actor.session else None,
    )


@factors_router.post(
    "/mfa/totp",
    operation_id="me:start_totp",
    status_code=status.HTTP_201_CREATED,
    summary="Start adding an authenticator app",
    responses=problem_responses(401, 403),
)
async def start_totp(request: Request, db: DbSession, actor: ActorDuringSetup) -> TotpSetup:
    """Returns the secret and its QR code; the factor counts once a first code confirms it."""
    factor, secret = await mfa_service.start_totp(db, settings_of(request), actor)
    uri = mfa.provisioning_uri(secret, actor.user.email)
    return TotpSetup(factor_id=factor.id, secret=secret, otpauth_uri=uri, qr_svg=mfa.qr_svg(uri))


@factors_router.post(
    "/mfa/totp/{factor_id}/confirm",
    operation_id="me:confirm_totp",
    summary="Confirm an authenticator app with its first code",
    responses=problem_responses(401, 403, 404, 422),
)
async def confirm_totp(
    factor_id: uuid.UUID, body: CodeBody, request: Request, db: DbSession, actor: ActorDuringSetup
) -> FactorAdded:
    """Ends your other sessions and mails you; the first factor comes with 10 recovery codes."""
    codes = await mfa_service.confirm_totp(
        db, settings_of(request), request, actor, factor_id, body.code
    )
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
    request: Request,
    db: DbSession,
    actor: ActorDuringSetup,
    redis: RedisDep,
) -> FactorInfo:
    """Mobile numbers only; once set, only staff can reset it."""
    factor = await mfa_service.start_sms(db, redis, settings_of(request), actor, body.phone)
    return FactorInfo(id=factor.id, kind="sms", phone_ending=body.phone[-3:], confirmed_at=None)


@factors_router.post(
    "/mfa/sms/{factor_id}/confirm",
    operation_id="me:confirm_sms",
    summary="Confirm the mobile number with the code it received",
    responses=problem_responses(401, 403, 404, 422),
)
async def confirm_sms(
    factor_id: uuid.UUID, body: CodeBody, request: Request, db: DbSession, actor: ActorDuringSetup
) -> FactorAdded:
    """Ends your other sessions and mails you; the first factor comes with 10 recovery codes."""
    codes = await mfa_service.confirm_sms(
        db, settings_of(request), request, actor, factor_id, body.code
    )
    return FactorAdded(recovery_codes=codes)


@factors_router.post(
    "/mfa/recovery-codes",
    operation_id="me:renew_recovery_codes",
    summary="Replace my recovery codes",
    responses=problem_responses(401, 403, 409),
)
async def renew_recovery_codes(
    request: Request, db: DbSession, actor: ActorDuringSetup
) -> RecoveryCodes:
    """Ten new codes, shown once; the old ones stop working. Needs a recent second factor."""
    codes = await mfa_service.regenerate_recovery_codes(db, settings_of(request), request, actor)
    return RecoveryCodes(recovery_codes=codes)


@factors_router.delete(
    "/mfa/{factor_id}",
    operation_id="me:remove_factor",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Remove an authenticator app",
    responses=problem_responses(401, 403, 404, 409),
)
async def remove_factor(
    factor_id: uuid.UUID,
    request: Request,
    db: DbSession,
    actor: Annotated[Actor, Depends(get_actor_during_setup)],
) -> None:
    """Needs a recent second factor; the SMS number is reset by staff only."""
    await mfa_service.remove_factor(db, request, actor, factor_id)
