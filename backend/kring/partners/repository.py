"""Reading partner access requests, always from what the principal may see: a person their own,
staff every one."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, func, select, update

from kring.auth.principal import Principal
from kring.kit.errors import NotFound
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.organisation import Organisation
from kring.models.partner import PartnerAccessRequest, PartnerAccessStatus
from kring.models.user import User

# Soonest deadline first: overdue requests lead the queue.
QUEUE_ORDER = Keyset(
    "partner-access-requests",
    (
        SortKey(PartnerAccessRequest.deadline_at.expression, kind=datetime),
        SortKey(PartnerAccessRequest.id.expression),
    ),
)

# The organisation Kring knows, else the name the person gave.
ORGANISATION_NAME = func.coalesce(Organisation.name, PartnerAccessRequest.organisation_name)


class PartnerAccessRepository(Repository[PartnerAccessRequest, Principal]):
    model = PartnerAccessRequest

    def readable(self, principal: Principal) -> Select[Any]:
        if principal.is_staff:
            return select(PartnerAccessRequest)
        return select(PartnerAccessRequest).where(PartnerAccessRequest.user_id == principal.user_id)

    def own(self, principal: Principal) -> Select[Any]:
        """The principal's own requests, also for staff (who may read everyone's)."""
        return self.readable(principal).where(PartnerAccessRequest.user_id == principal.user_id)

    def _with_names(self, statement: Select[Any]) -> Select[Any]:
        return (
            statement.with_only_columns(
                *PartnerAccessRequest.__table__.c,
                ORGANISATION_NAME.label("organisation_shown"),
                User.display_name_sql().label("requester_name"),
                User.email.label("requester_email"),
            )
            .select_from(PartnerAccessRequest)
            .join(User, User.id == PartnerAccessRequest.user_id)
            .outerjoin(Organisation, Organisation.id == PartnerAccessRequest.organisation_id)
        )

    async def latest(self, principal: Principal) -> Any | None:
        """The person's newest request, with the organisation's name."""
        statement = self._with_names(self.own(principal)).order_by(
            PartnerAccessRequest.created_at.desc(), PartnerAccessRequest.id.desc()
        )
        return (await self.session.execute(statement.limit(1))).first()

    async def known_organisation(self, country: str, registration_number: str) -> uuid.UUID | None:
        """The organisation Kring knows by this number (a public register's number)."""
        return await self.session.scalar(
            select(Organisation.id)
            .where(
                Organisation.country == country,
                Organisation.registration_number == registration_number,
            )
            .order_by(Organisation.created_at, Organisation.id)
            .limit(1)
        )

    async def one_waiting(self, principal: Principal) -> bool:
        """Whether a request of the principal's own waits for staff."""
        waiting = (
            self.own(principal)
            .with_only_columns(PartnerAccessRequest.id)
            .where(PartnerAccessRequest.status == PartnerAccessStatus.requested)
        )
        return (await self.session.scalar(waiting)) is not None

    async def person(self, user_id: uuid.UUID) -> User:
        """The person who asked (a foreign key: they exist)."""
        user = await self.session.get(User, user_id)
        assert user is not None
        return user

    async def has_accepted(self, user_id: uuid.UUID) -> bool:
        """Whether the person is a verified partner."""
        accepted = select(PartnerAccessRequest.id).where(
            PartnerAccessRequest.user_id == user_id,
            PartnerAccessRequest.status == PartnerAccessStatus.accepted,
        )
        return (await self.session.scalar(accepted.limit(1))) is not None

    async def one_with_names(self, principal: Principal, request_id: uuid.UUID) -> Any:
        """One request with its names; a request the principal may not see does not exist."""
        statement = self._with_names(self.readable(principal)).where(
            PartnerAccessRequest.id == request_id
        )
        found = (await self.session.execute(statement)).first()
        if found is None:
            raise NotFound()
        return found

    async def staff_page(
        self,
        principal: Principal,
        status: PartnerAccessStatus | None,
        page: PageRequest,
        item: Any,
    ) -> Page[Any]:
        """Requests with the person who asked and their organisation, by deadline."""

        def build() -> Select[Any]:
            statement = self._with_names(self.readable(principal))
            if status:
                statement = statement.where(PartnerAccessRequest.status == bindparam("status"))
            return statement

        # Staff's `readable` holds nothing of the principal: one statement per filter shape.
        shape = status is not None if principal.is_staff else None
        values = {"status": status} if status else {}
        return await self.page_of_shape(shape, build, values, QUEUE_ORDER, page, item=item)


def near_deadline(
    now: datetime, remind_before: Any, limit: int
) -> Select[PartnerAccessRequest, str, str]:
    """Open requests whose deadline is within `remind_before` and that staff were not told of."""
    return (
        select(
            PartnerAccessRequest,
            User.display_name_sql().label("requester_name"),
            ORGANISATION_NAME.label("organisation_shown"),
        )
        .join(User, User.id == PartnerAccessRequest.user_id)
        .outerjoin(Organisation, Organisation.id == PartnerAccessRequest.organisation_id)
        .where(
            PartnerAccessRequest.status == PartnerAccessStatus.requested,
            PartnerAccessRequest.reminded_at.is_(None),
            PartnerAccessRequest.deadline_at <= now + remind_before,
        )
        .order_by(PartnerAccessRequest.deadline_at, PartnerAccessRequest.id)
        .limit(limit)
        .with_for_update(of=PartnerAccessRequest, skip_locked=True)
    )


def mark_reminded(ids: list[uuid.UUID], now: datetime) -> Any:
    return (
        update(PartnerAccessRequest).where(PartnerAccessRequest.id.in_(ids)).values(reminded_at=now)
    )
