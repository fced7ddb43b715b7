"""Payment-run test helpers: the closed months around today, paid and volunteer helpers engaged
on searching dossiers (through the proposals flow, as `tests/engagements` does), timesheet
entries made directly with the ORM, and the run routes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from httpx import Response
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.kit.clock import SYSTEM_CLOCK
from kring.models.dossier import Dossier
from kring.models.timesheet import TimesheetEntry
from kring.payment_runs.service import current_month
from tests.members.helpers import Person, person
from tests.proposals.helpers import (
    HELPER_PROPOSALS,
    PROPOSALS,
    Helper,
    helper,
    propose,
    searching_dossier,
)

RUNS = "/api/v1/admin/payment-runs"


def months_back(count: int) -> date:
    """The first day of the month `count` months before the current one (Amsterdam); a
    negative count is a month after it."""
    month = current_month(SYSTEM_CLOCK)
    for _ in range(count):
        month = (month - timedelta(days=1)).replace(day=1)
    for _ in range(-count):
        month = (month + timedelta(days=31)).replace(day=1)
    return month


def text(month: date) -> str:
    return f"{month:%Y-%m}"


def day(month: date, number: int) -> date:
    return month.replace(day=number)


@dataclass
class Side:
    """A dossier with the partner who manages it."""

    partner: Person
    dossier_id: uuid.UUID


@dataclass
class Work:
    """An engagement: which dossier, which helper, at what rate."""

    id: uuid.UUID
    dossier_id: uuid.UUID
    helper_id: uuid.UUID
    decided_by: uuid.UUID
    rate: int | None


async def side(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    email: str,
    *,
    iban: str = "NL91ABNA0417164300",
    holder: str = "T. de Vries",
    first_name: str = "Truus",
) -> Side:
    """A searching dossier (complete: bank account and accepted terms) with its own account."""
    partner, dossier = await searching_dossier(app, session, settings, email)
    await session.execute(
        update(Dossier)
        .where(Dossier.id == dossier["id"])
        .values(iban=iban, account_holder=holder, first_name=first_name)
    )
    await session.commit()
    return Side(partner, uuid.UUID(dossier["id"]))


async def paid_helper(
    app: FastAPI,
    session: AsyncSession,
    settings: Settings,
    email: str,
    first_name: str,
    *,
    rate: int = 2000,
    iban: str | None = "NL20INGB0001234567",
    holder: str | None = None,
) -> Helper:
    return await helper(
        app,
        session,
        settings,
        email,
        first_name,
        kind="paid",
        hourly_rate_cents=rate,
        iban=iban,
        account_holder=(holder or f"{first_name} Bakker") if iban else None,
    )


async def volunteer(
    app: FastAPI, session: AsyncSession, settings: Settings, email: str, first_name: str
) -> Helper:
    return await helper(app, session, settings, email, first_name)


async def engage(dossier: Side, helper: Helper) -> Work:
    """The proposal, its acceptance and the first meeting confirmed by both: an engagement."""
    sent = await propose(
        dossier.partner,
        helper,
        {"id": str(dossier.dossier_id), "help": await _help(dossier)},
        meeting_at=None,
    )
    accepted = await helper.person.call(
        "POST", f"{HELPER_PROPOSALS}/{sent['id']}/acceptance", {"other_moment": None}
    )
    assert accepted.status_code == 200, accepted.json()
    url = f"{PROPOSALS}/{sent['id']}/first-meeting-confirmation"
    assert (await helper.person.call("POST", url)).status_code == 200
    confirmed = await dossier.partner.call("POST", url)
    assert confirmed.status_code == 200, confirmed.json()
    engagement = (
        await dossier.partner.call(
            "GET", f"/api/v1/engagements/{confirmed.json()['engagement_id']}"
        )
    ).json()
    return Work(
        id=uuid.UUID(engagement["id"]),
        dossier_id=dossier.dossier_id,
        helper_id=helper.profile.id,
        decided_by=dossier.partner.user.id,
        rate=engagement["hourly_rate_cents"],
    )


async def _help(dossier: Side) -> dict[str, Any]:
    read = await dossier.partner.call("GET", f"/api/v1/dossiers/{dossier.dossier_id}")
    help_: dict[str, Any] = read.json()["help"]
    return help_


async def entry(
    session: AsyncSession,
    work: Work,
    work_date: date,
    minutes: int,
    *,
    status: str = "approved",
    corrects: TimesheetEntry | None = None,
) -> TimesheetEntry:
    """An entry as the hours domain leaves it: approved (or another state) by the partner, at
    the engagement's rate (none for a volunteer)."""
    decided = status != "submitted"
    made = TimesheetEntry(
        engagement_id=work.id,
        dossier_id=work.dossier_id,
        helper_id=work.helper_id,
        work_date=work_date,
        minutes=minutes,
        hourly_rate_cents=work.rate,
        status=status,
        corrects_entry_id=corrects.id if corrects else None,
        decided_at=datetime.now(UTC) if decided else None,
        decided_by_user_id=work.decided_by if decided else None,
        reject_reason="Niet gewerkt." if status == "rejected" else None,
    )
    session.add(made)
    await session.commit()
    return made


async def correct(
    session: AsyncSession, work: Work, original: TimesheetEntry, minutes: int
) -> TimesheetEntry:
    """An approved correction of an approved entry, which it supersedes."""
    correction = await entry(session, work, original.work_date, minutes, corrects=original)
    await session.execute(
        update(TimesheetEntry).where(TimesheetEntry.id == original.id).values(status="superseded")
    )
    await session.commit()
    return correction


async def admin(app: FastAPI, session: AsyncSession, settings: Settings) -> Person:
    return await person(app, session, settings, "ada@kring.example", "Ada", staff_role="admin")


async def make_run(staff: Person, month: date) -> dict[str, Any]:
    answer = await staff.call("POST", RUNS, {"month": text(month)})
    assert answer.status_code == 201, answer.json()
    made: dict[str, Any] = answer.json()
    return made


async def preview(staff: Person, month: date) -> Response:
    return await staff.call("GET", f"{RUNS}/preview?month={text(month)}")


def amounts(lines: list[dict[str, Any]], key: str) -> dict[str, int]:
    """Line amounts by dossier or helper id."""
    return {line[key]: line["amount_cents"] for line in lines}
