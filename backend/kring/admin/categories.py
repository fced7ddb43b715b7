"""Staff add and rename categories of services (`/admin/categories`); "Other" stays last."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Request, status
from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select

from kring.admin.auth import AccountAdministrator
from kring.audit import service as audit
from kring.kit.db import DbSession
from kring.kit.errors import Conflict, NotFound, problem_responses
from kring.kit.i18n import N_
from kring.kit.types import Text
from kring.models.provider import Category

router = APIRouter(prefix="/admin/categories", tags=["admin"])

CategoryName = Annotated[str, Text(min_length=2, max_length=100)]


class CategoryNames(BaseModel):
    """The category's name in each language."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"name_nl": "Tuinonderhoud", "name_fr": "Jardinage", "name_en": "Gardening"}
            ]
        }
    )

    name_nl: CategoryName
    name_fr: CategoryName
    name_en: CategoryName


class CategoryCreate(CategoryNames):
    """A new category; its slug is its address in the search (`?category=tuinonderhoud`)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "slug": "tuinonderhoud",
                    "name_nl": "Tuinonderhoud",
                    "name_fr": "Jardinage",
                    "name_en": "Gardening",
                }
            ]
        }
    )

    slug: Annotated[str, Text(max_length=60, pattern=r"^[a-z0-9-]{2,60}$")]


class CategoryAdminRead(CategoryCreate):
    id: uuid.UUID
    position: int


def _read(category: Category) -> CategoryAdminRead:
    return CategoryAdminRead(
        id=category.id,
        slug=category.slug,
        name_nl=category.name_nl,
        name_fr=category.name_fr,
        name_en=category.name_en,
        position=category.position,
    )


@router.post(
    "",
    operation_id="admin:create_category",
    summary="Add a category of services",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
async def create_category(
    body: CategoryCreate, request: Request, db: DbSession, actor: AccountAdministrator
) -> CategoryAdminRead:
    """Listed after the others, before "Other"."""
    taken = await db.scalar(select(Category.id).where(Category.slug == body.slug))
    if taken is not None:
        raise Conflict(N_("There already is a category with this slug."))
    last = await db.scalar(select(func.max(Category.position)))
    category = Category(**body.model_dump(), position=(last or 0) + 1)
    db.add(category)
    await db.flush()
    await audit.record_for_request(
        db,
        "category.created",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="category",
        subject_id=category.id,
        details={"slug": body.slug},
    )
    return _read(category)


@router.patch(
    "/{category_id}",
    operation_id="admin:rename_category",
    summary="Rename a category of services",
    responses=problem_responses(401, 403, 404, 422),
)
async def rename_category(
    category_id: uuid.UUID,
    body: CategoryNames,
    request: Request,
    db: DbSession,
    actor: AccountAdministrator,
) -> CategoryAdminRead:
    """The slug stays, so links to the search keep working."""
    category = await db.get(Category, category_id, with_for_update=True)
    if category is None:
        raise NotFound()
    category.name_nl, category.name_fr, category.name_en = body.name_nl, body.name_fr, body.name_en
    await db.flush()
    await audit.record_for_request(
        db,
        "category.renamed",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="category",
        subject_id=category.id,
    )
    return _read(category)
