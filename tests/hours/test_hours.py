"""Hours: the helper logs (times or a duration, with a break), the refusals (future, outside the
engagement, overlap, more than a day, half-given times, someone else's engagement), approval one
by one and by month, rejection with a reason and the fix, locked approved hours and their
correction, who may approve, the access log, and two approvers at once."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.timesheet import TimesheetEntry
from tests.accounts.helpers import log_in, queued_mails
from tests.dossiers.helpers import signed_in
from tests.dossiers.test_export import _proxy
from tests.hours.helpers import (
    HOURS,
    RATE,
    days_ago,
    engaged_since,
    month_of,
    today,
)
from tests.members.helpers import Person, new_client
from tests.proposals.helpers import helper


def _field(answer: Any) -> str:
    assert answer.status_code == 422, answer.json()
    return str(answer.json()["errors"][0]["field"])


async def test_the_helper_logs_times_or_a_duration_and_reads_them_back(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    e = await engaged_since(app, session, settings)
    day = days_ago(3)
    with_times = await e.logged(day, "09:00", "12:30")
    assert with_times["minutes"] == 210
    assert with_times["status"] == "submitted"
    assert with_times["amount_cents"] == 210 * RATE // 60
    with_break = await e.log(days_ago(4), "13:00", "17:00", break_minutes=30, note="Tuin")
    assert with_break.json()["minutes"] == 210
    duration = await e.helper.person.call(
        "POST",
        HOURS,
        {"engagement_id": e.engagement["id"], "work_date": days_ago(5).isoformat(), "minutes": 90},
    )
    assert duration.status_code == 201, duration.json()
    assert (duration.json()["starts_at"], duration.json()["minutes"]) == (None, 90)

    listed = (await e.helper.person.client.get(HOURS)).json()
    assert [entry["work_date"] for entry in listed] == [
        days_ago(3).isoformat(),
        days_ago(4).isoformat(),
        days_ago(5).isoformat(),
    ]
    assert {entry["help_seeker_first_name"] for entry in listed} == {"Truus"}
    start = (await e.helper.person.client.get(f"{HOURS}/start")).json()
    assert start["last_engagement_id"] == e.engagement["id"]
    assert start["today"] == today().isoformat()
    [engagement] = start["engagements"]
    # Monday mornings and Thursday evenings, as proposed.
    assert engagement["usual_times"] == {
        "monday": {"starts_at": "09:00:00", "ends_at": "12:00:00"},
        "thursday": {"starts_at": "18:00:00", "ends_at": "21:00:00"},
    }


async def test_refusals_name_the_field(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    e = await engaged_since(app, session, settings, days=20)
    await e.logged(days_ago(2), "09:00", "12:00")
    # In the future.
    assert _field(await e.log(today() + timedelta(days=1))) == "work_date"
    # Before the engagement started.
    assert _field(await e.log(days_ago(30))) == "work_date"
    # Overlapping the hours of that day, also partly.
    overlap = await e.log(days_ago(2), "11:30", "13:00")
    assert _field(overlap) == "starts_at"
    assert "09:00" in overlap.json()["errors"][0]["message"]
    # Right after is fine.
    assert (await e.log(days_ago(2), "12:00", "13:00")).status_code == 201
    # A start without an end, an end before the start, a break as long as the work.
    assert _field(await e.log(days_ago(3), "09:00", None)) == "ends_at"
    assert _field(await e.log(days_ago(3), "12:00", "09:00")) == "ends_at"
    assert _field(await e.log(days_ago(3), "09:00", "10:00", break_minutes=60)) == "break_minutes"
    # More than 24 hours on one day.
    body = {"engagement_id": e.engagement["id"], "work_date": days_ago(4).isoformat()}
    first = await e.helper.person.call("POST", HOURS, {**body, "minutes": 1000})
    assert first.status_code == 201
    assert _field(await e.helper.person.call("POST", HOURS, {**body, "minutes": 600})) == "minutes"
    # Seconds in a time, a NUL in the note, an integer beyond its range.
    assert _field(await e.log(days_ago(5), "09:00:30", "10:00")) == "starts_at"
    assert _field(await e.log(days_ago(5), note="a\x00b")) == "note"
    assert _field(await e.log(days_ago(5), break_minutes=2**40)) == "break_minutes"
    # Someone else's engagement is not theirs to log for.
    other = (await helper(app, session, settings, "ander@example.org", "Ander")).person
    foreign = await other.call(
        "POST",
        HOURS,
        {"engagement_id": e.engagement["id"], "work_date": days_ago(2).isoformat(), "minutes": 60},
    )
    assert _field(foreign) == "engagement_id"
    # A person who is no helper has no hours at all.
    nobody = await signed_in(app, session, settings, "niemand@example.org", "Niemand")
    assert (await nobody.call("POST", HOURS, body | {"minutes": 60})).status_code == 404
    logged = await session.scalars(select(TimesheetEntry.minutes).order_by(TimesheetEntry.minutes))
    assert list(logged) == [60, 180, 1000]


async def test_reject_fix_approve_and_the_month_at_once(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    e = await engaged_since(app, session, settings)
    day = days_ago(1)
    one = await e.logged(day, "09:00", "10:00")
    two = await e.logged(day, "10:00", "11:00")
    month = month_of(day)
    seen = (await e.partner.client.get(e.hours_url, params={"month": month})).json()
    assert seen["waiting"] == {"entries": 2, "minutes": 120, "amount_cents": 2 * RATE}
    assert seen["may_approve"] is True
    assert month in seen["months_waiting"]

    rejected = await e.partner.call(
        "POST", f"{e.hours_url}/{one['id']}/rejection", {"reason": "Je was er tot 9:45."}
    )
    assert rejected.status_code == 200, rejected.json()
    assert (rejected.json()["status"], rejected.json()["reject_reason"]) == (
        "rejected",
        "Je was er tot 9:45.",
    )
    [mail] = [
        m
        for m in await queued_mails(session, "henk@example.org")
        if m["template"] == "hours_rejected"
    ]
    assert mail["context"]["reason"] == "Je was er tot 9:45."  # type: ignore[index]
    # Rejected twice, or approved once rejected: it is not waiting.
    again = await e.partner.call("POST", f"{e.hours_url}/{one['id']}/approval")
    assert again.status_code == 409

    fixed = await e.helper.person.call(
        "PUT",
        f"{HOURS}/{one['id']}",
        {"work_date": day.isoformat(), "starts_at": "09:00", "ends_at": "09:45"},
    )
    assert fixed.status_code == 200, fixed.json()
    assert (fixed.json()["status"], fixed.json()["minutes"]) == ("submitted", 45)
    approved = await e.partner.call("POST", f"{e.hours_url}/approval", {"month": month})
    assert approved.json() == {"approved": 2, "minutes": 105}
    # Nothing left: approving the month again approves none.
    assert (await e.partner.call("POST", f"{e.hours_url}/approval", {"month": month})).json() == {
        "approved": 0,
        "minutes": 0,
    }
    seen = (await e.partner.client.get(e.hours_url, params={"month": month})).json()
    assert seen["approved"]["minutes"] == 105
    assert {entry["decided_by_name"] for entry in seen["entries"]} == {"Sanne"}
    # Approved hours are locked for change and withdrawal.
    locked = await e.helper.person.call(
        "PUT", f"{HOURS}/{two['id']}", {"work_date": day.isoformat(), "minutes": 30}
    )
    assert locked.status_code == 409
    assert (await e.helper.person.call("DELETE", f"{HOURS}/{two['id']}")).status_code == 409


async def test_a_correction_replaces_approved_hours_once_approved(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    e = await engaged_since(app, session, settings)
    day = days_ago(1)
    entry = await e.logged(day, "09:00", "12:00")
    await e.partner.call("POST", f"{e.hours_url}/{entry['id']}/approval")
    url = f"{HOURS}/{entry['id']}/corrections"
    body = {"work_date": day.isoformat(), "starts_at": "09:00", "ends_at": "11:00"}
    corrected = await e.helper.person.call("POST", url, body)
    assert corrected.status_code == 201, corrected.json()
    assert corrected.json()["corrects_entry_id"] == entry["id"]
    # One correction at a time.
    assert (await e.helper.person.call("POST", url, body)).status_code == 409
    month = month_of(day)
    before = (await e.partner.client.get(e.hours_url, params={"month": month})).json()
    assert before["approved"]["minutes"] == 180
    await e.partner.call("POST", f"{e.hours_url}/{corrected.json()['id']}/approval")
    after = (await e.partner.client.get(e.hours_url, params={"month": month})).json()
    statuses = {item["id"]: item["status"] for item in after["entries"]}
    assert statuses == {entry["id"]: "superseded", corrected.json()["id"]: "approved"}
    assert after["approved"]["minutes"] == 120


async def test_who_may_approve_and_the_access_log(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    e = await engaged_since(app, session, settings)
    entry = await e.logged(days_ago(1))
    viewer = await _proxy(app, session, settings, e.partner, e.dossier["id"], ["view"])
    approver = await _proxy(
        app,
        session,
        settings,
        e.partner,
        e.dossier["id"],
        ["view", "approve_hours"],
        "approver@example.org",
        "Appie",
    )
    seen = (await viewer.client.get(e.hours_url)).json()
    assert seen["may_approve"] is False
    # Without the right to see payments, no amounts.
    assert {item["amount_cents"] for item in seen["entries"]} <= {None}
    refused = await viewer.call("POST", f"{e.hours_url}/{entry['id']}/approval")
    assert refused.status_code == 403
    stranger = await signed_in(app, session, settings, "vreemd@example.org", "Vreemd")
    assert (await stranger.client.get(e.hours_url)).status_code == 404
    assert (await stranger.call("POST", f"{e.hours_url}/{entry['id']}/approval")).status_code == 404
    # The helper cannot approve their own hours.
    assert (
        await e.helper.person.call("POST", f"{e.hours_url}/{entry['id']}/approval")
    ).status_code == 404
    ok = await approver.call("POST", f"{e.hours_url}/{entry['id']}/approval")
    assert ok.json() == {"approved": 1, "minutes": 180}
    actions = list(
        await session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.subject_id == e.dossier["id"])
            .where(AuditEvent.action.like("dossier.hours%"))
            .order_by(AuditEvent.id)
        )
    )
    assert actions == [
        "dossier.hours_logged",
        "dossier.hours_viewed",
        "dossier.hours_approved",
    ]


async def test_two_approvers_at_once_count_each_entry_once(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    async with committed() as session:
        e = await engaged_since(app, session, settings)
        day = days_ago(1)
        for start, end in (("08:00", "09:00"), ("09:00", "10:00"), ("10:00", "11:00")):
            await e.logged(day, start, end)
    other = Person(e.partner.user, new_client(app), settings)
    assert (await log_in(other.client, "sanne@example.org")).status_code == 200
    body = {"month": month_of(day)}
    answers = await asyncio.gather(
        e.partner.call("POST", f"{e.hours_url}/approval", body),
        other.call("POST", f"{e.hours_url}/approval", body),
    )
    assert sorted(a.json()["approved"] for a in answers) in ([0, 3], [1, 2])
    assert sum(a.json()["approved"] for a in answers) == 3


async def test_approving_the_month_approves_only_what_the_approver_saw(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    e = await engaged_since(app, session, settings)
    day = days_ago(1)
    seen_entry = await e.logged(day, "09:00", "10:00")
    month = month_of(day)
    seen = (await e.partner.client.get(e.hours_url, params={"month": month})).json()
    seen_ids = [entry["id"] for entry in seen["entries"] if entry["status"] == "submitted"]
    # Logged after the partner read the month: not part of what they approve.
    later = await e.logged(day, "10:00", "11:00")
    approved = await e.partner.call(
        "POST", f"{e.hours_url}/approval", {"month": month, "entry_ids": seen_ids}
    )
    assert approved.json() == {"approved": 1, "minutes": 60}
    after = (await e.partner.client.get(e.hours_url, params={"month": month})).json()
    statuses = {entry["id"]: entry["status"] for entry in after["entries"]}
    assert statuses == {seen_entry["id"]: "approved", later["id"]: "submitted"}
    # Not an id: refused, naming the field.
    wrong = await e.partner.call(
        "POST", f"{e.hours_url}/approval", {"month": month, "entry_ids": ["x"]}
    )
    assert _field(wrong).startswith("entry_ids")
