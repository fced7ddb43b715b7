"""Staff administration of accounts: deactivate, reactivate, reset the 2FA phone number."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.accounts.lifecycle import run_lifecycle
from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.mfa import MfaFactor, RecoveryCode
from kring.models.session import UserSession
from kring.models.user import User, UserStatus
from tests.accounts.helpers import csrf, log_in, make_user, queued_mails
from tests.accounts.test_mfa import _last_sms_code, set_up_totp
from tests.members.helpers import person

MOBILE = "+31612345678"


async def _staff(
    app: FastAPI, session: AsyncSession, settings: Settings, role: str = "admin"
) -> AsyncClient:
    """A logged-in staff member (with the second factor staff must have)."""
    staff = await person(app, session, settings, f"{role}@kring.example", "Bea", staff_role=role)
    return staff.client


async def _with_sms(client: AsyncClient, session: AsyncSession, settings: Settings) -> None:
    headers = csrf(client, settings)
    started = await client.post("/api/v1/me/mfa/sms", headers=headers, json={"phone": MOBILE})
    assert started.status_code == 201, started.json()
    confirmed = await client.post(
        f"/api/v1/me/mfa/sms/{started.json()['id']}/confirm",
        headers=headers,
        json={"code": await _last_sms_code(session)},
    )
    assert confirmed.status_code == 200, confirmed.json()


async def test_only_admins_and_advisors_administer_accounts(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await make_user(session)
    await log_in(client)
    url = f"/api/v1/admin/users/{anna.id}/deactivation"
    assert (await client.post(url, headers=csrf(client, settings))).status_code == 403
    branch = await _staff(app, session, settings, "branch")
    assert (await branch.post(url, headers=csrf(branch, settings))).status_code == 403
    advisor = await _staff(app, session, settings, "advisor")
    assert (await advisor.post(url, headers=csrf(advisor, settings))).status_code == 200
    unknown = "/api/v1/admin/users/0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f/deactivation"
    assert (await advisor.post(unknown, headers=csrf(advisor, settings))).status_code == 404


async def test_deactivation_ends_sessions_and_reactivation_gives_a_fresh_six_months(
    app: FastAPI,
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=190)
    anna = await make_user(session)
    await log_in(client)
    staff = await _staff(app, session, settings)

    deactivated = await staff.post(
        f"/api/v1/admin/users/{anna.id}/deactivation", headers=csrf(staff, settings)
    )
    assert deactivated.status_code == 200
    assert deactivated.json()["status"] == "deactivated"
    assert (await client.get("/api/v1/me")).status_code == 401
    assert (await log_in(client)).status_code == 401
    live = await session.scalar(
        select(func.count())
        .select_from(UserSession)
        .where(UserSession.user_id == anna.id, UserSession.revoked_at.is_(None))
    )
    assert live == 0
    again = await staff.post(
        f"/api/v1/admin/users/{anna.id}/deactivation", headers=csrf(staff, settings)
    )
    assert again.status_code == 409

    # Long unused: without the reactivation counting as activity, the job would deactivate again.
    await session.execute(
        update(User).where(User.id == anna.id).values(created_at=long_ago, last_login_at=long_ago)
    )
    await session.commit()
    reactivated = await staff.post(
        f"/api/v1/admin/users/{anna.id}/reactivation", headers=csrf(staff, settings)
    )
    assert reactivated.status_code == 200
    assert reactivated.json()["status"] == "active"
    templates = [m["template"] for m in await queued_mails(session, anna.email)]
    assert templates == ["account_deactivated_by_staff", "account_reactivated"]

    now = datetime.now(UTC)
    assert (await run_lifecycle(sessionmaker, settings, now + timedelta(days=1)))[
        "deactivated"
    ] == 0
    assert (await log_in(client)).status_code == 200
    later = now + timedelta(days=6 * 31)
    await session.execute(update(User).where(User.id == anna.id).values(last_login_at=long_ago))
    await session.commit()
    assert (await run_lifecycle(sessionmaker, settings, later))["deactivated"] >= 1
    status = await session.scalar(select(User.status).where(User.id == anna.id))
    assert status == UserStatus.deactivated

    actions = set(
        await session.scalars(select(AuditEvent.action).where(AuditEvent.subject_id == anna.id))
    )
    assert {"account.deactivated", "account.reactivated"} <= actions


async def test_staff_reset_the_2fa_phone_and_the_owner_enters_a_new_one(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await make_user(session)
    await log_in(client)
    await set_up_totp(client, settings)
    await _with_sms(client, session, settings)
    staff = await _staff(app, session, settings)
    url = f"/api/v1/admin/users/{anna.id}/mfa/sms"

    assert (await staff.delete(url, headers=csrf(staff, settings))).status_code == 204
    kinds = set(await session.scalars(select(MfaFactor.kind).where(MfaFactor.user_id == anna.id)))
    assert kinds == {"totp"}
    assert await session.scalar(
        select(func.count()).select_from(RecoveryCode).where(RecoveryCode.user_id == anna.id)
    )  # the app still works, so the recovery codes stay
    assert (await client.get("/api/v1/me")).status_code == 401  # logged out everywhere
    mail = (await queued_mails(session, anna.email))[-1]
    assert mail["template"] == "mfa_phone_reset"
    assert str(mail["context"]["link"]).endswith("/partner/account/security")  # type: ignore[index]
    assert (await staff.delete(url, headers=csrf(staff, settings))).status_code == 409
    assert await session.scalar(
        select(AuditEvent.id).where(
            AuditEvent.action == "mfa.phone_reset", AuditEvent.subject_id == anna.id
        )
    )


async def test_with_only_the_phone_reset_the_owner_must_set_up_a_factor_again(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await make_user(session, staff_role="verifier")
    assert (await log_in(client)).json()["mfa_setup_required"] is True
    await _with_sms(client, session, settings)
    # The owner cannot change the number themselves.
    changed = await client.post(
        "/api/v1/me/mfa/sms", headers=csrf(client, settings), json={"phone": "0687654321"}
    )
    assert changed.status_code == 409
    staff = await _staff(app, session, settings)
    reset = await staff.delete(
        f"/api/v1/admin/users/{anna.id}/mfa/sms", headers=csrf(staff, settings)
    )
    assert reset.status_code == 204
    left = await session.scalar(
        select(func.count()).select_from(RecoveryCode).where(RecoveryCode.user_id == anna.id)
    )
    assert left == 0

    signed_in = (await log_in(client)).json()
    assert signed_in["status"] == "signed_in"
    assert signed_in["mfa_setup_required"] is True
    await _with_sms(client, session, settings)  # a new number, set up by its owner
    phones = await session.scalars(
        select(MfaFactor.phone).where(
            MfaFactor.user_id == anna.id, MfaFactor.confirmed_at.is_not(None)
        )
    )
    assert list(phones) == [MOBILE]


async def test_me_tells_staff_the_tasks_their_role_allows(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    verifier = await _staff(app, session, settings, "verifier")
    tasks = (await verifier.get("/api/v1/me")).json()["staff_tasks"]
    assert "verify_certificates" in tasks
    assert "manage_accounts" not in tasks
    await make_user(session)
    await log_in(client)
    assert (await client.get("/api/v1/me")).json()["staff_tasks"] == []
