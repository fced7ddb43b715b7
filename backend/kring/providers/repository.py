"""Reads of provider profiles (the provider's own, and every one for staff) and categories."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, bindparam, func, select

from kring.auth.dependencies import StaffTask
from kring.auth.principal import Principal, Visitor
from kring.kit.errors import NotFound
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.place import Place
from kring.models.provider import (
    Category,
    ProviderCategory,
    ProviderProfile,
    ProviderService,
    ProviderStatus,
    ProviderWorkPlace,
    VogStatus,
)
from kring.models.user import User

# Newest first; the id (unique) breaks ties.
STAFF_LIST = Keyset(
    "admin-providers",
    (
        SortKey(ProviderProfile.created_at.expression, descending=True, kind=datetime),
        SortKey(ProviderProfile.id.expression),
    ),
)

# What staff see of a provider, read as Core rows (no profile entity per row).
SUMMARY_COLUMNS = (
    ProviderProfile.id,
    ProviderProfile.user_id,
    ProviderProfile.created_at,
    ProviderProfile.company_name,
    ProviderProfile.status,
    ProviderProfile.live_at,
    ProviderProfile.identity_document_seen,
    ProviderProfile.seen_in_person,
    ProviderProfile.introduction_video,
    ProviderProfile.has_kvk,
    ProviderProfile.vog_key,
    ProviderProfile.vog_bytes,
    ProviderProfile.vog_uploaded_at,
    ProviderProfile.vog_issued_on,
    ProviderProfile.vog_confirmed_at,
    ProviderProfile.vog_rejected_at,
    ProviderProfile.vog_rejection_reason,
    ProviderProfile.suspended_reason,
    User.email,
    User.first_name,
    User.prefix,
    User.last_name,
)


def _vog_in(status: VogStatus) -> ColumnElement[bool]:
    p = ProviderProfile
    return {
        VogStatus.missing: p.vog_key.is_(None),
        VogStatus.waiting: p.vog_key.is_not(None)
        & p.vog_confirmed_at.is_(None)
        & p.vog_rejected_at.is_(None),
        VogStatus.confirmed: p.vog_confirmed_at.is_not(None),
        VogStatus.rejected: p.vog_rejected_at.is_not(None),
    }[status]


class ProviderRepository(Repository[ProviderProfile, Principal]):
    model = ProviderProfile

    def readable(self, principal: Principal) -> Select[ProviderProfile]:
        statement = select(ProviderProfile)
        if principal.may(StaffTask.view_providers):
            # An erased profile is gone for staff too, as its deleted account is.
            return statement.where(ProviderProfile.status != ProviderStatus.erased)
        return statement.where(ProviderProfile.user_id == principal.user_id)

    def _summaries(self, principal: Principal) -> Select[*tuple[Any, ...]]:
        return (
            self.readable(principal)
            .with_only_columns(*SUMMARY_COLUMNS)
            .join_from(ProviderProfile, User, User.id == ProviderProfile.user_id)
        )

    async def summary_page(
        self,
        principal: Principal,
        page: PageRequest,
        item: Any,
        *,
        status: ProviderStatus | None = None,
        vog_missing: bool | None = None,
        vog_status: VogStatus | None = None,
    ) -> Page[Any]:

        def build() -> Select[Any]:
            statement = self._summaries(principal)
            if status:
                statement = statement.where(ProviderProfile.status == bindparam("status"))
            if vog_missing is not None:
                missing = ProviderProfile.has_kvk.is_(True) & ProviderProfile.vog_confirmed_at.is_(
                    None
                )
                statement = statement.where(missing if vog_missing else ~missing)
            if vog_status is not None:
                statement = statement.where(_vog_in(vog_status))
            return statement

        # Staff's `readable` holds nothing of the principal: one statement per filter shape.
        shape = (
            (status is not None, vog_missing, vog_status)
            if principal.may(StaffTask.view_providers)
            else None
        )
        values = {"status": status} if status else {}
        return await self.page_of_shape(shape, build, values, STAFF_LIST, page, item=item)

    async def summary_row(
        self, principal: Principal, profile_id: uuid.UUID
    ) -> Row[*tuple[Any, ...]]:
        row: Row[*tuple[Any, ...]] | None = (
            await self.session.execute(
                self._summaries(principal).where(ProviderProfile.id == profile_id)
            )
        ).first()
        if row is None:
            raise NotFound()
        return row

    async def with_user(
        self, principal: Principal, profile_id: uuid.UUID
    ) -> tuple[ProviderProfile, User]:
        """The profile, locked for the change that follows, and its person."""
        profile = await self.get(principal, profile_id, for_update=True)
        user = await self.session.get(User, profile.user_id)
        assert user is not None  # a foreign key
        return profile, user

    async def work_places(self, profile: ProviderProfile) -> Sequence[Place]:
        rows = await self.session.scalars(
            select(Place)
            .join(ProviderWorkPlace, ProviderWorkPlace.place_id == Place.id)
            .where(ProviderWorkPlace.profile_id == profile.id)
            .order_by(Place.name)
        )
        return rows.all()

    async def categories(self, profile: ProviderProfile) -> Sequence[Category]:
        rows = await self.session.scalars(
            select(Category)
            .join(ProviderCategory, ProviderCategory.category_id == Category.id)
            .where(ProviderCategory.profile_id == profile.id)
            .order_by(Category.position)
        )
        return rows.all()

    async def services(self, profile: ProviderProfile) -> Sequence[ProviderService]:
        rows = await self.session.scalars(
            select(ProviderService)
            .where(ProviderService.profile_id == profile.id)
            .order_by(ProviderService.position)
        )
        return rows.all()

    async def measured_from_home(self, user: User) -> ProviderProfile | None:
        """The person's profile, locked, when its work area is measured from the home address."""
        profile: ProviderProfile | None = await self.session.scalar(
            select(ProviderProfile)
            .where(
                ProviderProfile.user_id == user.id,
                ProviderProfile.address_is_work_address.is_(False),
                ProviderProfile.completed_steps.contains(["company"]),
            )
            .with_for_update()
        )
        return profile

    async def known_places(self, ids: Sequence[int]) -> set[int]:
        return set(await self.session.scalars(select(Place.id).where(Place.id.in_(ids))))


class CategoryRepository(Repository[Category, Principal | Visitor]):
    model = Category

    def readable(self, principal: Principal | Visitor) -> Select[Category]:
        # The categories are public: the search and the wizard list them to anyone.
        return select(Category)

    async def in_order(self) -> Sequence[Category]:
        # "Other" last, whatever staff add after it.
        rows = await self.session.scalars(
            select(Category).order_by(Category.slug == "overige", Category.position, Category.slug)
        )
        return rows.all()

    async def known(self, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        return set(await self.session.scalars(select(Category.id).where(Category.id.in_(ids))))

    async def slug_taken(self, slug: str) -> bool:
        return (
            await self.session.scalar(select(Category.id).where(Category.slug == slug)) is not None
        )

    async def last_position(self) -> int:
        return await self.session.scalar(select(func.max(Category.position))) or 0
