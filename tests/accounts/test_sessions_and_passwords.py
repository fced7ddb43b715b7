"""Sessions (cookies, timeouts, revocation), CSRF, log-in throttling, password reset and change."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kring.config import Environment, Settings
from tests.accounts.helpers import (
    GOOD_PASSWORD,
    OTHER_GOOD_PASSWORD,
    csrf,
    log_in,
    make_user,
    queued_mails,
    run_reset_links,
    token_from,
)
from tests.conftest import build_app


def _client(app: FastAPI) -> AsyncClient:
    return AsyncClient(
        transport=ASGITransport(app=app, raise_app_exceptions=False), base_url="https://testserver"
    )


@pytest.fixture
async def second_browser(
    app: FastAPI, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIterator[AsyncClient]:
    async with _client(app) as other:
        yield other


async def test_session_cookies_are_host_prefixed_secure_httponly_and_lax(
    client: AsyncClient, session: AsyncSession
) -> None:
    await make_user(session)
    response = await log_in(client)
    cookies = {c.split("=")[0]: c.lower() for c in response.headers.get_list("set-cookie")}
    session_cookie = cookies["__Host-kring_session"]
    for attribute in ("httponly", "secure", "samesite=lax", "path=/"):
        assert attribute in session_cookie
    assert "domain" not in session_cookie
    assert "httponly" not in cookies["kring_csrf"]  # the portal script must read it
    assert response.headers["cache-control"] == "no-store"


async def test_dev_on_the_local_machine_uses_plain_cookies(
    settings: Settings, engine: AsyncEngine
) -> None:
    dev = settings.model_copy(
        update={"env": Environment.dev, "public_url": "http://127.0.0.1:8000"}
    )
    assert not dev.secure_cookies
    prod_like = settings.model_copy(
        update={"env": Environment.dev, "public_url": "https://kring.example"}
    )
    assert prod_like.secure_cookies


async def test_every_log_in_gets_a_new_session_id(
    client: AsyncClient, session: AsyncSession
) -> None:
    await make_user(session)
    await log_in(client)
    first = client.cookies["__Host-kring_session"]
    again = await log_in(client)
    assert again.status_code == 200
    second = client.cookies["__Host-kring_session"]
    assert first != second


async def test_sessions_end_after_30_idle_minutes(
    client: AsyncClient, session: AsyncSession
) -> None:
    await make_user(session)
    await log_in(client)
    start = datetime.now(UTC)
    with time_machine.travel(start + timedelta(minutes=29)):
        assert (await client.get("/api/v1/me")).status_code == 200
    with time_machine.travel(start + timedelta(minutes=29 + 31)):
        assert (await client.get("/api/v1/me")).status_code == 401


async def test_sessions_end_after_12_hours_even_when_used(
    client: AsyncClient, session: AsyncSession
) -> None:
    await make_user(session)
    await log_in(client)
    start = datetime.now(UTC)
    for minutes in range(20, 12 * 60, 20):
        with time_machine.travel(start + timedelta(minutes=minutes)):
            assert (await client.get("/api/v1/me")).status_code == 200, minutes
    with time_machine.travel(start + timedelta(hours=12, minutes=1)):
        assert (await client.get("/api/v1/me")).status_code == 401


async def test_unsafe_requests_with_a_session_need_the_csrf_header_and_our_origin(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    headers = csrf(client, settings)
    no_token = await client.patch(
        "/api/v1/me", json={"prefix": "van"}, headers={"Origin": settings.public_url}
    )
    wrong_token = await client.patch(
        "/api/v1/me", json={"prefix": "van"}, headers={**headers, "X-CSRF-Token": "0" * 64}
    )
    foreign = await client.patch(
        "/api/v1/me", json={"prefix": "van"}, headers={**headers, "Origin": "https://evil.example"}
    )
    no_origin = await client.patch(
        "/api/v1/me", json={"prefix": "van"}, headers={"X-CSRF-Token": headers["X-CSRF-Token"]}
    )
    for refused in (no_token, wrong_token, foreign, no_origin):
        assert refused.status_code == 403
        assert refused.json()["type"] == "https://kring.nl/problems/csrf-failed"
    assert (await client.get("/api/v1/me")).json()["prefix"] is None  # nothing changed
    ok = await client.patch("/api/v1/me", json={"prefix": "van"}, headers=headers)
    assert ok.status_code == 200
    assert ok.json()["prefix"] == "van"


async def test_my_sessions_can_be_listed_and_revoked_but_not_someone_elses(
    client: AsyncClient,
    second_browser: AsyncClient,
    session: AsyncSession,
    settings: Settings,
) -> None:
    await make_user(session)
    await make_user(session, "cas@example.org", first_name="Cas")
    await log_in(client)
    await log_in(second_browser)
    mine = (await client.get("/api/v1/auth/sessions")).json()
    assert [s["current"] for s in mine].count(True) == 1
    assert len(mine) == 2
    other = next(s for s in mine if not s["current"])

    async with _client(client._transport.app) as cas:  # type: ignore[attr-defined]
        await log_in(cas, "cas@example.org")
        foreign = await cas.delete(
            f"/api/v1/auth/sessions/{other['id']}", headers=csrf(cas, settings)
        )
        assert foreign.status_code == 404
    assert (await second_browser.get("/api/v1/me")).status_code == 200

    revoked = await client.delete(
        f"/api/v1/auth/sessions/{other['id']}", headers=csrf(client, settings)
    )
    assert revoked.status_code == 204
    assert (await second_browser.get("/api/v1/me")).status_code == 401
    assert (await client.get("/api/v1/me")).status_code == 200


async def test_ten_failed_log_ins_cool_the_account_off_even_for_the_right_password(
    client: AsyncClient, session: AsyncSession, redis: Redis
) -> None:
    await make_user(session)
    for _ in range(10):
        assert (await log_in(client, password="wrong-password-99")).status_code == 401
    cooled = await log_in(client)  # the right password
    assert cooled.status_code == 429
    assert 0 < int(cooled.headers["retry-after"]) <= 15 * 60
    assert "15 minuten" in cooled.json()["detail"]
    # Never a permanent lock: once the cool-off ends, the right password works again.
    [key] = [k async for k in redis.scan_iter("kring:login:cooloff:*")]
    await redis.pexpire(key, 100)  # fast-forward the cool-off to its last 0.1 s
    await asyncio.sleep(0.3)
    assert not await redis.exists(key)
    assert (await log_in(client)).status_code == 200


async def test_throttling_is_shared_by_two_app_instances(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    session: AsyncSession,
    redis: Redis,
    app: FastAPI,
) -> None:
    await make_user(session)
    other_app = build_app(settings, engine)
    other_app.state.sessionmaker = sessionmaker
    async with _client(app) as first, _client(other_app) as second:
        for attempt in range(10):
            browser = first if attempt % 2 else second
            assert (await log_in(browser, password="wrong-password-99")).status_code == 401
        assert (await log_in(first)).status_code == 429
        assert (await log_in(second)).status_code == 429


async def test_many_attempts_from_one_address_across_accounts_are_slowed_down(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    redis: Redis,
) -> None:
    strict = build_app(
        settings.model_copy(update={"login_attempts_per_ip_per_10_minutes": 5}), engine
    )
    strict.state.sessionmaker = sessionmaker
    async with _client(strict) as stuffer:
        answers = [
            (await log_in(stuffer, f"user{i}@example.org", "guess-1234567")).status_code
            for i in range(7)
        ]
    assert answers == [401] * 5 + [429, 429]


async def test_password_reset_link_works_once_within_60_minutes_and_ends_every_session(
    client: AsyncClient,
    second_browser: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    await make_user(session)
    await log_in(second_browser)
    unknown = await client.post(
        "/api/v1/auth/password/forgot", json={"email": "nobody@example.org"}
    )
    known = await client.post("/api/v1/auth/password/forgot", json={"email": "Anna@example.org"})
    assert (
        (known.status_code, known.json())
        == (unknown.status_code, unknown.json())
        == (202, known.json())
    )
    assert await queued_mails(session, "anna@example.org") == []  # the worker looks it up
    await run_reset_links(sessionmaker)
    assert await queued_mails(session, "nobody@example.org") == []
    [mail] = await queued_mails(session, "anna@example.org")
    assert mail["template"] == "password_reset"
    token = token_from(mail["context"]["link"])  # type: ignore[index]

    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=61)):
        late = await client.post(
            "/api/v1/auth/password/reset",
            json={"token": token, "new_password": OTHER_GOOD_PASSWORD},
        )
    assert late.status_code == 422
    weak = await client.post(
        "/api/v1/auth/password/reset", json={"token": token, "new_password": "wachtwoord1"}
    )
    assert weak.status_code == 422
    assert weak.json()["errors"][0]["field"] == "new_password"

    # The weak attempt spent the link? No: a refused request changes nothing.
    done = await client.post(
        "/api/v1/auth/password/reset", json={"token": token, "new_password": OTHER_GOOD_PASSWORD}
    )
    assert done.status_code == 200
    assert (await client.get("/api/v1/me")).status_code == 401  # a reset never logs in
    assert (await second_browser.get("/api/v1/me")).status_code == 401  # every session ended
    again = await client.post(
        "/api/v1/auth/password/reset", json={"token": token, "new_password": "nog-een-ander-84-x"}
    )
    assert again.status_code == 422
    assert (await log_in(client, password=GOOD_PASSWORD)).status_code == 401
    assert (await log_in(client, password=OTHER_GOOD_PASSWORD)).status_code == 200
    templates = [m["template"] for m in await queued_mails(session, "anna@example.org")]
    assert templates == ["password_reset", "password_changed"]


async def test_a_reset_link_dies_when_the_password_changes_first(
    client: AsyncClient,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
) -> None:
    await make_user(session)
    await client.post("/api/v1/auth/password/forgot", json={"email": "anna@example.org"})
    await run_reset_links(sessionmaker)
    [mail] = await queued_mails(session, "anna@example.org")
    await log_in(client)
    changed = await client.put(
        "/api/v1/me/password",
        headers=csrf(client, settings),
        json={"current_password": GOOD_PASSWORD, "new_password": OTHER_GOOD_PASSWORD},
    )
    assert changed.status_code == 204
    stale = await client.post(
        "/api/v1/auth/password/reset",
        headers=csrf(client, settings),
        json={
            "token": token_from(mail["context"]["link"]),  # type: ignore[index]
            "new_password": "nog-een-ander-84-x",
        },
    )
    assert stale.status_code == 422


async def test_changing_the_password_needs_the_current_one_and_ends_other_sessions(
    client: AsyncClient, second_browser: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    await log_in(second_browser)
    wrong = await client.put(
        "/api/v1/me/password",
        headers=csrf(client, settings),
        json={"current_password": "not-it-at-all-12", "new_password": OTHER_GOOD_PASSWORD},
    )
    assert wrong.status_code == 422
    assert wrong.json()["errors"][0]["field"] == "current_password"
    ok = await client.put(
        "/api/v1/me/password",
        headers=csrf(client, settings),
        json={"current_password": GOOD_PASSWORD, "new_password": OTHER_GOOD_PASSWORD},
    )
    assert ok.status_code == 204
    assert (await client.get("/api/v1/me")).status_code == 200
    assert (await second_browser.get("/api/v1/me")).status_code == 401
    assert [m["template"] for m in await queued_mails(session, "anna@example.org")] == [
        "password_changed"
    ]


async def test_my_details_are_validated(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    headers = csrf(client, settings)
    phone = await client.patch(
        "/api/v1/me",
        headers=headers,
        json={"phone_for_questions": "06 12345678", "last_name": "Jansen"},
    )
    assert phone.json()["phone_for_questions"] == "+31612345678"
    for body, field in (
        ({"phone_for_questions": "12345"}, "phone_for_questions"),
        ({"first_name": None}, "first_name"),
        ({"language": "de"}, "language"),
        ({"email": "new@example.org"}, "email"),
    ):
        refused = await client.patch("/api/v1/me", headers=headers, json=body)
        assert refused.status_code == 422, body
        assert refused.json()["errors"][0]["field"] == field
    assert (await client.get("/api/v1/me")).json()["email"] == "anna@example.org"


async def test_changing_my_e_mail_needs_the_new_address_to_confirm_and_ends_every_session(
    client: AsyncClient, second_browser: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await make_user(session, "taken@example.org", first_name="Cas")
    await log_in(client)
    await log_in(second_browser)
    headers = csrf(client, settings)
    same = await client.post(
        "/api/v1/me/email",
        headers=headers,
        json={"new_email": "ANNA@example.org", "portal": "provider"},
    )
    assert same.status_code == 422
    taken = await client.post(
        "/api/v1/me/email",
        headers=headers,
        json={"new_email": "taken@example.org", "portal": "provider"},
    )
    free = await client.post(
        "/api/v1/me/email",
        headers=headers,
        json={"new_email": "anna@new.example", "portal": "provider"},
    )
    assert (taken.status_code, taken.json()) == (free.status_code, free.json())
    assert await queued_mails(session, "taken@example.org") == []  # no link to a taken address
    [mail] = await queued_mails(session, "anna@new.example")
    assert mail["template"] == "confirm_email_change"
    assert (await client.get("/api/v1/me")).json()["email"] == "anna@example.org"  # not yet

    confirmed = await client.post(
        "/api/v1/auth/email/confirm",
        headers=csrf(client, settings),
        json={"token": token_from(mail["context"]["link"])},
    )  # type: ignore[index]
    assert confirmed.status_code == 200
    assert (await client.get("/api/v1/me")).status_code == 401
    assert (await second_browser.get("/api/v1/me")).status_code == 401
    assert (await log_in(client, "anna@example.org")).status_code == 401
    assert (await log_in(client, "anna@new.example")).status_code == 200
    [notice] = await queued_mails(session, "anna@example.org")
    assert notice["template"] == "email_changed"


async def test_staff_cannot_change_their_own_e_mail(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    from kring.dev.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, seed_demo

    await seed_demo(session, settings)
    await session.commit()
    import pyotp

    answer = (await log_in(client, "advisor@kring.demo", DEMO_PASSWORD)).json()
    secret = next(a.totp_secret for a in DEMO_ACCOUNTS if a.email == "advisor@kring.demo")
    await client.post(
        "/api/v1/auth/mfa/verify",
        json={
            "challenge_id": answer["challenge_id"],
            "method": "totp",
            "code": pyotp.TOTP(secret or "").now(),
        },
    )
    refused = await client.post(
        "/api/v1/me/email",
        headers=csrf(client, settings),
        json={"new_email": "me@elsewhere.example", "portal": "partner"},
    )
    assert refused.status_code == 409
    assert "staff" in refused.json()["detail"] or "medewerkers" in refused.json()["detail"]
