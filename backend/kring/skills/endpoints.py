"""The skills list (`/skills`), public and cached with an ETag; staff keep it (`/admin/skills`)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response, status
from pydantic import TypeAdapter

from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.public_lists import NOT_MODIFIED, PublicListsDep
from kring.skills import service
from kring.skills.auth import SkillManager
from kring.skills.schemas import SkillAdminRead, SkillCreate, SkillNames, SkillRead

router = APIRouter(prefix="/skills", tags=["skills"])
staff_router = APIRouter(prefix="/admin/skills", tags=["admin"])

_SKILLS = TypeAdapter(list[SkillRead])


@router.get(
    "",
    operation_id="skills:list_skills",
    summary="The skills list",
    response_model=list[SkillRead],
    responses={**problem_responses(), **NOT_MODIFIED},
)
async def list_skills(request: Request, db: DbSession, lists: PublicListsDep) -> Response:
    """In the reader's language, by group. With an ETag: send it back, get a 304."""
    return await lists.answer(request, "skills", lambda: service.list_skills(db), _SKILLS, db=db)


@staff_router.post(
    "",
    operation_id="admin:create_skill",
    summary="Add a skill",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
async def create_skill(body: SkillCreate, db: DbSession, principal: SkillManager) -> SkillAdminRead:
    """Listed last in its group."""
    return await service.create(db, principal, body)


@staff_router.patch(
    "/{skill_id}",
    operation_id="admin:rename_skill",
    summary="Rename a skill",
    responses=problem_responses(401, 403, 404, 422),
)
async def rename_skill(
    skill_id: uuid.UUID, body: SkillNames, db: DbSession, principal: SkillManager
) -> SkillAdminRead:
    """The slug stays, so what refers to the skill keeps doing so."""
    return await service.rename(db, principal, skill_id, body)
