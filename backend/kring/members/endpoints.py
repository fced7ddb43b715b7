"""An organisation's members (`/organisations/{id}/members`) and my own contact details."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from kring.auth.actor import Actor, CurrentActor
from kring.auth.dependencies import signed_in_or_scope
from kring.auth.policy import active_organisation
from kring.kit.db import DbSession
from kring.kit.errors import NotFound, problem_responses
from kring.kit.types import INT32_MAX, PlainText
from kring.members import service
from kring.members.auth import member_context
from kring.members.schemas import MemberCreate, MemberPage, MemberRead, MemberRights, MemberUpdate

router = APIRouter(prefix="/organisations/{organisation_id}/members", tags=["members"])
me_router = APIRouter(prefix="/me/contact-details", tags=["me"])

MembersReader = Annotated[Actor, signed_in_or_scope("members:read")]


@router.get(
    "",
    operation_id="members:list",
    summary="The organisation's contact persons",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def list_members(
    organisation_id: uuid.UUID,
    db: DbSession,
    actor: MembersReader,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of a name, e-mail or department.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=INT32_MAX)] = 0,
) -> MemberPage:
    """Every member sees the list; only portal admins change it."""
    context = await member_context(db, actor, organisation_id)
    return await service.list_members(db, context, q, limit, offset)


@router.post(
    "",
    operation_id="members:create",
    summary="Add a contact person",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def add_member(
    organisation_id: uuid.UUID,
    body: MemberCreate,
    request: Request,
    db: DbSession,
    actor: CurrentActor,
) -> MemberRead:
    """Portal admins only. With portal employee on, the activation e-mail follows within
    60 minutes; an address that already has an account is linked by Kring, not here."""
    context = await member_context(db, actor, organisation_id)
    return await service.add_member(db, request, actor, context, body)


@router.get(
    "/{membership_id}",
    operation_id="members:get",
    summary="A contact person",
    responses=problem_responses(401, 403, 404, 409),
)
async def get_member(
    organisation_id: uuid.UUID, membership_id: uuid.UUID, db: DbSession, actor: MembersReader
) -> MemberRead:
    """A member of another organisation is not found."""
    context = await member_context(db, actor, organisation_id)
    return await service.read_member(db, context, membership_id)


@router.patch(
    "/{membership_id}",
    operation_id="members:update",
    summary="Change a contact person's details",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_member(
    organisation_id: uuid.UUID,
    membership_id: uuid.UUID,
    body: MemberUpdate,
    request: Request,
    db: DbSession,
    actor: CurrentActor,
) -> MemberRead:
    """Portal admins only; the e-mail address is changed by Kring."""
    context = await member_context(db, actor, organisation_id)
    return await service.update_member(db, request, actor, context, membership_id, body)


@router.put(
    "/{membership_id}/rights",
    operation_id="members:set_rights",
    summary="Change a contact person's rights",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def set_rights(
    organisation_id: uuid.UUID,
    membership_id: uuid.UUID,
    body: MemberRights,
    request: Request,
    db: DbSession,
    actor: CurrentActor,
) -> MemberRead:
    """Portal admins only, also for their own rights; the last admin cannot step down."""
    context = await member_context(db, actor, organisation_id)
    return await service.set_rights(db, request, actor, context, membership_id, body)


@router.delete(
    "/{membership_id}",
    operation_id="members:remove",
    summary="Remove a contact person from the organisation",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def remove_member(
    organisation_id: uuid.UUID,
    membership_id: uuid.UUID,
    request: Request,
    db: DbSession,
    actor: CurrentActor,
) -> None:
    """Portal admins only; the last admin cannot be removed. The account itself stays."""
    context = await member_context(db, actor, organisation_id)
    await service.remove_member(db, request, actor, context, membership_id)


@router.delete(
    "/{membership_id}/mfa",
    operation_id="members:reset_mfa",
    summary="Reset a contact person's two-step verification",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def reset_member_mfa(
    organisation_id: uuid.UUID,
    membership_id: uuid.UUID,
    request: Request,
    db: DbSession,
    actor: CurrentActor,
) -> None:
    """Portal admins only, after checking with Kring's IT support as the portal warns. The
    person sets up 2FA again at their next log-in."""
    context = await member_context(db, actor, organisation_id)
    await service.reset_member_mfa(db, request, actor, context, membership_id)


def _my_organisation(actor: Actor) -> uuid.UUID:
    """Someone who belongs to no organisation (a partner, a staff member) has no such page."""
    if not actor.is_member:
        raise NotFound()
    return active_organisation(actor)


@me_router.get(
    "",
    operation_id="me:get_contact_details",
    summary="My contact details in the organisation I act for",
    responses=problem_responses(401, 403, 404, 409),
)
async def get_my_contact_details(db: DbSession, actor: CurrentActor) -> MemberRead:
    """Includes my rights and flags; the e-mail address is changed by Kring."""
    context = await member_context(db, actor, _my_organisation(actor))
    if context.own is None:
        raise NotFound()
    return await service.read_member(db, context, context.own.id)


@me_router.patch(
    "",
    operation_id="me:update_contact_details",
    summary="Change my contact details",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_my_contact_details(
    body: MemberUpdate, request: Request, db: DbSession, actor: CurrentActor
) -> MemberRead:
    """My personal details and my two flags (e-mail services, contact for all projects)."""
    context = await member_context(db, actor, _my_organisation(actor))
    return await service.update_own_details(db, request, actor, context, body)
