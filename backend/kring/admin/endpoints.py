"""Staff administration of accounts (`/admin`), for Kring's admins and advisors."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from kring.admin import service
from kring.admin.auth import AccountAdministrator
from kring.admin.schemas import (
    AccountCreate,
    AccountRead,
    AccountStatus,
    AuditEventRead,
    EmailChangeByStaff,
    MembershipCreate,
)
from kring.config import settings_of
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.types import INT32_MAX, PlainText

router = APIRouter(prefix="/admin/users", tags=["admin"])


@router.post(
    "/{user_id}/deactivation",
    operation_id="admin:deactivate_user",
    summary="Deactivate an account",
    responses=problem_responses(401, 403, 404, 409),
)
async def deactivate_user(
    user_id: uuid.UUID, request: Request, db: DbSession, actor: AccountAdministrator
) -> AccountStatus:
    """Ends the person's sessions and their API clients' tokens, and mails them."""
    user = await service.user_to_administer(db, user_id)
    return AccountStatus.model_validate(await service.deactivate(db, request, actor, user))


@router.post(
    "/{user_id}/reactivation",
    operation_id="admin:reactivate_user",
    summary="Reactivate an account",
    responses=problem_responses(401, 403, 404, 409),
)
async def reactivate_user(
    user_id: uuid.UUID, request: Request, db: DbSession, actor: AccountAdministrator
) -> AccountStatus:
    """The person can log in again, and gets six months before the next inactivity check."""
    user = await service.user_to_administer(db, user_id)
    reactivated = await service.reactivate(db, settings_of(request), request, actor, user)
    return AccountStatus.model_validate(reactivated)


@router.delete(
    "/{user_id}/mfa/sms",
    operation_id="admin:reset_mfa_phone",
    summary="Reset an account's 2FA phone number",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def reset_mfa_phone(
    user_id: uuid.UUID, request: Request, db: DbSession, actor: AccountAdministrator
) -> None:
    """The owner cannot change it; this removes it and mails a link to enter a new one."""
    user = await service.user_to_administer(db, user_id)
    await service.reset_mfa_phone(db, settings_of(request), request, actor, user)


@router.get(
    "",
    operation_id="admin:list_users",
    summary="Find accounts",
    responses=problem_responses(401, 403, 422),
)
async def list_users(
    db: DbSession,
    actor: AccountAdministrator,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of a name or e-mail.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=INT32_MAX)] = 0,
) -> list[AccountRead]:
    """Deleted accounts are left out."""
    return [
        await service.account_read(db, u)
        for u in await service.search_accounts(db, q, limit, offset)
    ]


@router.post(
    "",
    operation_id="admin:create_user",
    summary="Create an account for a professional",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
)
async def create_user(
    body: AccountCreate, request: Request, db: DbSession, actor: AccountAdministrator
) -> AccountRead:
    """The advisor flow: the person gets the activation e-mail at once (valid 7 days)."""
    user = await service.create_account(db, settings_of(request), request, actor, body)
    return await service.account_read(db, user)


@router.get(
    "/{user_id}",
    operation_id="admin:get_user",
    summary="An account",
    responses=problem_responses(401, 403, 404),
)
async def get_user(user_id: uuid.UUID, db: DbSession, actor: AccountAdministrator) -> AccountRead:
    """With the organisations the person belongs to."""
    return await service.account_read(db, await service.user_to_administer(db, user_id))


@router.post(
    "/{user_id}/memberships",
    operation_id="admin:link_user",
    summary="Link an account to an organisation",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def link_user(
    user_id: uuid.UUID,
    body: MembershipCreate,
    request: Request,
    db: DbSession,
    actor: AccountAdministrator,
) -> AccountRead:
    """Several umbrella organisations only with a recorded reason."""
    user = await service.user_to_administer(db, user_id)
    await service.link_membership(db, request, actor, user, body)
    return await service.account_read(db, user)


@router.put(
    "/{user_id}/email",
    operation_id="admin:change_user_email",
    summary="Change an account's e-mail address",
    responses=problem_responses(401, 403, 404, 422),
)
async def change_user_email(
    user_id: uuid.UUID,
    body: EmailChangeByStaff,
    request: Request,
    db: DbSession,
    actor: AccountAdministrator,
) -> AccountRead:
    """For organisation-managed accounts; the account and its history stay, sessions end."""
    user = await service.user_to_administer(db, user_id)
    await service.change_email(db, request, actor, user, body.new_email)
    return await service.account_read(db, user)


@router.delete(
    "/{user_id}",
    operation_id="admin:delete_user",
    summary="Delete an account",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def delete_user(
    user_id: uuid.UUID, request: Request, db: DbSession, actor: AccountAdministrator
) -> None:
    """Personal data is erased; kept records keep a pseudonym. Cannot be undone."""
    user = await service.user_to_administer(db, user_id)
    await service.delete_account(db, request, actor, user)


@router.get(
    "/{user_id}/audit-events",
    operation_id="admin:list_user_audit_events",
    summary="An account's audit trail",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_user_audit_events(
    user_id: uuid.UUID,
    db: DbSession,
    actor: AccountAdministrator,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=INT32_MAX)] = 0,
) -> list[AuditEventRead]:
    """Newest first: what the person did and what was done to their account."""
    user = await service.user_to_administer(db, user_id)
    events = await service.audit_trail(db, user, limit, offset)
    return [AuditEventRead.model_validate(e) for e in events]
