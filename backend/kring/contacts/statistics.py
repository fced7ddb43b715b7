"""Response figures: for the provider's dashboard and for staff watching the two-day rule."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.auth.provider import ProviderPrincipal
from kring.contacts.repository import ContactRequestRepository
from kring.contacts.schemas import ProviderResponseTimes, ProviderStatistics, WeekCount
from kring.kit.clock import Clock
from kring.kit.errors import InvalidInput
from kring.kit.i18n import N_
from kring.kit.pagination import Page, PageRequest
from kring.kit.rating import Rating
from kring.kit.working_days import AMSTERDAM


def period(clock: Clock, period_from: date | None, period_to: date | None) -> tuple[date, date]:
    """The period asked for; by default the 12 weeks up to today (Amsterdam)."""
    end = period_to or clock.now().astimezone(AMSTERDAM).date()
    start = period_from or end - timedelta(weeks=12) + timedelta(days=1)
    if start > end:
        raise InvalidInput.on("from", N_("The period has to start before it ends."), "query")
    if (end - start).days > 731:
        raise InvalidInput.on("from", N_("Choose a period of at most two years."), "query")
    return start, end


def _period_bounds(period_from: date, period_to: date) -> tuple[datetime, datetime]:
    start = datetime.combine(period_from, time.min, tzinfo=AMSTERDAM)
    end = datetime.combine(period_to + timedelta(days=1), time.min, tzinfo=AMSTERDAM)
    return start, end


def _rounded(row: Any) -> dict[str, Any]:
    return {
        "requests": row.requests,
        "appointments": row.appointments,
        "answered": row.answered,
        "median_response_minutes": round(row.median, 1) if row.median is not None else None,
        "within_deadline_share": round(row.share, 3) if row.share is not None else None,
    }


async def provider_statistics(
    db: AsyncSession,
    provider: ProviderPrincipal,
    clock: Clock,
    period_from: date | None,
    period_to: date | None,
) -> ProviderStatistics:
    first, last = period(clock, period_from, period_to)
    start, end = _period_bounds(first, last)
    row, counted = await ContactRequestRepository(db).figures_between(
        provider, start, end, clock.now()
    )
    monday = first - timedelta(days=first.weekday())
    per_week = []
    while monday <= last:
        per_week.append(WeekCount(week_start=monday, requests=counted.get(monday, 0)))
        monday += timedelta(days=7)
    profile = provider.profile
    return ProviderStatistics(
        period_from=first,
        period_to=last,
        **_rounded(row),
        rating=Rating.of(profile.rating_count, profile.rating_sum),
        per_week=per_week,
    )


def _response_times(row: Any) -> ProviderResponseTimes:
    return ProviderResponseTimes(
        profile_id=row.profile_id,
        name=row.name,
        email=row.email,
        overdue=row.overdue,
        **_rounded(row),
    )


async def response_times(
    db: AsyncSession, principal: Principal, clock: Clock, overdue_only: bool, page: PageRequest
) -> Page[ProviderResponseTimes]:
    """Per provider with requests: the most overdue first."""
    return await ContactRequestRepository(db).response_times_page(
        principal, overdue_only, clock.now(), page, _response_times
    )
