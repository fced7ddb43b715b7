"""A deactivated account's profile goes offline (staff or the 6-month job): not found, not
reachable, no reminders or overdue reports; reactivation brings it back when it was live."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.accounts.lifecycle import run_lifecycle
from kring.config import Settings
from kring.jobs import JOBS
from kring.kit.working_days import AMSTERDAM
from kring.models.audit import AuditEvent
from kring.models.contact import ContactRequest
from kring.models.payment import Payment
from kring.models.provider import ProviderProfile
from kring.models.user import User
from tests.accounts.helpers import csrf, queued_mails
from tests.contacts.helpers import open_request
from tests.members.helpers import person
from tests.search.helpers import UTRECHT, Provider, add_provider

FORM: dict[str, Any] = {
    "name": "Jan Janssen",
    "email": "jan@example.org",
    "phone": "030 123 4567",
    "location": "3511 AX Utrecht",
    "place_id": UTRECHT,
    "for_whom": "self",
    "message": "Kunt u een lamp ophangen?",
}
MONDAY = datetime(2026, 11, 30, 10, tzinfo=AMSTERDAM)  # due Wednesday 2 December, 23:59
WEDNESDAY_MORNING = datetime(2026, 12, 2, 9, tzinfo=AMSTERDAM)
THURSDAY = datetime(2026, 12, 3, 0, 30, tzinfo=AMSTERDAM)


async def _found(client: AsyncClient, profile: ProviderProfile) -> bool:
    answer = await client.get("/api/v1/providers/search", params={"q": "klusjes"})
    assert answer.status_code == 200, answer.json()
    return str(profile.id) in [card["id"] for card in answer.json()["items"]]


async def _reachable(client: AsyncClient, profile: ProviderProfile) -> dict[str, int]:
    """The status of each public address of the profile, and of a contact request to it."""
    base = f"/api/v1/providers/{profile.id}"
    sent = await client.post(f"{base}/contact-requests", json=FORM)
    return {
        "profile": (await client.get(base)).status_code,
        "reviews": (await client.get(f"{base}/reviews")).status_code,
        "contact": sent.status_code,
    }


async def _open_request(session: AsyncSession, profile: ProviderProfile) -> ContactRequest:
    return await open_request(session, profile, MONDAY)


async def _status(session: AsyncSession, profile: ProviderProfile) -> str:
    return str(
        await session.scalar(select(ProviderProfile.status).where(ProviderProfile.id == profile.id))
    )


async def _requests(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(ContactRequest)) or 0)


async def test_deactivation_by_staff_takes_the_profile_offline_and_reactivation_back(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    bert = await add_provider(
        session, Provider("bert@example.org", "Bert", introduction="Klusjes in huis.")
    )
    await _open_request(session, bert)
    staff = await person(app, session, settings, "admin@kring.example", "Bea", staff_role="admin")
    headers = csrf(staff.client, settings)
    account = f"/api/v1/admin/users/{bert.user_id}"
    assert await _found(client, bert)

    deactivated = await staff.client.post(f"{account}/deactivation", headers=headers)
    assert deactivated.status_code == 200, deactivated.json()
    assert await _status(session, bert) == "offline"
    assert not await _found(client, bert)
    before = await _requests(session)
    assert await _reachable(client, bert) == {"profile": 404, "reviews": 404, "contact": 404}
    assert await _requests(session) == before  # nothing stored
    assert await queued_mails(session, "jan@example.org") == []  # and nobody mailed
    # The open request waits: no reminder to the provider, no report to staff.
    remind, report = JOBS["contacts.remind_last_day"].run, JOBS["contacts.report_overdue"].run
    assert await remind(sessionmaker, settings, WEDNESDAY_MORNING) == 0
    assert await report(sessionmaker, settings, THURSDAY) == 0
    listed = await staff.client.get("/api/v1/admin/providers", params={"status": "offline"})
    assert [p["id"] for p in listed.json()["items"]] == [str(bert.id)]
    offline_event = await session.scalar(
        select(AuditEvent).where(AuditEvent.action == "provider.taken_offline")
    )
    assert offline_event is not None
    assert (offline_event.subject_id, offline_event.actor_user_id) == (bert.id, staff.user.id)

    reactivated = await staff.client.post(f"{account}/reactivation", headers=headers)
    assert reactivated.status_code == 200, reactivated.json()
    assert await _status(session, bert) == "live"
    assert await _found(client, bert)
    assert await _reachable(client, bert) == {"profile": 200, "reviews": 200, "contact": 201}
    # The request is still unanswered past its deadline: now it counts again.
    assert await remind(sessionmaker, settings, WEDNESDAY_MORNING) == 1
    assert await report(sessionmaker, settings, THURSDAY) == 1
    back = await session.scalar(
        select(AuditEvent).where(AuditEvent.action == "provider.back_online")
    )
    assert back is not None
    assert back.subject_id == bert.id


async def test_a_profile_that_was_never_live_stays_unpublished_through_reactivation(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    dirk = await add_provider(session, Provider("dirk@example.org", "Dirk", status="draft"))
    await session.execute(
        update(ProviderProfile).where(ProviderProfile.id == dirk.id).values(live_at=None)
    )
    await session.commit()
    staff = await person(app, session, settings, "admin@kring.example", "Bea", staff_role="admin")
    headers = csrf(staff.client, settings)
    account = f"/api/v1/admin/users/{dirk.user_id}"
    assert (await staff.client.post(f"{account}/deactivation", headers=headers)).status_code == 200
    assert await _status(session, dirk) == "draft"
    assert (await staff.client.post(f"{account}/reactivation", headers=headers)).status_code == 200
    assert await _status(session, dirk) == "draft"
    assert (await _reachable(client, dirk))["profile"] == 404
    # The database agrees: only a profile that was live can be offline.
    with pytest.raises(IntegrityError, match="ck_provider_profile_offline_was_live"):
        await session.execute(
            update(ProviderProfile).where(ProviderProfile.id == dirk.id).values(status="offline")
        )


async def test_no_door_makes_a_deactivated_account_live(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    """A payment settled late, or staff lifting a suspension, while the account is deactivated."""
    late = await add_provider(session, Provider("late@example.org", "Lotte", status="draft"))
    suspended = await add_provider(session, Provider("sus@example.org", "Sam", status="suspended"))
    session.add(
        Payment(
            profile_id=suspended.id,
            purpose="admin_fee",
            gateway="sandbox",
            external_id="tr_sam",
            amount_cents=1000,
            vat_cents=174,
            status="paid",
            checkout_url="http://127.0.0.1/sandbox",
            paid_at=datetime.now(UTC),
        )
    )
    await session.execute(
        update(User)
        .where(User.id.in_([late.user_id, suspended.user_id]))
        .values(status="deactivated")
    )
    await session.commit()

    # What the payment webhook does when the fee is paid: the database keeps it offline.
    await session.execute(
        update(ProviderProfile)
        .where(ProviderProfile.id == late.id)
        .values(status="live", live_at=datetime.now(UTC))
    )
    await session.commit()
    assert await _status(session, late) == "offline"

    staff = await person(app, session, settings, "admin@kring.example", "Bea", staff_role="admin")
    restored = await staff.client.delete(
        f"/api/v1/admin/providers/{suspended.id}/suspension", headers=csrf(staff.client, settings)
    )
    assert (restored.status_code, restored.json()["status"]) == (200, "offline")
    assert await _status(session, suspended) == "offline"
    for profile in (late, suspended):
        assert (await _reachable(client, profile))["profile"] == 404

    reactivated = await staff.client.post(
        f"/api/v1/admin/users/{late.user_id}/reactivation", headers=csrf(staff.client, settings)
    )
    assert reactivated.status_code == 200
    assert await _status(session, late) == "live"


async def test_the_lifecycle_job_takes_profiles_offline_at_six_months(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    now = datetime(2026, 12, 5, 3, 17, tzinfo=UTC)
    away = await add_provider(
        session, Provider("away@example.org", "Bert", introduction="Klusjes in huis.")
    )
    recent = await add_provider(
        session, Provider("recent@example.org", "Sara", introduction="Klusjes en tuin.")
    )
    await session.execute(
        update(User).where(User.id == away.user_id).values(last_login_at=now - timedelta(days=190))
    )
    await session.execute(update(User).where(User.id == recent.user_id).values(last_login_at=now))
    await session.commit()
    await _open_request(session, away)

    assert (await run_lifecycle(sessionmaker, settings, now))["deactivated"] == 1
    assert (await _status(session, away), await _status(session, recent)) == ("offline", "live")
    assert not await _found(client, away)
    assert await _found(client, recent)
    before = await _requests(session)
    assert await _reachable(client, away) == {"profile": 404, "reviews": 404, "contact": 404}
    assert await _requests(session) == before
    event = await session.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "provider.taken_offline", AuditEvent.subject_id == away.id
        )
    )
    assert event is not None
    assert event.details == {"by": "accounts.lifecycle"}
    remind, report = JOBS["contacts.remind_last_day"].run, JOBS["contacts.report_overdue"].run
    assert await remind(sessionmaker, settings, WEDNESDAY_MORNING) == 0
    assert await report(sessionmaker, settings, THURSDAY) == 0

    # The next night changes nothing.
    assert (await run_lifecycle(sessionmaker, settings, now + timedelta(days=1)))[
        "deactivated"
    ] == 0
    assert await _status(session, away) == "offline"
    taken = await session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.action == "provider.taken_offline")
    )
    assert taken == 1


async def test_a_professional_whose_vog_was_rejected_meanwhile_comes_back_waiting_for_it(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    """Reactivation applies the going-live rule: a KvK provider needs a confirmed VOG."""
    kees = await add_provider(
        session, Provider("kees@example.org", "Kees", introduction="Klusjes in huis.")
    )
    piet = await add_provider(
        session, Provider("piet@example.org", "Piet", introduction="Klusjes in huis.")
    )
    staff = await person(app, session, settings, "admin@kring.example", "Bea", staff_role="admin")
    headers = csrf(staff.client, settings)
    for profile in (kees, piet):
        done = await staff.client.post(
            f"/api/v1/admin/users/{profile.user_id}/deactivation", headers=headers
        )
        assert done.status_code == 200, done.json()
        assert await _status(session, profile) == "offline"
    # Meanwhile Kees registered with the KvK without a confirmed VOG (as a rejection leaves it).
    await session.execute(
        update(ProviderProfile)
        .where(ProviderProfile.id == kees.id)
        .values(has_kvk=True, company_name="Kees BV", kvk_number="87654321")
    )
    await session.commit()
    for profile in (kees, piet):
        done = await staff.client.post(
            f"/api/v1/admin/users/{profile.user_id}/reactivation", headers=headers
        )
        assert done.status_code == 200, done.json()
    assert await _status(session, kees) == "awaiting_vog"
    assert await _status(session, piet) == "live"
    assert not await _found(client, kees)
    assert await _found(client, piet)
