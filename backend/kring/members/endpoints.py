"""An organisation's members (`/organisations/{id}/members`) and my own contact details."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.members import service
from kring.members.auth import MemberAdmin, MemberReader, OwnMember
from kring.members.schemas import MemberCreate, MemberRead, MemberRights, MemberUpdate

router = APIRouter(prefix="/organisations/{organisation_id}/members", tags=["members"])
me_router = APIRouter(prefix="/me/contact-details", tags=["me"])


@router.get(
    "",
    operation_id="members:list",
    summary="The organisation's contact persons",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def list_members(
    db: DbSession,
    acting: MemberReader,
    page: PageQuery,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of a name, e-mail or department.")
    ] = None,
) -> Page[MemberRead]:
    """Every member sees the list, by last name; only portal admins change it."""
    return await service.list_members(db, acting, q, page)


@router.post(
    "",
    operation_id="members:create",
    summary="Add a contact person",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def add_member(body: MemberCreate, db: DbSession, acting: MemberAdmin) -> MemberRead:
    """Portal admins only. With portal employee on, the activation e-mail follows within
    60 minutes; an address that already has an account is linked by Kring, not here."""
    return await service.add_member(db, acting, body)


@router.get(
    "/{membership_id}",
    operation_id="members:get",
    summary="A contact person",
    responses=problem_responses(401, 403, 404, 409),
)
async def get_member(membership_id: uuid.UUID, db: DbSession, acting: MemberReader) -> MemberRead:
    """A member of another organisation is not found."""
    return await service.view_member(db, acting, membership_id)


@router.patch(
    "/{membership_id}",
    operation_id="members:update",
    summary="Change a contact person's details",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_member(
    membership_id: uuid.UUID, body: MemberUpdate, db: DbSession, acting: MemberAdmin
) -> MemberRead:
    """Portal admins only; the e-mail address is changed by Kring."""
    return await service.update_member(db, acting, membership_id, body)


@router.put(
    "/{membership_id}/rights",
    operation_id="members:set_rights",
    summary="Change a contact person's rights",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def set_rights(
    membership_id: uuid.UUID, body: MemberRights, db: DbSession, acting: MemberAdmin
) -> MemberRead:
    """Portal admins only, also for their own rights; the last admin cannot step down."""
    return await service.set_rights(db, acting, membership_id, body)


@router.delete(
    "/{membership_id}",
    operation_id="members:remove",
    summary="Remove a contact person from the organisation",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def remove_member(membership_id: uuid.UUID, db: DbSession, acting: MemberAdmin) -> None:
    """Portal admins only; the last admin cannot be removed. The account itself stays."""
    await service.remove_member(db, acting, membership_id)


@router.delete(
    "/{membership_id}/mfa",
    operation_id="members:reset_mfa",
    summary="Reset a contact person's two-step verification",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def reset_member_mfa(membership_id: uuid.UUID, db: DbSession, acting: MemberAdmin) -> None:
    """Portal admins only, after checking with Kring's IT support as the portal warns. The
    person sets up 2FA again at their next log-in."""
    await service.reset_member_mfa(db, acting, membership_id)


@me_router.get(
    "",
    operation_id="me:get_contact_details",
    summary="My contact details in the organisation I act for",
    responses=problem_responses(401, 403, 404, 409),
)
async def get_my_contact_details(db: DbSession, acting: OwnMember) -> MemberRead:
    """Includes my rights and flags; the e-mail address is changed by Kring."""
    assert acting.membership_id is not None  # OwnMember has one
    return await service.read_member(db, acting, acting.membership_id)


@me_router.patch(
    "",
    operation_id="me:update_contact_details",
    summary="Change my contact details",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_my_contact_details(
    body: MemberUpdate, db: DbSession, acting: OwnMember
) -> MemberRead:
    """My personal details and my two flags (e-mail services, contact for all projects)."""
    return await service.update_own_details(db, acting, body)
