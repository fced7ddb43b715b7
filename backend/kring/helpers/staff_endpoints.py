"""Staff administration of helpers (`/admin/helpers`): the list with the queue waiting for the
identity badge, one helper (audited), and the badges (audited)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kring.helpers import staff_service
from kring.helpers.auth import HelperBadgeSetter, HelperViewer
from kring.helpers.schemas import HelperBadges, HelperStaffRead, HelperSummary
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText

router = APIRouter(prefix="/admin/helpers", tags=["admin"])


@router.get(
    "",
    operation_id="admin:list_helpers",
    summary="Helpers, newest first",
    responses=problem_responses(401, 403, 422),
)
async def list_helpers(
    db: DbSession,
    principal: HelperViewer,
    page: PageQuery,
    waiting_for_badge: Annotated[
        bool | None,
        Query(description="Active helpers whose identity document Kring has not seen yet."),
    ] = None,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of the name or e-mail address.")
    ] = None,
) -> Page[HelperSummary]:
    """For every staff role."""
    return await staff_service.list_helpers(
        db, principal, page, waiting_for_badge=waiting_for_badge, q=q
    )


@router.get(
    "/{helper_id}",
    operation_id="admin:get_helper",
    summary="A helper",
    responses=problem_responses(401, 403, 404),
)
async def get_helper(
    helper_id: uuid.UUID, db: DbSession, principal: HelperViewer
) -> HelperStaffRead:
    """The whole profile, with the home address; the read is audited."""
    return await staff_service.get_helper(db, principal, helper_id)


@router.put(
    "/{helper_id}/badges",
    operation_id="admin:set_helper_badges",
    summary="Set a helper's badges",
    responses=problem_responses(401, 403, 404, 422),
)
async def set_badges(
    helper_id: uuid.UUID,
    body: HelperBadges,
    db: DbSession,
    principal: HelperBadgeSetter,
    clock: ClockDep,
) -> HelperStaffRead:
    """Identity document seen (makes an active helper matchable) and seen in person; audited."""
    return await staff_service.set_badges(db, principal, clock, helper_id, body)
