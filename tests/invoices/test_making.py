"""Making a project's invoice of a month: one line per confirmed shift not invoiced yet (hours
with overnight shifts and breaks, rate, VAT per line: care by registered professionals exempt,
the rest 21%), totals the database agrees with, yearly numbers without gaps, and the refusals:
a month not over, nothing to invoice, a month invoiced already (also when two ask at once)."""

from __future__ import annotations

import asyncio
from datetime import date, time
from decimal import Decimal

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.invoices.service import line_amounts, status_of, vat_percent
from kring.kit.clock import SYSTEM_CLOCK
from kring.models.audit import AuditEvent
from kring.models.invoice import Invoice, InvoiceLine, InvoiceStatus
from kring.models.project import Shift
from kring.projects.service import shift_hours
from tests.invoices.helpers import World, uid, world


@pytest.mark.parametrize(
    ("starts", "ends", "break_minutes", "hours"),
    [
        ("08:00", "16:30", 30, "8.00"),
        ("22:00", "06:20", 0, "8.33"),  # overnight: 8h20m
        ("23:00", "07:00", 45, "7.25"),
        ("07:00", "07:00:01", 0, "0.00"),  # a second: rounds to nothing (never confirmed)
        ("09:00", "09:00", 0, "24.00"),  # an end at the start is the next day
        ("13:10", "13:30", 0, "0.33"),
        ("13:00", "13:21", 0, "0.35"),  # 0.35 exactly
        ("13:00", "13:09", 0, "0.15"),
    ],
)
def test_shift_hours(starts: str, ends: str, break_minutes: int, hours: str) -> None:
    found = shift_hours(time.fromisoformat(starts), time.fromisoformat(ends), break_minutes)
    assert found == Decimal(hours)


@pytest.mark.parametrize(
    ("hours", "rate", "percent", "amount", "vat"),
    [
        ("8.00", 5000, 0, 40_000, 0),
        ("8.33", 2850, 21, 23_741, 4_986),  # 23740.5 -> 23741 (half away from zero)
        ("0.50", 1, 21, 1, 0),  # 0.5 cent -> 1; 0.21 -> 0
        ("1.00", 50, 21, 50, 11),  # VAT 10.5 -> 11
        ("7.33", 3333, 21, 24_431, 5_131),  # 24430.89; 5130.51
        ("24.00", 100_000, 21, 2_400_000, 504_000),
    ],
)
def test_line_amounts_round_half_away_from_zero(
    hours: str, rate: int, percent: int, amount: int, vat: int
) -> None:
    assert line_amounts(Decimal(hours), rate, percent) == (amount, vat)


def test_care_functions_are_vat_exempt_and_the_others_not() -> None:
    assert [vat_percent(f) for f in ("nurse", "carer", "care_assistant")] == [0, 0, 0]
    assert [vat_percent(f) for f in ("support_worker", "domestic_help", "host")] == [21, 21, 21]


def test_status_is_derived_from_payment_and_due_date() -> None:
    due = date(2026, 12, 31)
    assert status_of(None, due, date(2026, 12, 31)) == InvoiceStatus.open
    assert status_of(None, due, date(2027, 1, 1)) == InvoiceStatus.overdue
    assert status_of(SYSTEM_CLOCK.now(), due, date(2027, 1, 1)) == InvoiceStatus.paid


async def test_an_invoice_has_a_line_per_confirmed_shift_with_vat_per_line(w: World) -> None:
    w.set_today(date(2026, 12, 1))
    nurse = await w.shift(date(2026, 11, 3))
    night = await w.shift(
        date(2026, 11, 30),
        "22:00",
        "06:20",
        break_minutes=0,
        function="domestic_help",
        rate_cents=2850,
        worker="Bram Bos",
    )
    await w.shift(date(2026, 11, 4), confirmed=False)  # planned: not invoiced
    await w.shift(date(2026, 10, 31))  # another month
    await w.shift(date(2026, 12, 1))
    await w.shift(date(2026, 11, 5), project=w.their_project)  # another project
    made = await w.made("2026-11")
    assert made["number"] == "2026-000001"
    assert (made["period_start"], made["period_end"]) == ("2026-11-01", "2026-11-30")
    assert (made["issued_on"], made["due_on"]) == ("2026-12-01", "2026-12-31")
    assert made["project_name"] == "Woonvoorziening De Linde"
    assert made["organisation_name"] == "Zorggroep De Linde"
    assert made["status"] == "open"
    assert [
        (
            line["work_date"],
            line["hours"],
            line["rate_cents"],
            line["amount_cents"],
            line["vat_percent"],
            line["vat_cents"],
        )
        for line in made["lines"]
    ] == [
        ("2026-11-03", "8.00", 5000, 40_000, 0, 0),
        ("2026-11-30", "8.33", 2850, 23_741, 21, 4_986),
    ]
    assert made["lines"][0]["description"] == "2026-11-03 Verpleegkundige Anna de Vries"
    assert (made["lines"][1]["function"], made["lines"][1]["worker_name"]) == (
        "domestic_help",
        "Bram Bos",
    )
    assert made["vat_rates"] == [
        {"vat_percent": 0, "amount_cents": 40_000, "vat_cents": 0},
        {"vat_percent": 21, "amount_cents": 23_741, "vat_cents": 4_986},
    ]
    assert (made["subtotal_cents"], made["vat_cents"], made["total_cents"]) == (
        63_741,
        4_986,
        68_727,
    )
    invoiced = await w.session.scalars(
        select(Shift.id).where(Shift.invoice_id == uid(made["id"])).order_by(Shift.works_on)
    )
    assert list(invoiced) == [nurse.id, night.id]
    event = await w.session.scalar(select(AuditEvent).where(AuditEvent.action == "invoice.made"))
    assert event is not None
    assert (event.actor_user_id, event.organisation_id) == (w.care_manager.user.id, w.linde.id)
    # The same month again: nothing left to invoice there, and it has its invoice.
    again = await w.make("2026-11")
    assert again.status_code == 409


