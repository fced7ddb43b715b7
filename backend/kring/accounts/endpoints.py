"""Sign-up, log-in, passwords, sessions and the signed-in person (`/auth`, `/me`)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response, status
from redis.asyncio import Redis

from kring.accounts import mfa as mfa_service
from kring.accounts import service
from kring.accounts.schemas import (
    Accepted,
    Activation,
    EmailBody,
    EmailChange,
    LoginBody,
    LoginResult,
    Me,
    MeUpdate,
    MfaRequired,
    PasswordChange,
    PasswordReset,
    SessionInfo,
    SignedIn,
    SignupCreate,
    TokenBody,
)
from kring.audit import service as audit
from kring.auth.actor import Actor, ActorDuringSetup, CurrentActor
from kring.config import Settings
from kring.kit.db import DbSession
from kring.kit.errors import InvalidInput, problem_responses
from kring.kit.i18n import N_, _
from kring.kit.throttle import get_redis

auth_router = APIRouter(prefix="/auth", tags=["auth"])
me_router = APIRouter(prefix="/me", tags=["me"])

RedisDep = Annotated[Redis, Depends(get_redis)]


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def me_of(actor: Actor) -> Me:
    user = actor.user
    return Me(
        id=user.id,
        email=user.email,
        initials=user.initials,
        first_name=user.first_name,
        prefix=user.prefix,
        last_name=user.last_name,
        language=service.language_of(user),
        phone_for_questions=user.phone_for_questions,
        staff_role=user.staff_role,
        active_organisation_id=actor.active_organisation_id,
    )


@auth_router.post(
    "/signup",
    operation_id="auth:signup",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Sign up from the partner or provider portal",
    responses=problem_responses(422, 429),
)
async def sign_up(body: SignupCreate, request: Request, db: DbSession, redis: RedisDep) -> Accepted:
    """Always answers the same, whether or not the address has an account; the e-mail says more."""
    await service.sign_up(db, redis, _settings(request), request, body)
    return Accepted(detail=_("Check your e-mail: we sent you a link to confirm your address."))


@auth_router.post(
    "/verify-email",
    operation_id="auth:verify_email",
    summary="Confirm an e-mail address with the link's token",
    responses=problem_responses(422),
)
async def verify_email(body: TokenBody, request: Request, db: DbSession) -> Accepted:
    """Activates a self-signed-up account; the person then logs in."""
    await service.verify_email(db, _settings(request), request, body.token)
    return Accepted(detail=_("Your e-mail address is confirmed. You can log in now."))


@auth_router.post(
    "/activate",
    operation_id="auth:activate",
    summary="Activate an account made for me, setting my password",
    responses=problem_responses(422),
)
async def activate(body: Activation, request: Request, db: DbSession) -> Accepted:
    """The link from the activation e-mail: single use, valid 7 days."""
    await service.activate(db, _settings(request), request, body.token, body.password)
    return Accepted(detail=_("Your account is active. You can log in now."))


@auth_router.post(
    "/login",
    operation_id="auth:login",
    summary="Log in with e-mail and password",
    responses=problem_responses(401, 422, 429),
)
async def log_in(
    body: LoginBody, request: Request, response: Response, db: DbSession, redis: RedisDep
) -> LoginResult:
    """A session (cookie) or, when the account has a second factor, a challenge to answer.

    After 10 failures the account cools off for 15 minutes.
    """
    user, challenge = await service.log_in(
        db, redis, _settings(request), request, response, body.email, body.password
    )
    if challenge is not None:
        return MfaRequired(
            challenge_id=challenge.id, factors=await mfa_service.factor_kinds(db, user.id)
        )
    return SignedIn(
        me=me_of(Actor(user=user, session=None, staff_role=user.staff_role)),
        mfa_setup_required=mfa_service.mfa_required(user),
    )


@auth_router.post(
    "/logout",
    operation_id="auth:logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="End this session",
    responses=problem_responses(401, 403),
)
async def log_out(request: Request, response: Response, db: DbSession, actor: CurrentActor) -> None:
    """Ends the current session and removes its cookies."""
    await service.log_out(db, _settings(request), request, response, actor)


@auth_router.post(
    "/password/forgot",
    operation_id="auth:forgot_password",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Ask for a password reset link",
    responses=problem_responses(422, 429),
)
async def forgot_password(
    body: EmailBody,
    request: Request,
    db: DbSession,
    redis: RedisDep,
    portal: Annotated[Literal["partner", "provider", "pro"], Query()] = "partner",
) -> Accepted:
    """Always answers the same; a known address gets a link valid for 60 minutes."""
    await service.request_password_reset(db, redis, _settings(request), request, body.email, portal)
    return Accepted(
        detail=_(
            "If this address has an account, we sent a link to set a new "
            "password. It is valid for 60 minutes."
        )
    )


@auth_router.post(
    "/password/reset",
    operation_id="auth:reset_password",
    summary="Set a new password with the link's token",
    responses=problem_responses(422),
)
async def reset_password(body: PasswordReset, request: Request, db: DbSession) -> Accepted:
    """Ends every session of the account; log in again afterwards (with your second factor)."""
    await service.reset_password(db, _settings(request), request, body.token, body.new_password)
    return Accepted(detail=_("Your password has been changed. You can log in with it now."))


@auth_router.get(
    "/sessions",
    operation_id="auth:list_sessions",
    summary="My sessions",
    responses=problem_responses(401),
)
async def list_sessions(db: DbSession, actor: CurrentActor) -> list[SessionInfo]:
    """Where you are logged in, most recent first."""
    rows = await service.list_sessions(db, actor)
    current = actor.session.id if actor.session else None
    return [
        SessionInfo(
            id=r.id,
            created_at=r.created_at,
            last_seen_at=r.last_seen_at,
            ip=r.ip,
            user_agent=r.user_agent,
            current=r.id == current,
        )
        for r in rows
    ]


@auth_router.delete(
    "/sessions/{session_id}",
    operation_id="auth:revoke_session",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="End one of my sessions",
    responses=problem_responses(401, 403, 404),
)
async def revoke_session(
    session_id: uuid.UUID, request: Request, db: DbSession, actor: CurrentActor
) -> None:
    """Logs that browser out; someone else's session is not found."""
    await service.revoke_session(db, request, actor, session_id)


