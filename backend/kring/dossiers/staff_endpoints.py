"""Staff read dossiers (`/admin/dossiers`): every list hit and read is audited."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kring.dossiers import service
from kring.dossiers.auth import DossierStaffReader
from kring.dossiers.schemas import AccessLogEntry, DossierRead, DossierSummary
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.models.dossier import DossierStatus

router = APIRouter(prefix="/admin/dossiers", tags=["admin"])


@router.get(
    "",
    operation_id="admin:list_dossiers",
    summary="Dossiers",
    responses=problem_responses(401, 403, 422),
)
async def list_dossiers(
    db: DbSession,
    principal: DossierStaffReader,
    page: PageQuery,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of the help seeker's name.")
    ] = None,
    status_: Annotated[DossierStatus | None, Query(alias="status")] = None,
) -> Page[DossierSummary]:
    """Newest first; every dossier shown is recorded in its access log."""
    return await service.staff_list(db, principal, q, status_, page)


@router.get(
    "/{dossier_id}",
    operation_id="admin:get_dossier",
    summary="One dossier",
    responses=problem_responses(401, 403, 404, 422),
)
async def get_dossier(
    dossier_id: uuid.UUID, db: DbSession, principal: DossierStaffReader
) -> DossierRead:
    """Reading it is recorded in its access log, with your staff role."""
    return await service.staff_get(db, principal, dossier_id)


@router.get(
    "/{dossier_id}/access-log",
    operation_id="admin:get_dossier_access_log",
    summary="Who looked at a dossier",
    responses=problem_responses(401, 403, 404, 422),
)
async def get_access_log(
    dossier_id: uuid.UUID, db: DbSession, principal: DossierStaffReader, page: PageQuery
) -> Page[AccessLogEntry]:
    """Newest first; reading it is recorded too."""
    return await service.staff_access_log(db, principal, dossier_id, page)