async def test_a_month_not_over_is_refused_naming_the_month(w: World) -> None:
    w.set_today(date(2026, 11, 30))
    await w.shift(date(2026, 11, 3))
    for month in ("2026-11", "2026-12"):
        answer = await w.make(month)
        assert answer.status_code == 422
        assert answer.json()["errors"][0]["field"] == "month"
    assert (await w.make("2026-13")).status_code == 422


async def test_nothing_to_invoice_is_a_conflict(w: World) -> None:
    w.set_today(date(2026, 12, 1))
    await w.shift(date(2026, 11, 3), confirmed=False)
    answer = await w.make("2026-11")
    assert answer.status_code == 409
    assert "Woonvoorziening De Linde" in answer.json()["detail"]
    assert await w.session.scalar(select(func.count()).select_from(Invoice)) == 0


async def test_a_month_with_an_invoice_takes_no_second_one(w: World) -> None:
    """A shift confirmed after the month was invoiced waits: one invoice per project and month."""
    w.set_today(date(2026, 12, 2))
    await w.shift(date(2026, 11, 3))
    await w.made("2026-11")
    await w.shift(date(2026, 11, 4))
    answer = await w.make("2026-11")
    assert answer.status_code == 409
    assert "already" in answer.json()["detail"] or "al" in answer.json()["detail"]


async def test_a_shift_of_seconds_stops_the_invoice(w: World) -> None:
    """A line's hours must be positive: a shift that rounds to no time is corrected first."""
    w.set_today(date(2026, 12, 1))
    await w.shift(date(2026, 11, 3))
    await w.shift(date(2026, 11, 4), "07:00", "07:00:10", break_minutes=0)
    answer = await w.make("2026-11")
    assert answer.status_code == 409
    assert "2026-11-04" in answer.json()["detail"]


async def test_who_may_make_invoices(w: World) -> None:
    w.set_today(date(2026, 12, 1))
    await w.shift(date(2026, 11, 3))
    for refused in (w.advisor, w.pro_admin, w.employee):
        assert (await w.make("2026-11", who=refused)).status_code == 403
    unknown = await w.care_manager.call(
        "POST",
        "/api/v1/admin/projects/00000000-0000-0000-0000-000000000000/invoices",
        {"month": "2026-11"},
    )
    assert unknown.status_code == 404
    assert (await w.make("2026-11", who=w.admin)).status_code == 201


async def test_numbers_follow_each_other_per_year(w: World) -> None:
    w.set_today(date(2026, 12, 1))
    await w.shift(date(2026, 10, 3))
    await w.shift(date(2026, 11, 3))
    await w.shift(date(2026, 11, 3), project=w.their_project)
    await w.shift(date(2026, 12, 3))
    numbers = [
        (await w.made("2026-10"))["number"],
        (await w.made("2026-11"))["number"],
        (await w.made("2026-11", w.their_project))["number"],
    ]
    assert numbers == ["2026-000001", "2026-000002", "2026-000003"]
    w.set_today(date(2027, 1, 1))
    assert (await w.made("2026-12"))["number"] == "2027-000001"


async def test_the_database_agrees_with_the_amounts(w: World) -> None:
    """The lines' CHECKs recompute amount and VAT: a stored invoice passed them."""
    w.set_today(date(2026, 12, 1))
    for rate, function in ((3333, "host"), (2999, "carer"), (1, "support_worker")):
        await w.shift(
            date(2026, 11, 7), "13:00", "20:20", break_minutes=0, function=function, rate_cents=rate
        )
    made = await w.made("2026-11")
    stored = await w.session.scalars(
        select(InvoiceLine).where(InvoiceLine.invoice_id == uid(made["id"]))
    )
    assert sorted(line.amount_cents for line in stored) == [7, 21_983, 24_431]


async def _committed_world(
    app: FastAPI, maker: async_sessionmaker[AsyncSession], settings: Settings
) -> World:
    session = maker()
    built = await world(app, session, settings)
    built.set_today(date(2026, 12, 1))
    return built


async def test_two_at_once_make_one_invoice(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    w = await _committed_world(app, committed, settings)
    try:
        await w.shift(date(2026, 11, 3))
        await w.shift(date(2026, 11, 4), project=w.their_project)
        answers = await asyncio.gather(w.make("2026-11"), w.make("2026-11", who=w.admin))
        assert sorted(a.status_code for a in answers) == [201, 409]
        # Two projects at once: each its own number, one after the other.
        await w.shift(date(2026, 10, 4))
        both = await asyncio.gather(
            w.make("2026-10"), w.make("2026-11", w.their_project, who=w.admin)
        )
        assert [a.status_code for a in both] == [201, 201]
        assert sorted(a.json()["number"] for a in both) == ["2026-000002", "2026-000003"]
    finally:
        app.state.clock = SYSTEM_CLOCK
        await w.session.close()