@me_router.get("", operation_id="me:get", summary="Who am I?", responses=problem_responses(401))
async def getme_of(actor: ActorDuringSetup) -> Me:
    """The signed-in person, their roles and the organisation they act for."""
    return me_of(actor)


@me_router.patch(
    "",
    operation_id="me:update",
    summary="Change my details",
    responses=problem_responses(401, 403, 422),
)
async def updateme_of(body: MeUpdate, request: Request, db: DbSession, actor: CurrentActor) -> Me:
    """Names, language and the phone for questions; e-mail and 2FA phone are changed elsewhere."""
    changes = body.model_dump(exclude_unset=True)
    for required in ("first_name", "language"):
        if required in changes and changes[required] is None:
            raise InvalidInput.on(required, N_("This field is required."))
    for field, value in changes.items():
        setattr(actor.user, field, value)
    await db.flush()
    await audit.record(
        db,
        "account.updated",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="user",
        subject_id=actor.user_id,
        details={"fields": sorted(changes)},
    )
    return me_of(actor)


@me_router.post(
    "/email",
    operation_id="me:change_email",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Change my e-mail address",
    responses=problem_responses(401, 403, 409, 422),
)
async def change_email(
    body: EmailChange, request: Request, db: DbSession, actor: CurrentActor
) -> Accepted:
    """Sends a confirmation link to the new address; needs a recent second factor if you have
    one. Staff and organisation accounts ask Kring's staff instead."""
    await service.request_email_change(
        db, _settings(request), request, actor, body.new_email, body.portal
    )
    return Accepted(
        detail=_(
            "We sent a link to your new address. Your address changes when "
            "you open it; then you log in again."
        )
    )


@auth_router.post(
    "/email/confirm",
    operation_id="auth:confirm_email_change",
    summary="Confirm a new e-mail address with the link's token",
    responses=problem_responses(409, 422),
)
async def confirm_email_change(
    body: TokenBody, request: Request, response: Response, db: DbSession
) -> Accepted:
    """Switches the address, ends every session, and tells the old address."""
    await service.confirm_email_change(db, _settings(request), request, response, body.token)
    return Accepted(detail=_("Your e-mail address has been changed. Log in with the new one."))


@me_router.put(
    "/password",
    operation_id="me:change_password",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Change my password",
    responses=problem_responses(401, 403, 422),
)
async def change_password(
    body: PasswordChange, request: Request, db: DbSession, actor: CurrentActor
) -> None:
    """Needs the current password; ends your other sessions and mails you about it."""
    await service.change_password(db, request, actor, body.current_password, body.new_password)
