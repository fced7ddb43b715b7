"""The monthly payment run: what it takes (approved paid hours of the month and before, in no
run yet), what waits (a helper without an account, a dossier without a mandate, a total not above
zero), what a correction settles, and its refusals (a month not over, twice, before the latest)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.kit.working_days import AMSTERDAM
from kring.models.audit import AuditEvent
from kring.models.dossier import Dossier
from kring.models.helper import HelperProfile
from kring.models.timesheet import PaymentRun, PaymentRunLine, TimesheetEntry
from kring.payment_runs.repository import mandate_id
from tests.payment_runs.helpers import (
    RUNS,
    admin,
    amounts,
    correct,
    day,
    engage,
    entry,
    make_run,
    months_back,
    paid_helper,
    preview,
    side,
    text,
    volunteer,
)


async def _entry_state(session: AsyncSession, made: TimesheetEntry) -> tuple[Any, Any]:
    """The run that took the entry (its id as the API writes it) and what it settled."""
    row = (
        await session.execute(
            select(TimesheetEntry.payment_run_id, TimesheetEntry.settled_cents)
            .where(TimesheetEntry.id == made.id)
            .execution_options(populate_existing=True)
        )
    ).one()
    run_id = str(row.payment_run_id) if row.payment_run_id else None
    return run_id, row.settled_cents


async def test_the_run_collects_per_dossier_and_pays_per_helper(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    month = months_back(1)
    truus = await side(app, session, settings, "sanne@example.org")
    kees = await side(
        app, session, settings, "ria@example.org", iban="NL44RABO0123456789", holder="K. Smit"
    )
    henk = await paid_helper(app, session, settings, "henk@example.org", "Henk", rate=2000)
    mia = await paid_helper(
        app, session, settings, "mia@example.org", "Mia", rate=2500, iban="NL39RABO0300065264"
    )
    henk_truus = await engage(truus, henk)
    henk_kees = await engage(kees, henk)
    mia_truus = await engage(truus, mia)
    paid = [
        await entry(session, henk_truus, day(month, 3), 120),  # 40.00
        await entry(session, henk_truus, day(month, 10), 90),  # 30.00
        await entry(session, henk_kees, day(month, 28), 60),  # 20.00
        await entry(session, mia_truus, day(month, 4), 61),  # 25.42 (rounded)
        # Worked in an earlier month, approved since: it goes in too.
        await entry(session, mia_truus, day(months_back(3), 15), 30),  # 12.50
    ]
    left = [
        await entry(session, henk_truus, day(month, 17), 60, status="submitted"),
        await entry(session, henk_truus, day(month, 18), 60, status="rejected"),
        # Worked in the current month: the next run's.
        await entry(session, henk_truus, months_back(0), 60),
    ]
    ada = await admin(app, session, settings)

    seen = await preview(ada, month)
    assert seen.status_code == 200, seen.json()
    assert {k: v for k, v in seen.json().items() if k != "collection_date"} == {
        "month": text(month),
        "entries": 5,
        "collections": 2,
        "payments": 2,
        "collected_cents": 12792,
        "paid_cents": 12792,
        "waiting_entries": 0,
        "waiting": [],
    }

    run = await make_run(ada, month)
    assert (run["month"], run["entries"], run["collected_cents"], run["paid_cents"]) == (
        text(month),
        5,
        12792,
        12792,
    )
    assert run["made_by_name"] == "Ada"
    assert run["collection_date"] == seen.json()["collection_date"]
    assert amounts(run["collections"], "dossier_id") == {
        str(truus.dossier_id): 4000 + 3000 + 2542 + 1250,
        str(kees.dossier_id): 2000,
    }
    assert amounts(run["payments"], "helper_id") == {
        str(henk.profile.id): 9000,
        str(mia.profile.id): 3792,
    }
    by_dossier = {line["dossier_id"]: line for line in run["collections"]}
    assert by_dossier[str(kees.dossier_id)] | {"amount_cents": 0} == {
        "dossier_id": str(kees.dossier_id),
        "help_seeker_name": "Truus de Vries",
        "account_holder": "K. Smit",
        "iban": "NL44RABO0123456789",
        "amount_cents": 0,
        "entries": 1,
        "mandate_id": mandate_id(kees.dossier_id),
        "mandate_date": by_dossier[str(kees.dossier_id)]["mandate_date"],
        "sequence": "FRST",
    }
    accepted = await session.scalar(
        select(Dossier.terms_accepted_at).where(Dossier.id == kees.dossier_id)
    )
    assert accepted is not None
    local_day = accepted.astimezone(AMSTERDAM).date()
    assert by_dossier[str(kees.dossier_id)]["mandate_date"] == local_day.isoformat()
    assert len(mandate_id(kees.dossier_id)) == 35
    by_helper = {line["helper_id"]: line for line in run["payments"]}
    assert by_helper[str(mia.profile.id)] == {
        "helper_id": str(mia.profile.id),
        "helper_name": "Mia Bakker",
        "account_holder": "Mia Bakker",
        "iban": "NL39RABO0300065264",
        "amount_cents": 3792,
        "entries": 2,
    }
    for made in paid:
        assert await _entry_state(session, made) == (
            run["id"],
            made.amount_cents,
        ), made.work_date
    for made in left:
        assert await _entry_state(session, made) == (None, None)
    # Kept in the database as the API shows it: the lines' totals are the run's.
    lines = (
        await session.execute(
            select(PaymentRunLine.kind, PaymentRunLine.amount_cents).where(
                PaymentRunLine.payment_run_id == run["id"]
            )
        )
    ).all()
    assert sum(a for k, a in lines if k == "collection") == 12792
    assert sum(a for k, a in lines if k == "payment") == 12792
    # Listed, read and audited.
    listed = (await ada.call("GET", RUNS)).json()
    assert [r["id"] for r in listed["items"]] == [run["id"]]
    assert (await ada.call("GET", f"{RUNS}/{run['id']}")).json() == run
    actions = (
        await session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.subject_type == "payment_run")
            .order_by(AuditEvent.created_at, AuditEvent.id)
        )
    ).all()
    assert list(actions) == ["payment_run.previewed", "payment_run.made", "payment_run.viewed"]
    # Each dossier's access log shows the collection from its account, with the amount.
    collected = (
        await session.execute(
            select(AuditEvent.subject_id, AuditEvent.details).where(
                AuditEvent.action == "dossier.collected"
            )
        )
    ).all()
    assert {str(subject): details["cents"] for subject, details in collected} == amounts(
        run["collections"], "dossier_id"
    )


async def test_volunteers_hours_are_never_paid(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    month = months_back(1)
    truus = await side(app, session, settings, "sanne@example.org")
    vera = await volunteer(app, session, settings, "vera@example.org", "Vera")
    work = await engage(truus, vera)
    assert work.rate is None
    logged = await entry(session, work, day(month, 5), 180)
    assert logged.amount_cents is None
    ada = await admin(app, session, settings)
    seen = (await preview(ada, month)).json()
    assert (seen["entries"], seen["collected_cents"], seen["waiting"]) == (0, 0, [])
    refused = await ada.call("POST", RUNS, {"month": text(month)})
    assert refused.status_code == 409
    assert await session.scalar(select(PaymentRun.id)) is None
    assert await _entry_state(session, logged) == (None, None)


async def test_a_helper_without_an_account_waits_for_the_next_run(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    earlier, month = months_back(2), months_back(1)
    truus = await side(app, session, settings, "sanne@example.org")
    henk = await paid_helper(app, session, settings, "henk@example.org", "Henk", iban=None)
    mia = await paid_helper(app, session, settings, "mia@example.org", "Mia")
    henk_work = await engage(truus, henk)
    mia_work = await engage(truus, mia)
    waits = await entry(session, henk_work, day(earlier, 6), 60)
    goes = await entry(session, mia_work, day(earlier, 7), 60)
    ada = await admin(app, session, settings)

    seen = (await preview(ada, earlier)).json()
    assert (seen["entries"], seen["collected_cents"], seen["waiting_entries"]) == (1, 2000, 1)
    assert seen["waiting"] == [
        {
            "reason": "helper_without_account",
            "party": "helper",
            "party_id": str(henk.profile.id),
            "name": "Henk Bakker",
            "entries": 1,
            "amount_cents": 2000,
        }
    ]
    first = await make_run(ada, earlier)
    assert amounts(first["payments"], "helper_id") == {str(mia.profile.id): 2000}
    assert await _entry_state(session, waits) == (None, None)
    assert (await _entry_state(session, goes))[0] == first["id"]

    # Henk gives his account: the next run pays what waited.
    await session.execute(
        update(HelperProfile)
        .where(HelperProfile.id == henk.profile.id)
        .values(iban="NL91ABNA0417164300", account_holder="H. Bakker")
    )
    await session.commit()
    second = await make_run(ada, month)
    assert amounts(second["payments"], "helper_id") == {str(henk.profile.id): 2000}
    assert second["collections"][0]["sequence"] == "RCUR"  # Truus was collected from before
    assert await _entry_state(session, waits) == (second["id"], 2000)


async def test_a_dossier_without_a_mandate_waits(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    month = months_back(1)
    truus = await side(app, session, settings, "sanne@example.org")
    henk = await paid_helper(app, session, settings, "henk@example.org", "Henk")
    work = await engage(truus, henk)
    await entry(session, work, day(month, 6), 60)
    # A closed dossier that never got as far as its bank step.
    await session.execute(
        update(Dossier)
        .where(Dossier.id == truus.dossier_id)
        .values(
            status="closed",
            closed_reason="Verhuisd.",
            completed_steps=["who"],
            iban=None,
            account_holder=None,
            terms_version=None,
            privacy_version=None,
            terms_accepted_at=None,
            terms_accepted_by_user_id=None,
        )
    )
    await session.commit()
    ada = await admin(app, session, settings)
    seen = (await preview(ada, month)).json()
    assert [(w["reason"], w["party"], w["party_id"], w["name"]) for w in seen["waiting"]] == [
        ("dossier_without_mandate", "dossier", str(truus.dossier_id), "Truus de Vries")
    ]
    assert (await ada.call("POST", RUNS, {"month": text(month)})).status_code == 409


async def test_hours_approved_after_a_run_go_in_the_next(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    earlier, month = months_back(2), months_back(1)
    truus = await side(app, session, settings, "sanne@example.org")
    henk = await paid_helper(app, session, settings, "henk@example.org", "Henk")
    work = await engage(truus, henk)
    await entry(session, work, day(earlier, 2), 60)
    late = await entry(session, work, day(earlier, 20), 30, status="submitted")
    ada = await admin(app, session, settings)
    first = await make_run(ada, earlier)
    assert first["entries"] == 1
    assert await _entry_state(session, late) == (None, None)
    # Approved after the run: the next run, for the next month, takes it.
    await session.execute(
        update(TimesheetEntry)
        .where(TimesheetEntry.id == late.id)
        .values(status="approved", decided_at=datetime.now(UTC), decided_by_user_id=work.decided_by)
    )
    await session.commit()
    await entry(session, work, day(month, 2), 60)
    second = await make_run(ada, month)
    assert (second["entries"], second["collected_cents"]) == (2, 1000 + 2000)
    assert await _entry_state(session, late) == (second["id"], 1000)


async def test_a_correction_of_a_paid_entry_settles_only_the_difference(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    first_month, second_month, third_month = months_back(3), months_back(2), months_back(1)
    truus = await side(app, session, settings, "sanne@example.org")
    henk = await paid_helper(app, session, settings, "henk@example.org", "Henk")
    work = await engage(truus, henk)
    original = await entry(session, work, day(first_month, 4), 120)  # 40.00
    ada = await admin(app, session, settings)
    first = await make_run(ada, first_month)
    assert await _entry_state(session, original) == (first["id"], 4000)

    # Paid at 2 hours, corrected to 1.5: the next run takes back the half hour.
    lower = await correct(session, work, original, 90)  # 30.00
    await entry(session, work, day(second_month, 3), 60)  # 20.00
    second = await make_run(ada, second_month)
    assert (second["entries"], second["collected_cents"]) == (2, -1000 + 2000)
    assert await _entry_state(session, lower) == (second["id"], -1000)
    # The corrected entry stays in the first run, superseded.
    assert await _entry_state(session, original) == (first["id"], 4000)

    # Corrected again, to 3 hours: what was paid for the day so far (40.00 - 10.00) is
    # deducted, not only what the first correction settled.
    higher = await correct(session, work, lower, 180)  # 60.00
    # A correction of an entry no run paid settles its whole amount.
    unpaid = await entry(session, work, day(third_month, 5), 60)  # 20.00
    of_unpaid = await correct(session, work, unpaid, 30)  # 10.00
    third = await make_run(ada, third_month)
    assert await _entry_state(session, higher) == (third["id"], 6000 - 3000)
    assert await _entry_state(session, of_unpaid) == (third["id"], 1000)
    assert await _entry_state(session, unpaid) == (None, None)
    assert (third["entries"], third["collected_cents"]) == (2, 3000 + 1000)
    # Over the three runs, the day was paid exactly what it is worth now.
    settled = await session.scalars(
        select(TimesheetEntry.settled_cents).where(
            TimesheetEntry.id.in_([original.id, lower.id, higher.id])
        )
    )
    assert sum(s for s in settled if s is not None) == higher.amount_cents == 6000


async def test_a_total_not_above_zero_waits_until_later_hours_make_up_for_it(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    earlier, month = months_back(2), months_back(1)
    truus = await side(app, session, settings, "sanne@example.org")
    henk = await paid_helper(app, session, settings, "henk@example.org", "Henk")
    mia = await paid_helper(app, session, settings, "mia@example.org", "Mia")
    henk_work = await engage(truus, henk)
    mia_work = await engage(truus, mia)
    original = await entry(session, henk_work, day(months_back(3), 4), 120)
    ada = await admin(app, session, settings)
    await make_run(ada, months_back(3))
    # Henk's hours lowered by 20.00; Mia worked 30.00 for the same help seeker.
    lower = await correct(session, henk_work, original, 60)
    mia_entry = await entry(session, mia_work, day(earlier, 8), 90)
    seen = (await preview(ada, earlier)).json()
    # Truus's total would be positive, but Henk would receive less than nothing: he waits,
    # and so Truus pays only Mia's hours.
    assert seen["waiting"] == [
        {
            "reason": "not_positive",
            "party": "helper",
            "party_id": str(henk.profile.id),
            "name": "Henk Bakker",
            "entries": 1,
            "amount_cents": -2000,
        }
    ]
    run = await make_run(ada, earlier)
    assert (run["collected_cents"], run["paid_cents"]) == (3000, 3000)
    assert await _entry_state(session, lower) == (None, None)
    assert (await _entry_state(session, mia_entry))[0] == run["id"]
    # Henk worked 25.00 more: now his total is positive and the lowering is settled.
    await entry(session, henk_work, day(month, 8), 75)
    later = await make_run(ada, month)
    assert amounts(later["payments"], "helper_id") == {str(henk.profile.id): -2000 + 2500}
    assert await _entry_state(session, lower) == (later["id"], -2000)


@pytest.mark.parametrize(
    ("month", "field"),
    [
        ("2026-13", "month"),
        ("2026-1", "month"),
        ("26-11", "month"),
        ("2026-11\x00", "month"),
        ("0000-01", "month"),
        ("9999-12", "month"),
    ],
)
async def test_a_month_that_is_no_month_names_the_field(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    month: str,
    field: str,
) -> None:
    ada = await admin(app, session, settings)
    made = await ada.call("POST", RUNS, {"month": month})
    assert made.status_code == 422
    assert [e["field"] for e in made.json()["errors"]] == [field]
    seen = await ada.client.get(f"{RUNS}/preview", params={"month": month})
    assert seen.status_code == 422
    assert [e["field"] for e in seen.json()["errors"]] == [field]


async def test_a_month_not_over_twice_or_before_the_latest_run_is_refused(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    month = months_back(1)
    truus = await side(app, session, settings, "sanne@example.org")
    henk = await paid_helper(app, session, settings, "henk@example.org", "Henk")
    work = await engage(truus, henk)
    await entry(session, work, day(months_back(2), 3), 60)
    await entry(session, work, day(month, 3), 60)
    ada = await admin(app, session, settings)
    for not_over in (months_back(0), months_back(-1)):
        refused = await ada.call("POST", RUNS, {"month": text(not_over)})
        assert refused.status_code == 409
        assert "is nog niet voorbij" in refused.json()["detail"]
        assert (await preview(ada, not_over)).status_code == 409
    made = await make_run(ada, month)
    assert made["entries"] == 2  # the earlier month's hours too
    twice = await ada.call("POST", RUNS, {"month": text(month)})
    assert twice.status_code == 409
    assert "Er is al een betalingsronde" in twice.json()["detail"]
    earlier = await ada.call("POST", RUNS, {"month": text(months_back(2))})
    assert earlier.status_code == 409
    assert "De laatste betalingsronde is voor" in earlier.json()["detail"]
    assert (await preview(ada, month)).status_code == 409
    assert len((await session.scalars(select(PaymentRun.id))).all()) == 1


async def test_refusals_are_in_the_readers_language(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    ada = await admin(app, session, settings)
    answer = await ada.client.get(
        f"{RUNS}/preview",
        params={"month": text(months_back(0))},
        headers={"Accept-Language": "fr"},
    )
    assert answer.status_code == 409
    assert "n'est pas encore terminé" in answer.json()["detail"]


async def test_a_run_of_another_id_is_not_found(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    ada = await admin(app, session, settings)
    missing = "0193a1b2-0000-7000-8000-000000000001"
    for suffix in ("", "/direct-debit", "/credit-transfer"):
        assert (await ada.call("GET", f"{RUNS}/{missing}{suffix}")).status_code == 404


async def test_making_a_run_needs_a_recent_second_factor(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    month = months_back(1)
    truus = await side(app, session, settings, "sanne@example.org")
    henk = await paid_helper(app, session, settings, "henk@example.org", "Henk")
    await entry(session, await engage(truus, henk), day(month, 3), 60)
    ada = await admin(app, session, settings)
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=6), tick=False):
        refused = await ada.call("POST", RUNS, {"month": text(month)})
        assert (await preview(ada, month)).status_code == 200  # reading needs no step-up
    assert refused.status_code == 401
    assert refused.json()["type"].endswith("/step-up-required")
    assert await session.scalar(select(PaymentRun.id)) is None
