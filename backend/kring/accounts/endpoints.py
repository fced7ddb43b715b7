"""Sign-up, log-in, passwords, sessions and the signed-in person (`/auth`, `/me`)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response, status
from redis.asyncio import Redis

from kring.accounts import credentials, me, service
from kring.accounts import mfa as mfa_service
from kring.accounts.auth import AnyVisitor, SignedIn, SignedInDuringSetup
from kring.accounts.schemas import (
    Accepted,
    Activation,
    ActiveOrganisation,
    EmailBody,
    EmailChange,
    LoginBody,
    LoginResult,
    Me,
    MembershipInfo,
    MeUpdate,
    MfaRequired,
    PasswordChange,
    PasswordReset,
    SessionInfo,
    SignupCreate,
    TokenBody,
)
from kring.auth import sessions
from kring.config import SettingsDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import _
from kring.kit.throttle import get_redis
from kring.kit.types import PlainText

auth_router = APIRouter(prefix="/auth", tags=["auth"])
me_router = APIRouter(prefix="/me", tags=["me"])

RedisDep = Annotated[Redis, Depends(get_redis)]


@auth_router.post(
    "/signup",
    operation_id="auth:signup",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Sign up from the partner or provider portal",
    responses=problem_responses(422, 429),
)
async def sign_up(
    body: SignupCreate,
    visitor: AnyVisitor,
    db: DbSession,
    settings: SettingsDep,
    redis: RedisDep,
) -> Accepted:
    """Always answers the same, whether or not the address has an account; the e-mail says more."""
    await service.sign_up(db, visitor, redis, settings, body)
    return Accepted(detail=_("Check your e-mail: we sent you a link to confirm your address."))


@auth_router.post(
    "/verify-email",
    operation_id="auth:verify_email",
    summary="Confirm an e-mail address with the link's token",
    responses=problem_responses(422),
)
async def verify_email(
    body: TokenBody, visitor: AnyVisitor, db: DbSession, settings: SettingsDep
) -> Accepted:
    """Activates a self-signed-up account; the person then logs in."""
    await service.verify_email(db, visitor, settings, body.token)
    return Accepted(detail=_("Your e-mail address is confirmed. You can log in now."))


@auth_router.post(
    "/activate",
    operation_id="auth:activate",
    summary="Activate an account made for me, setting my password",
    responses=problem_responses(422),
)
async def activate(
    body: Activation, visitor: AnyVisitor, db: DbSession, settings: SettingsDep
) -> Accepted:
    """The link from the activation e-mail: single use, valid 7 days."""
    await service.activate(db, visitor, settings, body.token, body.password)
    return Accepted(detail=_("Your account is active. You can log in now."))


@auth_router.post(
    "/login",
    operation_id="auth:login",
    summary="Log in with e-mail and password",
    responses=problem_responses(401, 422, 429),
)
async def log_in(
    body: LoginBody,
    visitor: AnyVisitor,
    response: Response,
    db: DbSession,
    settings: SettingsDep,
    redis: RedisDep,
) -> LoginResult:
    """A session (cookie) or, when the account has a second factor, a challenge to answer.

    After 10 failures the account cools off for 15 minutes.
    """
    logged_in = await service.log_in(db, visitor, redis, settings, body.email, body.password)
    user = logged_in.user
    if logged_in.challenge is not None:
        return MfaRequired(
            challenge_id=logged_in.challenge.id,
            factors=await mfa_service.factor_kinds(db, user.id),
        )
    assert logged_in.session_token is not None
    sessions.set_session_cookies(response, settings, logged_in.session_token)
    return await me.signed_in(db, sessions.person_principal(user, visitor))


@auth_router.post(
    "/logout",
    operation_id="auth:logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="End this session",
    responses=problem_responses(401),
)
async def log_out(
    response: Response, db: DbSession, settings: SettingsDep, principal: SignedInDuringSetup
) -> None:
    """Ends the current session and removes its cookies (also during a required 2FA set-up)."""
    await service.log_out(db, principal)
    sessions.clear_session_cookies(response, settings)


@auth_router.post(
    "/password/forgot",
    operation_id="auth:forgot_password",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Ask for a password reset link",
    responses=problem_responses(422, 429),
)
async def forgot_password(
    body: EmailBody,
    visitor: AnyVisitor,
    db: DbSession,
    settings: SettingsDep,
    redis: RedisDep,
    portal: Annotated[Literal["partner", "provider", "pro", "admin"], Query()] = "partner",
) -> Accepted:
    """Always answers the same; a known address gets a link valid for 60 minutes."""
    await credentials.request_password_reset(db, visitor, redis, settings, body.email, portal)
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
async def reset_password(
    body: PasswordReset, visitor: AnyVisitor, db: DbSession, settings: SettingsDep
) -> Accepted:
    """Ends every session of the account; log in again afterwards (with your second factor)."""
    await credentials.reset_password(db, visitor, settings, body.token, body.new_password)
    return Accepted(detail=_("Your password has been changed. You can log in with it now."))


@auth_router.get(
    "/sessions",
    operation_id="auth:list_sessions",
    summary="My sessions",
    responses=problem_responses(401),
)
async def list_sessions(db: DbSession, principal: SignedIn) -> list[SessionInfo]:
    """Where you are logged in, most recent first."""
    rows = await service.list_sessions(db, principal)
    current = principal.session.id if principal.session else None
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
async def revoke_session(session_id: uuid.UUID, db: DbSession, principal: SignedIn) -> None:
    """Logs that browser out; someone else's session is not found."""
    await service.revoke_session(db, principal, session_id)


