"""Staff add and rename categories of services (`/admin/categories`); "Other" stays last."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.providers import categories
from kring.providers.auth import CategoryManager
from kring.providers.staff_schemas import CategoryAdminRead, CategoryCreate, CategoryNames

router = APIRouter(prefix="/admin/categories", tags=["admin"])


@router.post(
    "",
    operation_id="admin:create_category",
    summary="Add a category of services",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
async def create_category(
    body: CategoryCreate, db: DbSession, principal: CategoryManager
) -> CategoryAdminRead:
    """Listed after the others, before "Other"."""
    return await categories.create(db, principal, body)


@router.patch(
    "/{category_id}",
    operation_id="admin:rename_category",
    summary="Rename a category of services",
    responses=problem_responses(401, 403, 404, 422),
)
async def rename_category(
    category_id: uuid.UUID, body: CategoryNames, db: DbSession, principal: CategoryManager
) -> CategoryAdminRead:
    """The slug stays, so links to the search keep working."""
    return await categories.rename(db, principal, category_id, body)
