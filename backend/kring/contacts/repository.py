"""Reading contact requests, always from what the principal may see: a provider the requests
to their own profile, staff all of them, a visitor none."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Float,
    Row,
    Select,
    TextClause,
    and_,
    bindparam,
    case,
    cast,
    exists,
    false,
    func,
    select,
    text,
)

from kring.auth.principal import Principal, Visitor
from kring.auth.provider import ProviderPrincipal
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.kit.rows import built_once
from kring.models.contact import ContactRequest, ContactStatus
from kring.models.place import Place
from kring.models.provider import ProviderProfile, ProviderStatus
from kring.models.user import User, UserStatus

ContactReader = ProviderPrincipal | Principal | Visitor

_ANSWERED = case((ContactRequest.status == ContactStatus.new, 0), else_=1).label("answered_rank")
# Unanswered first, soonest deadline first; then the newest.
INBOX_ORDER = Keyset(
    "inbox",
    (
        SortKey(_ANSWERED, kind=int),
        SortKey(ContactRequest.deadline_at.expression, kind=datetime),
        SortKey(ContactRequest.created_at.expression, descending=True, kind=datetime),
        SortKey(ContactRequest.id.expression),
    ),
)
_INBOX_COLUMNS = (
    ContactRequest.id,
    ContactRequest.created_at,
    ContactRequest.name,
    ContactRequest.email,
    ContactRequest.phone,
    ContactRequest.member_number,
    ContactRequest.location,
    ContactRequest.for_whom,
    ContactRequest.message,
    ContactRequest.status,
    ContactRequest.deadline_at,
    ContactRequest.answered_at,
    ContactRequest.handled_at,
    ContactRequest.note,
    ContactRequest.appointment_on,
    _ANSWERED,
)


def _minutes() -> ColumnElement[float]:
    seconds = func.extract("epoch", ContactRequest.answered_at - ContactRequest.created_at)
    return cast(seconds / 60.0, Float)


def figures(now: datetime | ColumnElement[datetime]) -> list[ColumnElement[Any]]:
    """Requests, appointments, answered, the median response and the share in time."""
    due_or_answered = (ContactRequest.answered_at.is_not(None)) | (ContactRequest.deadline_at < now)
    in_time = and_(
        ContactRequest.answered_at.is_not(None),
        ContactRequest.answered_at <= ContactRequest.deadline_at,
    )
    return [
        func.count().label("requests"),
        func.count().filter(ContactRequest.appointment_on.is_not(None)).label("appointments"),
        func.count(ContactRequest.answered_at).label("answered"),
        func.percentile_cont(0.5).within_group(_minutes()).label("median"),
        (
            cast(func.count().filter(in_time), Float)
            / func.nullif(func.count().filter(due_or_answered), 0)
        ).label("share"),
    ]


class ContactRequestRepository(Repository[ContactRequest, ContactReader]):
    model = ContactRequest

    def readable(self, principal: ContactReader) -> Select[Any]:
        if isinstance(principal, ProviderPrincipal):
            return self._of_profile(principal.profile.id)
        if isinstance(principal, Principal):
            if principal.is_staff:
                return select(ContactRequest)
            own = select(ProviderProfile.id).where(ProviderProfile.user_id == principal.user_id)
            return select(ContactRequest).where(
                ContactRequest.profile_id.in_(own.scalar_subquery())
            )
        return select(ContactRequest).where(false())

    async def live_provider(self, profile_id: uuid.UUID) -> User | None:
        """The person behind a live profile; none for drafts, suspended or offline ones."""
        found: User | None = await self.session.scalar(
            select(User)
            .join(ProviderProfile, ProviderProfile.user_id == User.id)
            .where(ProviderProfile.id == profile_id, ProviderProfile.status == ProviderStatus.live)
        )
        return found

    async def place_exists(self, place_id: int) -> bool:
        return bool(await self.session.scalar(select(exists().where(Place.id == place_id))))

    async def inbox_counts(
        self, provider: ProviderPrincipal, now: datetime
    ) -> tuple[int, int, int]:
        """All requests, the unanswered ones and the overdue ones."""

        def build() -> Select[*tuple[Any, ...]]:
            new = ContactRequest.status == ContactStatus.new
            late = ContactRequest.deadline_at < bindparam("now", type_=DateTime(timezone=True))
            # `readable` for the provider, their profile bound on each request.
            return self._of_profile(bindparam("profile_id")).with_only_columns(
                func.count(), func.count().filter(new), func.count().filter(new, late)
            )

        ((total, unanswered, overdue),) = await built_once("inbox", build).rows(
            self.session, profile_id=provider.profile.id, now=now
        )
        return int(total), int(unanswered), int(overdue)

    @staticmethod
    def _of_profile(profile_id: Any) -> Select[Any]:
        """The requests to one provider profile (`readable` for that provider)."""
        return select(ContactRequest).where(ContactRequest.profile_id == profile_id)

    async def inbox_page(
        self, provider: ProviderPrincipal, only_open: bool, page: PageRequest, item: Any
    ) -> Page[Any]:
        def build() -> Select[Any]:
            # `readable` for the provider, their profile bound on each request.
            statement = self._of_profile(bindparam("profile_id")).with_only_columns(*_INBOX_COLUMNS)
            if only_open:
                statement = statement.where(ContactRequest.status == ContactStatus.new)
            return statement

        values = {"profile_id": provider.profile.id}
        return await self.page_of_shape(only_open, build, values, INBOX_ORDER, page, item=item)

    async def figures_between(
        self, provider: ProviderPrincipal, start: datetime, end: datetime, now: datetime
    ) -> tuple[Row[Any], dict[date, int]]:
        """The figures of the requests that arrived in [start, end), and the count per week."""

        def between() -> Select[Any]:
            # `readable` for the provider, their profile and the period bound on each request.
            moment = DateTime(timezone=True)
            return self._of_profile(bindparam("profile_id")).where(
                ContactRequest.created_at >= bindparam("start", type_=moment),
                ContactRequest.created_at < bindparam("end", type_=moment),
            )

        def totals() -> Select[Any]:
            return between().with_only_columns(
                *figures(bindparam("now", type_=DateTime(timezone=True)))
            )

        def per_week() -> Select[Any]:
            week = func.date_trunc(
                "week", func.timezone("Europe/Amsterdam", ContactRequest.created_at)
            )
            return between().with_only_columns(week, func.count()).group_by(week)

        values = {"profile_id": provider.profile.id, "start": start, "end": end}
        (row,) = await built_once("figures", totals).rows(self.session, **values, now=now)
        weeks = await built_once("weeks", per_week).rows(self.session, **values)
        return row, {week.date(): count for week, count in weeks}

    async def response_times_page(
        self, principal: Principal, overdue_only: bool, now: datetime, page: PageRequest, item: Any
    ) -> Page[Any]:
        """Per provider with requests: the most overdue first."""
        overdue = func.count().filter(
            ContactRequest.status == ContactStatus.new, ContactRequest.deadline_at < now
        )
        grouped = (
            self.readable(principal)
            .with_only_columns(
                ContactRequest.profile_id,
                User.display_name_sql().label("name"),
                User.email,
                overdue.label("overdue"),
                *figures(now),
            )
            .select_from(ContactRequest)
            .join(ProviderProfile, ProviderProfile.id == ContactRequest.profile_id)
            .join(User, User.id == ProviderProfile.user_id)
            .group_by(ContactRequest.profile_id, User.id)
        )
        if overdue_only:
            grouped = grouped.having(overdue > 0)
        # Paged over the grouped rows, so the cursor compares figures, not single requests.
        per_provider = grouped.subquery("per_provider")
        keyset = Keyset(
            "response-times",
            (
                SortKey(per_provider.c.overdue, descending=True, kind=int),
                SortKey(per_provider.c.email, kind=str),
                SortKey(per_provider.c.profile_id),
            ),
        )
        return await self.page(select(per_provider), keyset, page, item=item)


# The jobs act for the system, on every provider whose account is active (or whose profile is
# live), and lock what they change, skipping what another worker holds.


def due_today(now: datetime, end_of_today: datetime, batch: int) -> Select[ContactRequest, User]:
    """Unanswered requests due before `end_of_today` whose provider was not reminded yet."""
    return (
        select(ContactRequest, User)
        .join(ProviderProfile, ProviderProfile.id == ContactRequest.profile_id)
        .join(User, User.id == ProviderProfile.user_id)
        .where(
            ContactRequest.status == ContactStatus.new,
            User.status == UserStatus.active,
            ContactRequest.reminded_at.is_(None),
            ContactRequest.deadline_at >= now,
            ContactRequest.deadline_at < end_of_today,
        )
        .order_by(ContactRequest.deadline_at)
        .limit(batch)
        .with_for_update(of=ContactRequest, skip_locked=True)
    )


def newly_overdue(now: datetime) -> Select[ContactRequest, str]:
    """Unanswered requests past their deadline that staff were not told about yet."""
    return (
        select(ContactRequest, User.email)
        .join(ProviderProfile, ProviderProfile.id == ContactRequest.profile_id)
        .join(User, User.id == ProviderProfile.user_id)
        .where(
            ContactRequest.status == ContactStatus.new,
            User.status == UserStatus.active,
            ContactRequest.overdue_reported_at.is_(None),
            ContactRequest.deadline_at < now,
        )
        .with_for_update(of=ContactRequest, skip_locked=True)
    )


def due_for_review_invitation(
    due: datetime, batch: int
) -> Select[uuid.UUID, str, str, str, str, User]:
    """Requests to live providers that arrived by `due` and were never invited to a review."""
    return (
        select(
            ContactRequest.id,
            ContactRequest.email,
            ContactRequest.name,
            ContactRequest.language,
            ContactRequest.status,
            User,
        )
        .join(ProviderProfile, ProviderProfile.id == ContactRequest.profile_id)
        .join(User, User.id == ProviderProfile.user_id)
        .where(
            ContactRequest.review_invited_at.is_(None),
            ContactRequest.anonymised_at.is_(None),
            ContactRequest.created_at <= due,
            # Live only: not suspended, offline (deactivated) or erased.
            ProviderProfile.status == ProviderStatus.live,
        )
        .order_by(ContactRequest.created_at)
        .limit(batch)
        .with_for_update(of=ContactRequest, skip_locked=True)
    )


# Only where the invitation is still missing, so a second worker's statement changes nothing
# and queues no mail: the mails follow what this statement returns.
MARK_INVITED: TextClause = text(
    "UPDATE contact_request AS c SET review_token_hash = v.hash, review_invited_at = :now,"
    " modified_at = now()"
    " FROM unnest(CAST(:ids AS uuid[]), CAST(:hashes AS varchar[])) AS v(id, hash)"
    " WHERE c.id = v.id AND c.review_invited_at IS NULL AND c.anonymised_at IS NULL"
    " RETURNING c.id"
)