@me_router.get("", operation_id="me:get", summary="Who am I?", responses=problem_responses(401))
async def get_me(db: DbSession, principal: SignedInDuringSetup) -> Me:
    """The signed-in person, their roles and memberships, and the organisation they act for."""
    return await me.me_of(db, principal)


@me_router.get(
    "/organisations",
    operation_id="me:list_organisations",
    summary="The organisations I can act for",
    responses=problem_responses(401, 403),
)
async def list_my_organisations(
    db: DbSession,
    principal: SignedIn,
    q: Annotated[PlainText | None, Query(max_length=100, description="Filter by name.")] = None,
) -> list[MembershipInfo]:
    """For the organisation chooser after log-in: filter by typing part of the name."""
    return await me.my_organisations(db, principal, q)


@me_router.put(
    "/active-organisation",
    operation_id="me:choose_organisation",
    summary="Choose the organisation I act for",
    responses=problem_responses(401, 403, 404, 422),
)
async def choose_organisation(body: ActiveOrganisation, db: DbSession, principal: SignedIn) -> Me:
    """Kept in this session; an organisation you may not log in for is not found."""
    return await me.choose_organisation(db, principal, body.organisation_id)


@me_router.patch(
    "",
    operation_id="me:update",
    summary="Change my details",
    responses=problem_responses(401, 403, 422),
)
async def update_me(
    body: MeUpdate, db: DbSession, settings: SettingsDep, principal: SignedIn
) -> Me:
    """Names, language, the phone for questions, birth date, gender and the home address (which
    moves a provider's work area along when it is measured from home); e-mail and 2FA phone are
    changed elsewhere."""
    return await me.update_me(db, principal, settings, body)


@me_router.post(
    "/email",
    operation_id="me:change_email",
    status_code=status.HTTP_202_ACCEPTED,
    summary="Change my e-mail address",
    responses=problem_responses(401, 403, 409, 422),
)
async def change_email(
    body: EmailChange, db: DbSession, settings: SettingsDep, principal: SignedIn
) -> Accepted:
    """Sends a confirmation link to the new address; needs a recent second factor if you have
    one. Staff and organisation accounts ask Kring's staff instead."""
    await credentials.request_email_change(db, principal, settings, body.new_email, body.portal)
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
    body: TokenBody, visitor: AnyVisitor, response: Response, db: DbSession, settings: SettingsDep
) -> Accepted:
    """Switches the address, ends every session, and tells the old address."""
    await credentials.confirm_email_change(db, visitor, settings, body.token)
    sessions.clear_session_cookies(response, settings)
    return Accepted(detail=_("Your e-mail address has been changed. Log in with the new one."))


@me_router.put(
    "/password",
    operation_id="me:change_password",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Change my password",
    responses=problem_responses(401, 403, 422),
)
async def change_password(body: PasswordChange, db: DbSession, principal: SignedIn) -> None:
    """Needs the current password; ends your other sessions and mails you about it."""
    await credentials.change_password(db, principal, body.current_password, body.new_password)
