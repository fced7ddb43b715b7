"""Matching on a dossier (`/dossiers/{id}/helpers-near`, `/dossiers/{id}/suggestions`), for
whoever may read the dossier; staff read the same through `/admin/dossiers/{id}/...`."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.matching import service
from kring.matching.auth import MatchStaffReader, SignedIn
from kring.matching.schemas import HelpersNear, Suggestions

router = APIRouter(prefix="/dossiers", tags=["matching"])
staff_router = APIRouter(prefix="/admin/dossiers", tags=["admin"])


@router.get(
    "/{dossier_id}/helpers-near",
    operation_id="matching:count_helpers_near",
    summary="How many helpers are near the help seeker",
    responses=problem_responses(401, 404, 409, 422),
)
async def count_helpers_near(
    dossier_id: uuid.UUID, db: DbSession, principal: SignedIn
) -> HelpersNear:
    """Matchable helpers whose work area covers the address; before the fee is paid too."""
    return await service.count_helpers_near(db, principal, dossier_id)


@router.get(
    "/{dossier_id}/suggestions",
    operation_id="matching:list_suggestions",
    summary="The best-fitting helpers, with their reasons",
    responses=problem_responses(401, 404, 409, 422),
)
async def list_suggestions(
    dossier_id: uuid.UUID, db: DbSession, principal: SignedIn
) -> Suggestions:
    """The best 20 by score (docs/matching.md); recorded in the dossier's access log."""
    return await service.list_suggestions(db, principal, dossier_id)


@staff_router.get(
    "/{dossier_id}/helpers-near",
    operation_id="admin:count_dossier_helpers_near",
    summary="How many helpers are near a help seeker",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def staff_count_helpers_near(
    dossier_id: uuid.UUID, db: DbSession, principal: MatchStaffReader
) -> HelpersNear:
    """Recorded in the dossier's access log, with your staff role."""
    return await service.count_helpers_near(db, principal, dossier_id, staff=True)


@staff_router.get(
    "/{dossier_id}/suggestions",
    operation_id="admin:list_dossier_suggestions",
    summary="A dossier's suggested helpers",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def staff_list_suggestions(
    dossier_id: uuid.UUID, db: DbSession, principal: MatchStaffReader
) -> Suggestions:
    """Recorded in the dossier's access log, with your staff role."""
    return await service.list_suggestions(db, principal, dossier_id, staff=True)
