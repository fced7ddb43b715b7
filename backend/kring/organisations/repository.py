"""Reading organisations, always from what the principal may see."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Row, Select, String, bindparam, func, select
from sqlalchemy.orm import aliased

from kring.auth.organisations import StaffTask, active_organisation
from kring.auth.principal import Principal
from kring.kit.db import contains_pattern
from kring.kit.errors import NotFound
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.organisation import Organisation

_BRANCH = aliased(Organisation, name="serving_branch")
_SORT_NAME = func.lower(Organisation.name).label("sort_name")
BY_NAME = Keyset(
    "organisations", (SortKey(_SORT_NAME, kind=str), SortKey(Organisation.__table__.c.id))
)


class OrganisationRepository(Repository[Organisation, Principal]):
    model = Organisation

    def readable(self, principal: Principal) -> Select[Any]:
        """Staff see every organisation; anyone else only the one they act for."""
        statement = select(Organisation)
        if principal.may(StaffTask.view_organisations):
            return statement
        return statement.where(Organisation.id == active_organisation(principal))

    def _rows(self, principal: Principal) -> Select[Any]:
        """The organisation's columns and its supplier branch's contact card, as Core rows."""
        return (
            self.readable(principal)
            .with_only_columns(
                *Organisation.__table__.c,
                _SORT_NAME,
                _BRANCH.name.label("branch_name"),
                _BRANCH.phone.label("branch_phone"),
                _BRANCH.email.label("branch_email"),
                _BRANCH.opening_hours.label("branch_opening_hours"),
                _BRANCH.training_url.label("branch_training_url"),
            )
            .outerjoin(_BRANCH, _BRANCH.id == Organisation.supplier_branch_id)
        )

    async def row(self, principal: Principal, organisation_id: uuid.UUID) -> Row[Any]:
        statement = self._rows(principal).where(Organisation.id == organisation_id)
        found: Row[Any] | None = (await self.session.execute(statement)).first()
        if found is None:
            raise NotFound()
        return found

    async def search(
        self, principal: Principal, q: str | None, page: PageRequest, item: Any
    ) -> Page[Any]:
        """By name (then id); `q` is part of the name or the exact registration number."""

        def build() -> Select[Any]:
            statement = self._rows(principal)
            if q:
                statement = statement.where(
                    Organisation.name.ilike(bindparam("pattern", type_=String))
                    | (Organisation.registration_number == bindparam("number", type_=String))
                )
            return statement

        values = {"pattern": contains_pattern(q), "number": q.strip()} if q else {}
        # Staff's `readable` holds nothing of the principal: one statement for all of them.
        shape = bool(q) if principal.may(StaffTask.view_organisations) else None
        return await self.page_of_shape(shape, build, values, BY_NAME, page, item=item)
