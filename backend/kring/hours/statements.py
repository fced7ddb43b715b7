"""Monthly statements: per engagement and month, the approved days and hours, the rate and the
amount (volunteers: hours only), and who approved them when; listed for the helper and for
whoever reads the dossier, and as a PDF in the reader's language. Every read is audited."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.dossiers import service as dossiers
from kring.hours.repository import (
    COUNTED,
    HelperEntryRepository,
    shown,
    statement_months,
)
from kring.hours.schemas import StatementSummary
from kring.hours.service import month_range
from kring.kit.clock import Clock
from kring.kit.errors import NotFound
from kring.kit.format import month_name
from kring.kit.i18n import N_, Language, _, current_language, set_language
from kring.kit.pdf import Document, local_moment, plain
from kring.kit.text import fold
from kring.models.dossier import Dossier, ProxyRight
from kring.models.helper import HelperProfile
from kring.models.match import Engagement
from kring.models.timesheet import TimesheetEntry
from kring.models.user import User


def _summary(row: Any, amounts: bool) -> StatementSummary:
    return StatementSummary(
        engagement_id=row.engagement_id,
        helper_first_name=row.helper_first_name,
        help_seeker_first_name=row.help_seeker_first_name,
        month=row.month.strftime("%Y-%m"),
        days=row.days,
        minutes=int(row.minutes),
        amount_cents=int(row.amount_cents) if amounts and row.amount_cents is not None else None,
    )


async def for_helper(db: AsyncSession, principal: Principal) -> list[StatementSummary]:
    """The helper's months with approved hours, newest first."""
    engagements = HelperEntryRepository(db).engagements(principal).subquery()
    rows = (
        await db.execute(
            statement_months(TimesheetEntry.engagement_id.in_(select(engagements.c.id)))
        )
    ).all()
    for dossier_id in sorted({row.dossier_id for row in rows}):
        await dossiers.record(
            db, principal, "dossier.statements_viewed", dossier_id, {"as": "helper"}
        )
    return [_summary(row, True) for row in rows]


async def for_dossier(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID
) -> list[StatementSummary]:
    """The dossier's months with approved hours, per engagement, newest first."""
    access = await dossiers.access_of(db, principal, dossier_id)
    rows = (await db.execute(statement_months(TimesheetEntry.dossier_id == dossier_id))).all()
    await dossiers.record(
        db, principal, "dossier.statements_viewed", dossier_id, access.audit_details(principal)
    )
    return [_summary(row, ProxyRight.see_payments in access.rights) for row in rows]


@dataclass(frozen=True)
class Statement:
    """What the PDF shows."""

    month: date
    helper_name: str
    help_seeker_name: str
    manager_name: str
    hourly_rate_cents: int | None
    amounts: bool
    entries: list[Any]


async def _reader(
    db: AsyncSession, principal: Principal, engagement_id: uuid.UUID
) -> tuple[Engagement, bool, dict[str, Any]]:
    """The engagement for its helper or for whoever reads its dossier; whether they see money."""
    own = await db.scalar(HelperEntryRepository(db).engagement(principal, engagement_id))
    if own is not None:
        return own, True, {"as": "helper"}
    engagement = await db.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFound()
    access = await dossiers.access_of(db, principal, engagement.dossier_id)
    return (
        engagement,
        ProxyRight.see_payments in access.rights,
        access.audit_details(principal),
    )


