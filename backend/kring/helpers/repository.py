"""Reads of helper profiles: a person's own (the only one they reach), every one for staff whose
role may view providers and helpers, and the skills and places a profile names."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, String, bindparam, select

from kring.auth.dependencies import StaffTask
from kring.auth.principal import Principal
from kring.kit.db import contains_pattern
from kring.kit.errors import NotFound
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.helper import HelperProfile, HelperStatus, HelperWorkPlace
from kring.models.place import Place
from kring.models.skill import Skill
from kring.models.user import User

# Newest first; the id (unique) breaks ties.
STAFF_LIST = Keyset(
    "admin-helpers",
    (
        SortKey(HelperProfile.created_at.expression, descending=True, kind=datetime),
        SortKey(HelperProfile.id.expression, descending=True),
    ),
)

# What staff see of a helper in the list, read as Core rows.
SUMMARY_COLUMNS = (
    HelperProfile.id,
    HelperProfile.user_id,
    HelperProfile.created_at,
    HelperProfile.city,
    HelperProfile.status,
    HelperProfile.kind,
    HelperProfile.accepting_new,
    HelperProfile.identity_document_seen,
    HelperProfile.seen_in_person,
    HelperProfile.badged_at,
    HelperProfile.matchable,
    User.email,
    User.first_name,
    User.prefix,
    User.last_name,
)


def sees_every_helper(principal: Principal) -> bool:
    return principal.may(StaffTask.view_providers)


class HelperRepository(Repository[HelperProfile, Principal]):
    model = HelperProfile

    def readable(self, principal: Principal) -> Select[HelperProfile]:
        statement = select(HelperProfile)
        if sees_every_helper(principal):
            return statement
        return statement.where(HelperProfile.user_id == principal.user_id)

    async def own(self, principal: Principal, *, for_update: bool = False) -> HelperProfile | None:
        """The person's own profile (whatever their staff role), locked when a change follows."""
        statement = select(HelperProfile).where(HelperProfile.user_id == principal.user_id)
        if for_update:
            statement = statement.with_for_update().execution_options(populate_existing=True)
        found: HelperProfile | None = await self.session.scalar(statement)
        return found

    async def by_id(self, helper_id: uuid.UUID) -> HelperProfile | None:
        """Any helper by id, whoever asks (their portrait is shown with suggestions)."""
        return await self.session.get(HelperProfile, helper_id)

    async def lock_person(self, user_id: uuid.UUID) -> None:
        """Lock the person's account row: two first saves at once make one profile, not two."""
        await self.session.execute(select(User.id).where(User.id == user_id).with_for_update())

    async def known_skills(self, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        return set(await self.session.scalars(select(Skill.id).where(Skill.id.in_(ids))))

    async def places(self, ids: Sequence[int]) -> Sequence[Place]:
        rows = await self.session.scalars(
            select(Place).where(Place.id.in_(ids)).order_by(Place.name, Place.id)
        )
        return rows.all()

    async def work_places(self, profile_id: uuid.UUID) -> Sequence[Place]:
        rows = await self.session.scalars(
            select(Place)
            .join(HelperWorkPlace, HelperWorkPlace.place_id == Place.id)
            .where(HelperWorkPlace.helper_id == profile_id)
            .order_by(Place.name, Place.id)
        )
        return rows.all()

    def _summaries(self, principal: Principal) -> Select[*tuple[Any, ...]]:
        return (
            self.readable(principal)
            .with_only_columns(*SUMMARY_COLUMNS)
            .join_from(HelperProfile, User, User.id == HelperProfile.user_id)
        )

    async def summary_page(
        self,
        principal: Principal,
        page: PageRequest,
        item: Any,
        *,
        waiting_for_badge: bool | None,
        q: str | None,
    ) -> Page[Any]:
        def build() -> Select[Any]:
            statement = self._summaries(principal)
            if waiting_for_badge is not None:
                # The partial index `ix_helper_profile_unbadged` holds this queue.
                waiting = (HelperProfile.status == HelperStatus.active) & (
                    HelperProfile.identity_document_seen.is_(False)
                )
                statement = statement.where(waiting if waiting_for_badge else ~waiting)
            if q:
                pattern = bindparam("pattern", type_=String)
                statement = statement.where(
                    User.display_name_sql().ilike(pattern) | User.email.ilike(pattern)
                )
            return statement

        # Staff's `readable` holds nothing of the principal: one statement per filter shape.
        shape = (waiting_for_badge, bool(q)) if sees_every_helper(principal) else None
        values = {"pattern": contains_pattern(q)} if q else {}
        return await self.page_of_shape(shape, build, values, STAFF_LIST, page, item=item)

    async def summary_row(self, principal: Principal, helper_id: uuid.UUID) -> Row[Any]:
        row: Row[Any] | None = (
            await self.session.execute(
                self._summaries(principal).where(HelperProfile.id == helper_id)
            )
        ).first()
        if row is None:
            raise NotFound()
        return row

    async def user(self, user_id: uuid.UUID) -> User:
        user = await self.session.get(User, user_id)
        assert user is not None  # a foreign key
        return user
