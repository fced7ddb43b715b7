"""Shifts: an end at or before the start is on the next day, the break is shorter than the
shift, the day lies within the project's dates. Confirming queues one service confirmation per
member with "e-mail services" on (and portal access), in their language; the worker sends them.
Two confirmations at once send one set. A shift on an invoice no longer changes."""

from __future__ import annotations

import asyncio
from datetime import time
from decimal import Decimal

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.organisation import Membership
from kring.models.outbox import OutboxMessage
from kring.models.project import Shift
from kring.models.user import User
from kring.projects.service import shift_hours
from tests.accounts.helpers import queued_mails
from tests.conftest import Mailbox, RunWorker
from tests.projects.helpers import ADMIN_PROJECTS, ADMIN_SHIFTS, World, day, world


@pytest.mark.parametrize(
    ("start", "end", "pause", "hours"),
    [
        (time(7), time(15, 30), 30, "8.00"),
        (time(22), time(7), 30, "8.50"),  # overnight
        (time(23, 15), time(0), 0, "0.75"),  # ends at midnight
        (time(7), time(7, 1), 0, "0.02"),  # a minute, rounded half up
        (time(9), time(8, 59), 0, "23.98"),  # just short of a day
    ],
)
def test_the_hours_of_a_shift(start: time, end: time, pause: int, hours: str) -> None:
    assert shift_hours(start, end, pause) == Decimal(hours)


async def _refused(w: World, project_id: str, field: str, **changes: object) -> None:
    answer = await w.karin.call(
        "POST", f"{ADMIN_PROJECTS}/{project_id}/shifts", w.shift_body(**changes)
    )
    assert answer.status_code == 422, answer.json()
    assert [e["field"] for e in answer.json()["errors"]] == [field], answer.json()


async def test_shift_edges(w: World) -> None:
    made = await w.project(starts_on=day(-10), ends_on=day(10))
    night = await w.shift(made["id"], starts_at="22:00", ends_at="07:00", break_minutes=30)
    assert night["hours"] == "8.50"
    assert night["hourly_rate_cents"] == 5200  # the nurse's standard rate
    first = await w.shift(made["id"], works_on=day(-10), hourly_rate_cents=6000)
    assert first["hourly_rate_cents"] == 6000
    await w.shift(made["id"], works_on=day(10))
    await _refused(w, made["id"], "works_on", works_on=day(-11))
    await _refused(w, made["id"], "works_on", works_on=day(11))
    await _refused(w, made["id"], "ends_at", starts_at="07:00", ends_at="07:00")
    # The break as long as the shift (an overnight one of 1 hour).
    await _refused(
        w, made["id"], "break_minutes", starts_at="23:30", ends_at="00:30", break_minutes=60
    )
    await _refused(w, made["id"], "break_minutes", break_minutes=241)
    await _refused(w, made["id"], "starts_at", starts_at="07:00:30")
    await _refused(w, made["id"], "function", function="surgeon")
    await _refused(w, made["id"], "worker_name", worker_name="  ")
    # Corrections are checked against the whole shift as it would be.
    answer = await w.karin.call("PATCH", f"{ADMIN_SHIFTS}/{night['id']}", {"break_minutes": 540})
    assert answer.status_code == 422
    answer = await w.karin.call("PATCH", f"{ADMIN_SHIFTS}/{night['id']}", {"works_on": day(20)})
    assert answer.json()["errors"][0]["field"] == "works_on"
    answer = await w.karin.call(
        "PATCH", f"{ADMIN_SHIFTS}/{night['id']}", {"ends_at": "06:00", "function": "host"}
    )
    assert answer.status_code == 200, answer.json()
    assert answer.json()["hours"] == "7.50"
    assert answer.json()["hourly_rate_cents"] == 5200  # a rate given stays
    # Project dates that would leave shifts outside them are refused.
    answer = await w.karin.call("PATCH", f"{ADMIN_PROJECTS}/{made['id']}", {"ends_on": day(5)})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "ends_on"


async def _members_with_mail(w: World, project_id: str) -> None:
    """Members of the project: Petra (French, e-mail services on), Cas (off), Eva (English,
    on, invited) and Gijs (on, but no portal access)."""
    assert w.p.admin.membership
    assert w.p.employee.membership
    w.p.admin.membership.email_services = True
    w.p.admin.user.language = "fr"
    await w.session.commit()
    await w.add(project_id, w.p.admin.membership.id)
    await w.add(project_id, w.p.employee.membership.id)
    for email, language, portal in (
        ("eva@linde.example", "en", True),
        ("gijs@linde.example", "nl", False),
    ):
        person = User(
            email=email, first_name=email[:4].capitalize(), status="invited", language=language
        )
        w.session.add(person)
        await w.session.flush()
        membership = Membership(
            user_id=person.id,
            organisation_id=w.linde.id,
            email_services=True,
            portal_employee=portal,
        )
        w.session.add(membership)
        await w.session.commit()
        await w.add(project_id, membership.id)


async def _confirmations(w: World, to: str) -> list[dict[str, object]]:
    mails = await queued_mails(w.session, to)
    return [m for m in mails if m["template"] == "shift_confirmed"]