async def statement_pdf(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    engagement_id: uuid.UUID,
    first: date,
    language: Language,
) -> tuple[str, bytes]:
    """An engagement's month on paper and the file's name; the download is audited."""
    engagement, amounts, details = await _reader(db, principal, engagement_id)
    start, end = month_range(first)
    rows = (
        await db.execute(
            shown()
            .where(
                TimesheetEntry.engagement_id == engagement.id,
                TimesheetEntry.status == COUNTED,
                TimesheetEntry.work_date >= start,
                TimesheetEntry.work_date < end,
            )
            .order_by(TimesheetEntry.work_date, TimesheetEntry.starts_at.nulls_last())
        )
    ).all()
    if not rows:
        raise NotFound()
    dossier = await db.get(Dossier, engagement.dossier_id)
    helper = await db.get(HelperProfile, engagement.helper_id)
    assert dossier is not None
    assert helper is not None
    helper_user = await db.get(User, helper.user_id)
    manager = await db.get(User, dossier.manager_user_id)
    assert helper_user is not None
    assert manager is not None
    month = first.strftime("%Y-%m")
    await dossiers.record(
        db,
        principal,
        "dossier.statement_downloaded",
        dossier.id,
        {**details, "engagement": str(engagement.id), "month": month},
    )
    statement = Statement(
        month=first,
        helper_name=helper_user.display_name,
        help_seeker_name=" ".join(
            p for p in (dossier.first_name, dossier.name_prefix, dossier.last_name) if p
        ),
        manager_name=manager.display_name,
        hourly_rate_cents=engagement.hourly_rate_cents,
        amounts=amounts,
        entries=list(rows),
    )
    data = render(statement, principal.user.display_name, clock.now(), language)
    name = fold(dossier.last_name).replace(" ", "-") or "statement"
    return f"kring-hours-{name}-{month}.pdf", data


def _hours(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _money(cents: int, language: Language) -> str:
    return str(format_currency(Decimal(cents) / 100, "EUR", locale=language))


def render(statement: Statement, made_by: str, now: datetime, language: Language) -> bytes:
    """The statement as a one-page (or longer) PDF."""
    previous = current_language()
    set_language(language)
    try:
        month = month_name(statement.month, language)
        footer = _(N_("Made by {name} on {date}"), name=made_by, date=local_moment(now, language))
        title = plain(_(N_("Hours of {month}"), month=month))
        pdf = Document(plain(footer))
        pdf.first_page(title)
        pdf.set_font("Helvetica", "", 10)
        pdf.field(_(N_("Helper")), statement.helper_name)
        pdf.field(_(N_("Help for")), statement.help_seeker_name)
        pdf.field(_(N_("Dossier manager")), statement.manager_name)
        rate = statement.hourly_rate_cents
        pdf.field(
            _(N_("Rate")),
            _(N_("Volunteer: hours only"))
            if rate is None
            else (_money(rate, language) + " " + _(N_("per hour")) if statement.amounts else "-"),
        )
        _table(pdf, statement, language)
        return bytes(pdf.output())
    finally:
        set_language(previous)


COLUMNS = (28, 30, 18, 18, 26, 60)


def _table(pdf: Document, statement: Statement, language: Language) -> None:
    money = statement.amounts and statement.hourly_rate_cents is not None
    pdf.heading(_(N_("Approved hours")))
    pdf.set_font("Helvetica", "B", 9)
    heads = [
        _(N_("Date")),
        _(N_("Time")),
        _(N_("Break")),
        _(N_("Hours")),
        _(N_("Amount")) if money else "",
        _(N_("Approved by")),
    ]
    for width, head in zip(COLUMNS, heads, strict=True):
        pdf.cell(width, 7, plain(head), border="B")
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    days: set[date] = set()
    minutes = 0
    amount = 0
    for row in statement.entries:
        entry = row  # the entry's columns and the names beside them
        days.add(entry.work_date)
        minutes += entry.minutes
        amount += entry.amount_cents or 0
        times = (
            f"{entry.starts_at:%H:%M}-{entry.ends_at:%H:%M}"
            if entry.starts_at is not None and entry.ends_at is not None
            else "-"
        )
        approved = ""
        if entry.decided_at is not None:
            day = format_date(entry.decided_at.date(), "d MMM", locale=language)
            approved = f"{row.decided_by_name or ''}, {day}"
        cells = [
            str(format_date(entry.work_date, "EEE d MMM", locale=language)),
            times,
            _hours(entry.break_minutes) if entry.break_minutes else "-",
            _hours(entry.minutes),
            _money(entry.amount_cents or 0, language) if money else "",
            approved,
        ]
        for width, cell in zip(COLUMNS, cells, strict=True):
            pdf.cell(width, 6, plain(cell))
        pdf.ln()
    pdf.ln(2)
    pdf.field(_(N_("Days")), str(len(days)))
    pdf.field(_(N_("Total hours")), _hours(minutes))
    if money:
        pdf.field(_(N_("Total amount")), _money(amount, language))
