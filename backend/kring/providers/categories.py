"""Staff add and rename the categories of services; "Other" stays last."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.kit.errors import Conflict
from kring.kit.i18n import N_
from kring.models.provider import Category
from kring.providers.repository import CategoryRepository
from kring.providers.staff_schemas import CategoryAdminRead, CategoryCreate, CategoryNames


def _read(category: Category) -> CategoryAdminRead:
    return CategoryAdminRead(
        id=category.id,
        slug=category.slug,
        name_nl=category.name_nl,
        name_fr=category.name_fr,
        name_en=category.name_en,
        position=category.position,
    )


async def create(db: AsyncSession, principal: Principal, body: CategoryCreate) -> CategoryAdminRead:
    """Listed after the others, before "Other"."""
    categories = CategoryRepository(db)
    if await categories.slug_taken(body.slug):
        raise Conflict(N_("There already is a category with this slug."))
    category = Category(**body.model_dump(), position=await categories.last_position() + 1)
    db.add(category)
    await db.flush()
    await audit.record(
        db,
        principal,
        "category.created",
        subject_type="category",
        subject_id=category.id,
        organisation_id=None,
        details={"slug": body.slug},
    )
    return _read(category)


async def rename(
    db: AsyncSession, principal: Principal, category_id: uuid.UUID, body: CategoryNames
) -> CategoryAdminRead:
    """The slug stays, so links to the search keep working."""
    category = await CategoryRepository(db).get(principal, category_id, for_update=True)
    category.name_nl, category.name_fr, category.name_en = body.name_nl, body.name_fr, body.name_en
    await db.flush()
    await audit.record(
        db,
        principal,
        "category.renamed",
        subject_type="category",
        subject_id=category.id,
        organisation_id=None,
    )
    return _read(category)