async def test_confirming_mails_members_with_email_services_in_their_language(w: World) -> None:
    made = await w.project(name="De Linde")
    await _members_with_mail(w, made["id"])
    await w.session.execute(
        update(User)
        .where(User.email == "eva@linde.example")
        .values(status="active", password_hash="x")
    )
    await w.session.commit()
    shift = await w.shift(
        made["id"], works_on=day(1), starts_at="22:00", ends_at="07:00", function="carer"
    )
    answer = await w.karin.call("POST", f"{ADMIN_SHIFTS}/{shift['id']}/confirm")
    assert answer.status_code == 200, answer.json()
    assert answer.json()["status"] == "confirmed"
    assert answer.json()["mails_queued"] == 2
    [petra] = await _confirmations(w, "petra@linde.example")
    assert petra["template"] == "shift_confirmed"
    assert petra["language"] == "fr"
    context = petra["context"]
    assert isinstance(context, dict)
    assert context["function"] == "Soignant(e)"
    assert context["starts_at"] == "22:00"
    assert context["ends_at"] == "07:00"
    assert context["next_day"] is True
    assert context["project"] == "De Linde"
    assert context["worker"] == "Sanne Bakker"
    assert context["address"] == "Lindelaan 12, 3511 AB Utrecht"
    [eva] = await _confirmations(w, "eva@linde.example")
    assert eva["language"] == "en"
    assert eva["context"]["function"] == "Carer"  # type: ignore[index]
    # Without e-mail services (Cas), without portal access (Gijs): none.
    assert await _confirmations(w, "cas@linde.example") == []
    assert await _confirmations(w, "gijs@linde.example") == []
    # Confirmed once: again is refused, and mails nothing more.
    again = await w.karin.call("POST", f"{ADMIN_SHIFTS}/{shift['id']}/confirm")
    assert again.status_code == 409
    assert len(await _confirmations(w, "petra@linde.example")) == 1
    actions = list(
        await w.session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.subject_id == shift["id"])
            .order_by(AuditEvent.action)
        )
    )
    assert actions == ["shift.confirmed", "shift.created"]


async def test_a_confirmed_shift_is_corrected_until_invoiced_then_refused(w: World) -> None:
    made = await w.project()
    shift = await w.shift(made["id"])
    assert (await w.karin.call("POST", f"{ADMIN_SHIFTS}/{shift['id']}/confirm")).status_code == 200
    answer = await w.karin.call("PATCH", f"{ADMIN_SHIFTS}/{shift['id']}", {"worker_name": "Joris"})
    assert answer.status_code == 200, answer.json()
    assert answer.json()["status"] == "confirmed"
    invoice = await w.invoice(made["id"])
    await w.session.execute(
        update(Shift).where(Shift.id == shift["id"]).values(invoice_id=invoice.id)
    )
    await w.session.commit()
    answer = await w.karin.call("PATCH", f"{ADMIN_SHIFTS}/{shift['id']}", {"worker_name": "Anna"})
    assert answer.status_code == 409
    answer = await w.karin.call("POST", f"{ADMIN_SHIFTS}/{shift['id']}/cancel")
    assert answer.status_code == 409
    assert (
        answer.json()["detail"]
        == "Deze dienst staat op een factuur: hij kan niet meer worden gewijzigd."
    )


async def test_cancelling(w: World) -> None:
    made = await w.project()
    planned = await w.shift(made["id"])
    confirmed = await w.shift(made["id"], works_on=day(2))
    assert (
        await w.karin.call("POST", f"{ADMIN_SHIFTS}/{confirmed['id']}/confirm")
    ).status_code == 200
    for shift in (planned, confirmed):
        answer = await w.karin.call("POST", f"{ADMIN_SHIFTS}/{shift['id']}/cancel")
        assert answer.status_code == 200, answer.json()
        assert answer.json()["status"] == "cancelled"
        assert answer.json()["confirmed_at"] is None
    assert (await w.karin.call("POST", f"{ADMIN_SHIFTS}/{planned['id']}/cancel")).status_code == 409
    assert (
        await w.karin.call("POST", f"{ADMIN_SHIFTS}/{planned['id']}/confirm")
    ).status_code == 409
    answer = await w.karin.call(
        "PATCH", f"{ADMIN_SHIFTS}/{planned['id']}", {"worker_name": "Joris"}
    )
    assert answer.status_code == 409
    cancelled = await w.session.scalar(
        select(func.count()).where(AuditEvent.action == "shift.cancelled")
    )
    assert cancelled == 2


async def test_two_confirmations_at_once_send_one_set_through_the_worker(
    app: FastAPI,
    committed: async_sessionmaker[AsyncSession],
    settings: Settings,
    run_worker: RunWorker,
    mailbox: Mailbox,
) -> None:
    async with committed() as session:
        w = await world(app, session, settings)
        made = await w.project(name="De Linde")
        await _members_with_mail(w, made["id"])
        shift = await w.shift(made["id"], works_on=day(3), starts_at="07:00", ends_at="15:30")
        url = f"{ADMIN_SHIFTS}/{shift['id']}/confirm"
        # The care manager and a Kring admin at once: one confirms, the other waits and is told.
        answers = await asyncio.gather(w.karin.call("POST", url), w.p.staff.call("POST", url))
        assert sorted(a.status_code for a in answers) == [200, 409]
        queued = await session.scalar(
            select(func.count()).where(
                OutboxMessage.payload["template"].astext == "shift_confirmed"
            )
        )
        assert queued == 1  # Petra only: Eva is invited, Gijs has no portal access
        await run_worker()
        [mail] = [m for m in mailbox() if "De Linde" in m.subject]
        assert mail.to == "petra@linde.example"
        assert "De Linde" in mail.subject
        assert "Soignant" not in mail.text
        assert "Infirmier/ère" in mail.text
        assert "07:00 - 15:30" in mail.text
        assert "(le lendemain)" not in mail.text
