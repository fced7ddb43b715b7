"""Response figures: for the provider's dashboard and for staff watching the two-day rule."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, Float, and_, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.working_days import AMSTERDAM
from kring.models.contact import ContactRequest, ContactStatus
from kring.models.provider import ProviderProfile
from kring.models.user import User
from kring.search.schemas import Rating
from kring.search.service import rating_of


class WeekCount(BaseModel):
    week_start: date = Field(description="The Monday the week starts on.")
    requests: int


class ResponseFigures(BaseModel):
    requests: int
    appointments: int = Field(description="Handled requests that led to an appointment.")
    answered: int
    median_response_minutes: float | None = Field(description="Arrival to first answer.")
    within_deadline_share: float | None = Field(
        description="Of the requests whose deadline passed or that were answered: the share "
        "answered in time (0-1)."
    )


class ProviderStatistics(ResponseFigures):
    """My figures over a period, the rating (all time) and the requests per week."""

    period_from: date
    period_to: date
    rating: Rating
    per_week: list[WeekCount]


class ProviderResponseTimes(ResponseFigures):
    """One provider's figures for staff, with the overdue requests now."""

    profile_id: uuid.UUID
    name: str
    email: str
    overdue: int


def _minutes() -> ColumnElement[float]:
    seconds = func.extract("epoch", ContactRequest.answered_at - ContactRequest.created_at)
    return cast(seconds / 60.0, Float)


def _figures(now: datetime) -> list[ColumnElement[Any]]:
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


def _period_bounds(period_from: date, period_to: date) -> tuple[datetime, datetime]:
    start = datetime.combine(period_from, time.min, tzinfo=AMSTERDAM)
    end = datetime.combine(period_to + timedelta(days=1), time.min, tzinfo=AMSTERDAM)
    return start, end


async def provider_statistics(
    db: AsyncSession, profile: ProviderProfile, period_from: date, period_to: date
) -> ProviderStatistics:
    now = datetime.now(UTC)
    start, end = _period_bounds(period_from, period_to)
    in_period = (
        ContactRequest.profile_id == profile.id,
        ContactRequest.created_at >= start,
        ContactRequest.created_at < end,
    )
    row = (await db.execute(select(*_figures(now)).where(*in_period))).one()
    local_week = func.date_trunc(
        "week", func.timezone("Europe/Amsterdam", ContactRequest.created_at)
    )
    weeks = await db.execute(
        select(local_week, func.count()).where(*in_period).group_by(local_week)
    )
    counted: dict[date, int] = {week.date(): count for week, count in weeks.all()}
    monday = period_from - timedelta(days=period_from.weekday())
    per_week = []
    while monday <= period_to:
        per_week.append(WeekCount(week_start=monday, requests=counted.get(monday, 0)))
        monday += timedelta(days=7)
    return ProviderStatistics(
        period_from=period_from,
        period_to=period_to,
        requests=row.requests,
        appointments=row.appointments,
        answered=row.answered,
        median_response_minutes=round(row.median, 1) if row.median is not None else None,
        within_deadline_share=round(row.share, 3) if row.share is not None else None,
        rating=rating_of(profile),
        per_week=per_week,
    )


async def response_times(
    db: AsyncSession, overdue_only: bool, limit: int, offset: int
) -> list[ProviderResponseTimes]:
    """Per provider with requests: the most overdue first."""
    now = datetime.now(UTC)
    overdue = func.count().filter(
        ContactRequest.status == ContactStatus.new, ContactRequest.deadline_at < now
    )
    statement = (
        select(
            ContactRequest.profile_id,
            User.display_name_sql().label("name"),
            User.email,
            overdue.label("overdue"),
            *_figures(now),
        )
        .join(ProviderProfile, ProviderProfile.id == ContactRequest.profile_id)
        .join(User, User.id == ProviderProfile.user_id)
        .group_by(ContactRequest.profile_id, User.id)
        .order_by(overdue.desc(), case((overdue > 0, 0), else_=1), User.email)
        .limit(limit)
        .offset(offset)
    )
    if overdue_only:
        statement = statement.having(overdue > 0)
    rows = (await db.execute(statement)).all()
    return [
        ProviderResponseTimes(
            profile_id=r.profile_id,
            name=r.name,
            email=r.email,
            overdue=r.overdue,
            requests=r.requests,
            appointments=r.appointments,
            answered=r.answered,
            median_response_minutes=round(r.median, 1) if r.median is not None else None,
            within_deadline_share=round(r.share, 3) if r.share is not None else None,
        )
        for r in rows
    ]
