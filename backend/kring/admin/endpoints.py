"""Staff administration of accounts (`/admin`), for Kring's admins and advisors."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, status

from kring.admin import service
from kring.admin.auth import AccountAdministrator
from kring.admin.schemas import AccountStatus
from kring.config import settings_of
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses

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
