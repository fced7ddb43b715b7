"""An organisation's members for every staff role (`/admin/organisations/{id}/members`): read
only; changing them is acting for the organisation (`/organisations/{id}/members`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.members import service
from kring.members.auth import MemberViewer
from kring.members.schemas import MemberRead

router = APIRouter(prefix="/admin/organisations/{organisation_id}/members", tags=["admin"])


@router.get(
    "",
    operation_id="admin:list_organisation_members",
    summary="An organisation's contact persons",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_organisation_members(
    db: DbSession,
    acting: MemberViewer,
    page: PageQuery,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of a name, e-mail or department.")
    ] = None,
) -> Page[MemberRead]:
    """By last name, for every staff role; each person shown is audited (`member.viewed`)."""
    return await service.list_members(db, acting, q, page)
