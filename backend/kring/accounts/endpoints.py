"""Sign-up, log-in, passwords, sessions and the signed-in person (`/auth`, `/me`)."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response, status
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts import credentials, service
from kring.accounts import mfa as mfa_service
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
    SignedIn,
    SignupCreate,
    TokenBody,
)
from kring.audit import service as audit
from kring.auth.actor import Actor, ActorDuringSetup, CurrentActor
from kring.config import settings_of
from kring.kit.db import DbSession, contains_pattern
from kring.kit.errors import InvalidInput, NotFound, problem_responses
from kring.kit.i18n import N_, _
from kring.kit.throttle import get_redis
from kring.kit.types import PlainText
from kring.models.organisation import Membership, Organisation
from kring.providers import service as provider_service

auth_router = APIRouter(prefix="/auth", tags=["auth"])
me_router = APIRouter(prefix="/me", tags=["me"])

RedisDep = Annotated[Redis, Depends(get_redis)]


async def memberships_of(
    db: AsyncSession, user_id: uuid.UUID, search: str | None = None
) -> list[MembershipInfo]:
    """The organisations someone may log in for (portal employee on), by name."""
    statement = (
        select(Membership, Organisation)
        .join(Organisation, Organisation.id == Membership.organisation_id)
        .where(Membership.user_id == user_id, Membership.portal_employee.is_(True))
        .order_by(Organisation.name)
    )
    if search:
        statement = statement.where(Organisation.name.ilike(contains_pattern(search)))
    return [
        MembershipInfo(
            organisation_id=o.id, organisation_name=o.name, kind=o.kind, portal_admin=m.portal_admin
        )
        for m, o in (await db.execute(statement)).all()
    ]


async def me_of(db: AsyncSession, actor: Actor) -> Me:
    user = actor.user
    memberships = await memberships_of(db, user.id)
    active = actor.active_organisation_id
    if active is None and actor.session is None and len(memberships) == 1:
        active = memberships[0].organisation_id  # a log-in just chose the only one
    return Me(
        id=user.id,
        email=user.email,
        initials=user.initials,
        first_name=user.first_name,
        prefix=user.prefix,
        last_name=user.last_name,
        language=user.preferred_language,
        phone_for_questions=user.phone_for_questions,
        birth_date=user.birth_date,
        gender=user.gender,  # checked by the database
        home_address=user.home_address,
        staff_role=user.staff_role,
        memberships=memberships,
        active_organisation_id=active,
    )


async def signed_in(db: AsyncSession, actor: Actor) -> SignedIn:
    me = await me_of(db, actor)
    return SignedIn(
        me=me,
        mfa_setup_required=await mfa_service.mfa_required(db, actor.user)
        and (actor.session is None or actor.session.mfa_verified_at is None)
        and not await mfa_service.confirmed_factors(db, actor.user_id),
        organisation_choice_required=len(me.memberships) > 1 and me.active_organisation_id is None,
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
    await service.sign_up(db, redis, settings_of(request), request, body)
    return Accepted(detail=_("Check your e-mail: we sent you a link to confirm your address."))


@auth_router.post(
    "/verify-email",
    operation_id="auth:verify_email",
    summary="Confirm an e-mail address with the link's token",
    responses=problem_responses(422),
)
async def verify_email(body: TokenBody, request: Request, db: DbSession) -> Accepted:
    """Activates a self-signed-up account; the person then logs in."""
    await service.verify_email(db, settings_of(request), request, body.token)
    return Accepted(detail=_("Your e-mail address is confirmed. You can log in now."))


@auth_router.post(
    "/activate",
    operation_id="auth:activate",
    summary="Activate an account made for me, setting my password",
    responses=problem_responses(422),
)
async def activate(body: Activation, request: Request, db: DbSession) -> Accepted:
    """The link from the activation e-mail: single use, valid 7 days."""
    await service.activate(db, settings_of(request), request, body.token, body.password)
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
        db, redis, settings_of(request), request, response, body.email, body.password
    )
    if challenge is not None:
        return MfaRequired(
            challenge_id=challenge.id, factors=await mfa_service.factor_kinds(db, user.id)
        )
    return await signed_in(db, Actor(user=user, session=None, staff_role=user.staff_role))


@auth_router.post(
    "/logout",
    operation_id="auth:logout",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="End this session",
    responses=problem_responses(401),
)
async def log_out(
    request: Request, response: Response, db: DbSession, actor: ActorDuringSetup
) -> None:
    """Ends the current session and removes its cookies (also during a required 2FA set-up)."""
    await service.log_out(db, settings_of(request), request, response, actor)


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
    await credentials.request_password_reset(
        db, redis, settings_of(request), request, body.email, portal
    )
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
    await credentials.reset_password(
        db, settings_of(request), request, body.token, body.new_password
    )
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
async def get_me(db: DbSession, actor: ActorDuringSetup) -> Me:
    """The signed-in person, their roles and memberships, and the organisation they act for."""
    return await me_of(db, actor)


@me_router.get(
    "/organisations",
    operation_id="me:list_organisations",
    summary="The organisations I can act for",
    responses=problem_responses(401, 403),
)
async def list_my_organisations(
    db: DbSession,
    actor: CurrentActor,
    q: Annotated[PlainText | None, Query(max_length=100, description="Filter by name.")] = None,
) -> list[MembershipInfo]:
    """For the organisation chooser after log-in: filter by typing part of the name."""
    return await memberships_of(db, actor.user_id, q)


@me_router.put(
    "/active-organisation",
    operation_id="me:choose_organisation",
    summary="Choose the organisation I act for",
    responses=problem_responses(401, 403, 404, 422),
)
async def choose_organisation(
    body: ActiveOrganisation, request: Request, db: DbSession, actor: CurrentActor
) -> Me:
    """Kept in this session; an organisation you may not log in for is not found."""
    choices = await memberships_of(db, actor.user_id)
    if body.organisation_id not in {m.organisation_id for m in choices} or actor.session is None:
        raise NotFound()
    actor.session.active_organisation_id = body.organisation_id
    await db.flush()
    await audit.record_for_request(
        db,
        "auth.organisation_chosen",
        request=request,
        actor_user_id=actor.user_id,
        organisation_id=body.organisation_id,
    )
    chosen = Actor(
        user=actor.user,
        session=actor.session,
        staff_role=actor.staff_role,
        active_organisation_id=body.organisation_id,
        is_member=actor.is_member,
    )
    return await me_of(db, chosen)


@me_router.patch(
    "",
    operation_id="me:update",
    summary="Change my details",
    responses=problem_responses(401, 403, 422),
)
async def update_me(body: MeUpdate, request: Request, db: DbSession, actor: CurrentActor) -> Me:
    """Names, language, the phone for questions, birth date, gender and the home address (which
    moves a provider's work area along when it is measured from home); e-mail and 2FA phone are
    changed elsewhere."""
    changes = body.model_dump(exclude_unset=True, exclude={"home_address"})
    for required in ("first_name", "language"):
        if required in changes and changes[required] is None:
            raise InvalidInput.on(required, N_("This field is required."))
    for field, value in changes.items():
        setattr(actor.user, field, value)
    if "home_address" in body.model_fields_set:
        actor.user.set_home_address(body.home_address)
        await provider_service.home_address_changed(db, settings_of(request), actor.user)
        changes["home_address"] = None  # named in the audit trail, never written out
    await db.flush()
    await audit.record_for_request(
        db,
        "account.updated",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="user",
        subject_id=actor.user_id,
        details={"fields": sorted(changes)},
    )
    return await me_of(db, actor)


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
    await credentials.request_email_change(
        db, settings_of(request), request, actor, body.new_email, body.portal
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
    await credentials.confirm_email_change(db, settings_of(request), request, response, body.token)
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
    await credentials.change_password(db, request, actor, body.current_password, body.new_password)
