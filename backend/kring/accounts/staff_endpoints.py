"""Staff administration of accounts (`/admin/users`): staff whose role allows it."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from kring.accounts import administration as service
from kring.accounts.auth import AccountManager, AccountViewer
from kring.accounts.repository import AccountRepository
from kring.accounts.staff_schemas import (
    AccountCreate,
    AccountRead,
    AccountSessionRead,
    AccountStatus,
    AccountViewRead,
    AuditEventRead,
    EmailChangeByStaff,
    MembershipCreate,
    StaffBranchSet,
)
from kring.config import SettingsDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText

router = APIRouter(prefix="/admin/users", tags=["admin"])


@router.post(
    "/{user_id}/deactivation",
    operation_id="admin:deactivate_user",
    summary="Deactivate an account",
    responses=problem_responses(401, 403, 404, 409),
)
async def deactivate_user(
    user_id: uuid.UUID, db: DbSession, principal: AccountManager
) -> AccountStatus:
    """Ends the person's sessions and their API clients' tokens, and mails them."""
    user = await service.user_to_administer(db, principal, user_id)
    return AccountStatus.model_validate(await service.deactivate(db, principal, user))


@router.post(
    "/{user_id}/reactivation",
    operation_id="admin:reactivate_user",
    summary="Reactivate an account",
    responses=problem_responses(401, 403, 404, 409),
)
async def reactivate_user(
    user_id: uuid.UUID, db: DbSession, settings: SettingsDep, principal: AccountManager
) -> AccountStatus:
    """The person can log in again, and gets six months before the next inactivity check."""
    user = await service.user_to_administer(db, principal, user_id)
    reactivated = await service.reactivate(db, settings, principal, user)
    return AccountStatus.model_validate(reactivated)


@router.delete(
    "/{user_id}/mfa/sms",
    operation_id="admin:reset_mfa_phone",
    summary="Reset an account's 2FA phone number",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def reset_mfa_phone(
    user_id: uuid.UUID, db: DbSession, settings: SettingsDep, principal: AccountManager
) -> None:
    """The owner cannot change it; this removes it and mails a link to enter a new one."""
    user = await service.user_to_administer(db, principal, user_id)
    await service.reset_mfa_phone(db, settings, principal, user)


@router.get(
    "",
    operation_id="admin:list_users",
    summary="Find accounts",
    responses=problem_responses(401, 403, 422),
)
async def list_users(
    db: DbSession,
    principal: AccountViewer,
    page: PageQuery,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of a name or e-mail.")
    ] = None,
) -> Page[AccountRead]:
    """By e-mail address; deleted accounts are left out."""
    return await AccountRepository(db).search(principal, q, page)


@router.post(
    "",
    operation_id="admin:create_user",
    summary="Create an account for a professional",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
)
async def create_user(
    body: AccountCreate, db: DbSession, settings: SettingsDep, principal: AccountManager
) -> AccountRead:
    """The advisor flow: the person gets the activation e-mail at once (valid 7 days)."""
    user = await service.create_account(db, settings, principal, body)
    return await AccountRepository(db).account_read(user)


@router.get(
    "/{user_id}",
    operation_id="admin:get_user",
    summary="An account",
    responses=problem_responses(401, 403, 404),
)
async def get_user(user_id: uuid.UUID, db: DbSession, principal: AccountViewer) -> AccountRead:
    """With the organisations the person belongs to; the read is audited (`account.viewed`)."""
    accounts = AccountRepository(db)
    user = await accounts.get(principal, user_id)
    read = await accounts.account_read(user)
    await service.viewed(db, principal, user.id)
    return read


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
    db: DbSession,
    principal: AccountManager,
) -> AccountRead:
    """Several umbrella organisations only with a recorded reason."""
    user = await service.user_to_administer(db, principal, user_id)
    await service.link_membership(db, principal, user, body)
    return await AccountRepository(db).account_read(user)


@router.put(
    "/{user_id}/staff-branch",
    operation_id="admin:set_staff_branch",
    summary="Set the branch a branch staff member works for",
    responses=problem_responses(401, 403, 404, 422),
)
async def set_staff_branch(
    user_id: uuid.UUID,
    body: StaffBranchSet,
    db: DbSession,
    principal: AccountManager,
) -> AccountRead:
    """A supplier branch, for staff with the branch role: they see and handle its orders."""
    user = await service.user_to_administer(db, principal, user_id)
    await service.set_staff_branch(db, principal, user, body.branch_id)
    return await AccountRepository(db).account_read(user)


@router.put(
    "/{user_id}/email",
    operation_id="admin:change_user_email",
    summary="Change an account's e-mail address",
    responses=problem_responses(401, 403, 404, 422),
)
async def change_user_email(
    user_id: uuid.UUID,
    body: EmailChangeByStaff,
    db: DbSession,
    principal: AccountManager,
) -> AccountRead:
    """For organisation-managed accounts; the account and its history stay, sessions end."""
    user = await service.user_to_administer(db, principal, user_id)
    await service.change_email(db, principal, user, body.new_email)
    return await AccountRepository(db).account_read(user)


@router.delete(
    "/{user_id}",
    operation_id="admin:delete_user",
    summary="Delete an account",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409),
)
async def delete_user(user_id: uuid.UUID, db: DbSession, principal: AccountManager) -> None:
    """Personal data is erased; kept records keep a pseudonym. Cannot be undone."""
    user = await service.user_to_administer(db, principal, user_id)
    await service.delete_account(db, principal, user)


@router.get(
    "/{user_id}/audit-events",
    operation_id="admin:list_user_audit_events",
    summary="An account's audit trail",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_user_audit_events(
    user_id: uuid.UUID, db: DbSession, principal: AccountViewer, page: PageQuery
) -> Page[AuditEventRead]:
    """Newest first: what the person did and what was done to their account; audited."""
    trail = await AccountRepository(db).audit_trail(principal, user_id, page)
    await service.viewed(db, principal, user_id, "audit_trail")  # read: the account exists
    return trail


@router.get(
    "/{user_id}/views",
    operation_id="admin:list_user_views",
    summary="Who read an account's record",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_user_views(
    user_id: uuid.UUID, db: DbSession, principal: AccountViewer, page: PageQuery
) -> Page[AccountViewRead]:
    """Newest first: each read of the account's page, audit trail or sessions, and by whom."""
    # Not audited itself: every look at this list would add to it (it tells who looked, not
    # what the person's record holds).
    return await AccountRepository(db).views(principal, user_id, page)


@router.get(
    "/{user_id}/sessions",
    operation_id="admin:list_user_sessions",
    summary="An account's active sessions",
    responses=problem_responses(401, 403, 404),
)
async def list_user_sessions(
    user_id: uuid.UUID, db: DbSession, settings: SettingsDep, principal: AccountViewer
) -> list[AccountSessionRead]:
    """Where the person is logged in, most recently used first; the read is audited."""
    accounts = AccountRepository(db)
    user = await accounts.get(principal, user_id)
    found = await accounts.live_sessions(user.id, settings.session_idle_minutes)
    await service.viewed(db, principal, user.id, "sessions")
    return found


@router.delete(
    "/{user_id}/sessions",
    operation_id="admin:end_user_sessions",
    summary="Log an account out everywhere",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def end_user_sessions(user_id: uuid.UUID, db: DbSession, principal: AccountManager) -> None:
    """Ends every session of the account; the person can log in again."""
    user = await service.user_to_administer(db, principal, user_id)
    await service.end_sessions(db, principal, user)
