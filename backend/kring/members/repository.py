"""Reading an organisation's members, always from the organisation the principal acts for."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, String, bindparam, delete, exists, func, or_, select

from kring.auth.organisations import OrganisationPrincipal
from kring.kit.db import contains_pattern
from kring.kit.errors import NotFound
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.mfa import MfaFactor, RecoveryCode
from kring.models.organisation import Membership, Organisation
from kring.models.user import User, UserStatus

_HAS_FACTOR = (
    exists()
    .where(MfaFactor.user_id == User.id, MfaFactor.confirmed_at.is_not(None))
    .correlate(User)
    .label("has_factor")
)
_SORT_LAST = func.lower(func.coalesce(User.last_name, "")).label("sort_last")
_SORT_FIRST = func.lower(User.first_name).label("sort_first")
BY_NAME = Keyset(
    "members",
    (
        SortKey(_SORT_LAST, kind=str),
        SortKey(_SORT_FIRST, kind=str),
        SortKey(Membership.__table__.c.id),
    ),
)
# The columns of a member card, as Core rows.
_CARD: tuple[Any, ...] = (
    Membership.id,
    Membership.user_id,
    User.email,
    User.initials,
    User.first_name,
    User.prefix,
    User.last_name,
    User.birth_date,
    User.gender,
    User.nickname,
    User.home_street,
    User.home_house_number,
    User.home_house_number_addition,
    User.home_postcode,
    User.home_city,
    User.postal_street,
    User.postal_house_number,
    User.postal_house_number_addition,
    User.postal_postcode,
    User.postal_city,
    Membership.phone,
    Membership.mobile,
    Membership.department,
    Membership.function_code,
    Membership.function_on_business_card,
    Membership.portal_admin,
    Membership.portal_employee,
    Membership.email_services,
    Membership.contact_for_all_projects,
    User.status,
    _HAS_FACTOR,
)


class MemberRepository(Repository[Membership, OrganisationPrincipal]):
    model = Membership

    def readable(self, principal: OrganisationPrincipal) -> Select[Any]:
        """The organisation's memberships of people whose account still exists."""
        return self._of_organisation(principal.organisation_id)

    @staticmethod
    def _of_organisation(organisation_id: Any) -> Select[Any]:
        return (
            select(Membership)
            .join(User, User.id == Membership.user_id)
            .where(
                Membership.organisation_id == organisation_id,
                User.status != UserStatus.deleted,
            )
        )

    async def page_of(
        self, principal: OrganisationPrincipal, q: str | None, page: PageRequest, item: Any
    ) -> Page[Any]:
        """By last name, first name; `q` is part of a name, e-mail address or department."""

        def build() -> Select[Any]:
            # `readable` for the principal's organisation, its id bound on each request.
            statement = self._of_organisation(bindparam("organisation_id")).with_only_columns(
                *_CARD, _SORT_LAST, _SORT_FIRST
            )
            if q:
                pattern = bindparam("pattern", type_=String)
                statement = statement.where(
                    or_(
                        User.display_name_sql().ilike(pattern),
                        User.email.ilike(pattern),
                        Membership.department.ilike(pattern),
                    )
                )
            return statement

        values: dict[str, Any] = {"organisation_id": principal.organisation_id}
        if q:
            values["pattern"] = contains_pattern(q)
        return await self.page_of_shape(bool(q), build, values, BY_NAME, page, item=item)

    async def card(self, principal: OrganisationPrincipal, membership_id: uuid.UUID) -> Any:
        """One member card (a Core row), or 404."""
        statement = self.readable(principal).with_only_columns(*_CARD)
        found = (
            await self.session.execute(statement.where(Membership.id == membership_id))
        ).first()
        if found is None:
            raise NotFound()
        return found

    async def with_user(
        self, principal: OrganisationPrincipal, membership_id: uuid.UUID
    ) -> tuple[Membership, User]:
        """The membership and its person, both locked: a change follows."""
        statement = (
            self.readable(principal)
            .add_columns(User)
            .where(Membership.id == membership_id)
            .with_for_update(of=Membership)
            .execution_options(populate_existing=True)
        )
        found = (await self.session.execute(statement)).first()
        if found is None:
            raise NotFound()
        return found[0], found[1]

    async def organisation(
        self, principal: OrganisationPrincipal, *, for_update: bool = False
    ) -> Organisation:
        """The organisation acted for; locked, rights changes of one organisation take turns."""
        statement = select(Organisation).where(Organisation.id == principal.organisation_id)
        if for_update:
            statement = statement.with_for_update()
        found = await self.session.scalar(statement)
        if found is None:
            raise NotFound()
        return found

    async def other_admins(self, membership: Membership) -> int:
        """Portal admins of the membership's organisation besides this one who can still act."""
        count = await self.session.scalar(
            select(func.count())
            .select_from(Membership)
            .join(User, User.id == Membership.user_id)
            .where(
                Membership.organisation_id == membership.organisation_id,
                Membership.id != membership.id,
                Membership.portal_admin.is_(True),
                Membership.portal_employee.is_(True),
                User.status.in_((UserStatus.active, UserStatus.invited)),
            )
        )
        return int(count or 0)

    async def belongs_elsewhere(self, principal: OrganisationPrincipal, user_id: uuid.UUID) -> bool:
        """Whether the person is also a member of another organisation than the one acted for."""
        other = await self.session.scalar(
            select(Membership.id).where(
                Membership.user_id == user_id,
                Membership.organisation_id != principal.organisation_id,
            )
        )
        return other is not None

    async def drop_second_factors(self, user_id: uuid.UUID) -> None:
        await self.session.execute(delete(MfaFactor).where(MfaFactor.user_id == user_id))
        await self.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
