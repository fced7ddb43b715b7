"""Staff read a dossier's engagements (`/admin/dossiers/{id}/engagements`): audited."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from kring.engagements import service
from kring.engagements.auth import EngagementStaffReader
from kring.engagements.schemas import EngagementRead
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses

router = APIRouter(prefix="/admin/dossiers", tags=["admin"])


@router.get(
    "/{dossier_id}/engagements",
    operation_id="admin:list_dossier_engagements",
    summary="A dossier's engagements",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_engagements(
    dossier_id: uuid.UUID, db: DbSession, principal: EngagementStaffReader
) -> list[EngagementRead]:
    """Newest first, with contact details; reading them is recorded in the access log."""
    return await service.staff_list(db, principal, dossier_id)
