"""Inactive accounts (warn, deactivate, delete), accounts made for someone, and demo data."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from redis.asyncio import Redis
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.accounts import service
from kring.accounts.lifecycle import run_lifecycle
from kring.config import Environment, Settings
from kring.dev.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, seed_demo
from kring.kit.errors import InvalidInput
from kring.models.audit import AuditEvent
from kring.models.mfa import MfaFactor
from kring.models.outbox import OutboxMessage
from kring.models.session import UserSession
from kring.models.user import User, UserStatus
from tests.accounts.helpers import GOOD_PASSWORD, csrf, log_in, make_user, queued_mails, token_from

NOW = datetime(2026, 11, 23, 3, 17, tzinfo=UTC)


async def _last_login(session: AsyncSession, user: User, when: datetime) -> None:
    await session.execute(update(User).where(User.id == user.id).values(last_login_at=when))
    await session.commit()


async def _status(session: AsyncSession, user: User) -> str:
    await session.refresh(user)
    return user.status


async def test_warning_14_days_before_six_months_then_deactivation_at_six_months(
    sessionmaker: async_sessionmaker[AsyncSession],
    session: AsyncSession,
    settings: Settings,
    app: FastAPI,
) -> None:
    early = await make_user(session, "early@example.org")
    due = await make_user(session, "due@example.org")
    gone = await make_user(session, "gone@example.org")
    await _last_login(session, early, NOW - timedelta(days=150))  # under 6 months - 14 days
    await _last_login(session, due, datetime(2026, 6, 5, 12, tzinfo=UTC))  # 6 months - 14 d
    await _last_login(session, gone, datetime(2026, 5, 23, 3, 0, tzinfo=UTC))  # over 6 months
    session.add(
        UserSession(
            user_id=gone.id,
            token_hash=b"x" * 32,
            last_seen_at=NOW,
            expires_at=NOW + timedelta(hours=1),
        )
    )
    await session.commit()

    assert await run_lifecycle(sessionmaker, settings, NOW) == {
        "deleted": 0,
        "profiles_erased": 0,
        "deactivated": 1,
        "warned": 1,
        "fiscal_records_purged": 0,
    }
    assert await _status(session, gone) == UserStatus.deactivated
    assert await _status(session, due) == UserStatus.active
    assert await _status(session, early) == UserStatus.active
    revoked = await session.scalar(
        select(UserSession.revoked_at).where(UserSession.user_id == gone.id)
    )
    assert revoked is not None
    assert [m["template"] for m in await queued_mails(session, "due@example.org")] == [
        "account_inactive_warning"
    ]
    assert [m["template"] for m in await queued_mails(session, "gone@example.org")] == [
        "account_deactivated"
    ]
    assert await queued_mails(session, "early@example.org") == []

    # Idempotent: the next night's run sends nothing new.
    assert await run_lifecycle(sessionmaker, settings, NOW + timedelta(days=1)) == {
        "deleted": 0,
        "profiles_erased": 0,
        "deactivated": 0,
        "warned": 0,
        "fiscal_records_purged": 0,
    }
    # The warned account that still does not log in is deactivated at its 6-month mark.
    result = await run_lifecycle(sessionmaker, settings, datetime(2026, 12, 5, 13, tzinfo=UTC))
    assert result["deactivated"] == 1
    assert await _status(session, due) == UserStatus.deactivated


async def test_a_log_in_after_the_warning_starts_a_new_period(
    sessionmaker: async_sessionmaker[AsyncSession],
    session: AsyncSession,
    settings: Settings,
    app: FastAPI,
) -> None:
    user = await make_user(session)
    await _last_login(session, user, NOW - timedelta(days=170))
    assert (await run_lifecycle(sessionmaker, settings, NOW))["warned"] == 1
    await _last_login(session, user, NOW + timedelta(days=1))
    later = NOW + timedelta(days=1) + timedelta(days=172)
    assert (await run_lifecycle(sessionmaker, settings, later))["warned"] == 1
    assert len(await queued_mails(session, "anna@example.org")) == 2


async def test_after_two_years_personal_data_is_erased_and_records_keep_a_pseudonym(
    sessionmaker: async_sessionmaker[AsyncSession],
    session: AsyncSession,
    settings: Settings,
    client: AsyncClient,
) -> None:
    user = await make_user(session, status=UserStatus.deactivated)
    session.add(MfaFactor(user_id=user.id, kind="sms", phone="+31612345678", confirmed_at=NOW))
    session.add(AuditEvent(action="auth.login", outcome="success", actor_user_id=user.id))
    await session.commit()
    await _last_login(session, user, NOW - timedelta(days=2 * 365 + 1))

    assert (await run_lifecycle(sessionmaker, settings, NOW))["deleted"] == 1
    await session.refresh(user)
    assert user.status == UserStatus.deleted
    assert user.email == f"deleted-{user.id}@deleted.invalid"
    assert (user.first_name, user.last_name, user.password_hash, user.phone_for_questions) == (
        "",
        None,
        None,
        None,
    )
    assert await session.scalar(select(func.count()).select_from(MfaFactor)) == 0
    kept = await session.scalar(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.actor_user_id == user.id)
    )
    assert kept == 1  # the login record stays, now under a pseudonym
    assert (await log_in(client)).status_code == 401
    # The address is free for a totally new account, as the source says.
    assert (
        await client.post(
            "/api/v1/auth/signup",
            json={
                "portal": "partner",
                "email": "anna@example.org",
                "first_name": "Anna",
                "password": GOOD_PASSWORD,
                "accept_terms": True,
            },
        )
    ).status_code == 202


async def test_two_workers_running_the_job_at_once_warn_once(
    committed: async_sessionmaker[AsyncSession], settings: Settings, redis: Redis, app: FastAPI
) -> None:
    async with committed() as session:
        for i in range(30):
            user = await make_user(session, f"person{i}@example.org")
            await _last_login(session, user, NOW - timedelta(days=170))
    results = await asyncio.gather(
        run_lifecycle(committed, settings, NOW), run_lifecycle(committed, settings, NOW)
    )
    assert sorted(r["warned"] for r in results) == [0, 30]
    async with committed() as session:
        assert await session.scalar(select(func.count()).select_from(OutboxMessage)) == 30


async def test_an_invited_person_activates_with_a_single_use_link(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    _, link = await service.invite(
        session,
        settings,
        email="staff@kring.example",
        first_name="Sam",
        portal="admin",
        staff_role="advisor",
    )
    await session.commit()
    assert link.startswith(f"{settings.public_url}/admin/activate?token=")
    [mail] = await queued_mails(session, "staff@kring.example")
    assert (mail["template"], mail["context"]["link"]) == ("account_activation", link)  # type: ignore[index]
    assert (await log_in(client, "staff@kring.example")).status_code == 401

    weak = await client.post(
        "/api/v1/auth/activate", json={"token": token_from(link), "password": "wachtwoord1"}
    )
    assert weak.status_code == 422
    ok = await client.post(
        "/api/v1/auth/activate", json={"token": token_from(link), "password": GOOD_PASSWORD}
    )
    assert ok.status_code == 200
    again = await client.post(
        "/api/v1/auth/activate", json={"token": token_from(link), "password": GOOD_PASSWORD}
    )
    assert again.status_code == 422
    signed_in = (await log_in(client, "staff@kring.example")).json()
    assert signed_in["mfa_setup_required"] is True  # staff set up 2FA before anything else
    with pytest.raises(InvalidInput) as refused:
        await service.invite(
            session, settings, email="STAFF@kring.example", first_name="Sam", portal="pro"
        )
    assert refused.value.errors[0].field == "email"


async def test_demo_accounts_log_in_with_the_published_password_and_totp(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    import pyotp

    added = await seed_demo(session, settings)
    await session.commit()
    assert sorted(added) == sorted(a.email for a in DEMO_ACCOUNTS)
    assert await seed_demo(session, settings) == []  # idempotent
    partner = (await log_in(client, "partner@kring.demo", DEMO_PASSWORD)).json()
    assert partner["status"] == "signed_in"
    admin = (await log_in(client, "admin@kring.demo", DEMO_PASSWORD)).json()
    assert admin["status"] == "mfa_required"
    secret = next(a.totp_secret for a in DEMO_ACCOUNTS if a.email == "admin@kring.demo")
    answered = await client.post(
        "/api/v1/auth/mfa/verify",
        headers=csrf(client, settings),
        json={
            "challenge_id": admin["challenge_id"],
            "method": "totp",
            "code": pyotp.TOTP(secret or "").now(),
        },
    )
    assert answered.status_code == 200
    assert (await client.get("/api/v1/auth/sessions")).status_code == 200


async def test_demo_data_is_refused_in_production(
    session: AsyncSession, settings: Settings
) -> None:
    with pytest.raises(RuntimeError, match="never loaded in production"):
        await seed_demo(session, settings.model_copy(update={"env": Environment.production}))


async def test_the_demo_providers_are_live_and_found(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await seed_demo(session, settings)
    await session.commit()
    near_utrecht = (
        await client.get("/api/v1/providers/search", params={"place_id": 2745912})
    ).json()
    names = [r["name"] for r in near_utrecht["items"]]
    assert names[:2] == ["Karin de Wit", "Pieter Dienstverlener"]  # nearest first
    assert "Ahmed El Amrani" in names  # nationwide
    assert "Hans Smit" not in names  # Rotterdam, 15 km around it
    kapper = (await client.get("/api/v1/providers/search", params={"q": "kapper"})).json()
    assert [r["name"] for r in kapper["items"]] == ["Karin de Wit"]
    pedicure = (await client.get("/api/v1/providers/search", params={"q": "pedicure"})).json()
    assert [r["name"] for r in pedicure["items"]] == ["Petra Mulder"]
