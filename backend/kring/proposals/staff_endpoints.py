"""Staff read a dossier's proposals (`/admin/dossiers/{id}/proposals`): audited."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.proposals import service
from kring.proposals.auth import ProposalStaffReader
from kring.proposals.schemas import ProposalRead

router = APIRouter(prefix="/admin/dossiers", tags=["admin"])


@router.get(
    "/{dossier_id}/proposals",
    operation_id="admin:list_dossier_proposals",
    summary="A dossier's proposals",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_proposals(
    dossier_id: uuid.UUID, db: DbSession, principal: ProposalStaffReader
) -> list[ProposalRead]:
    """Newest first; reading them is recorded in the dossier's access log."""
    return await service.staff_list(db, principal, dossier_id)
