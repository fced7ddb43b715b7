"""Limits around second factors: wrong codes cool the account off, text messages are rationed,
unfinished set-ups do not pile up, and a forced set-up can always be left by logging out."""

from __future__ import annotations

from datetime import UTC, datetime

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.mfa import SMS_PER_HOUR
from kring.config import Settings
from kring.models.mfa import MfaFactor
from kring.models.organisation import Membership, Organisation
from tests.accounts.helpers import csrf, log_in, make_user
from tests.accounts.test_mfa import (
    MOBILE,
    _last_sms_code,
    code_at,
    fresh_login,
    set_up_totp,
    verify,
)


async def test_wrong_codes_across_challenges_cool_the_account_off(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    secret, _ = await set_up_totp(client, settings)
    wrong = 0
    while wrong < settings.login_failures_before_cooloff:
        challenge = await fresh_login(client, settings)
        for _ in range(min(5, settings.login_failures_before_cooloff - wrong)):
            assert (await verify(client, challenge, "totp", "000000")).status_code == 422
            wrong += 1
    # A new challenge does not help, and even the right code has to wait.
    challenge = await fresh_login(client, settings)
    limited = await verify(client, challenge, "totp", code_at(secret, datetime.now(UTC)))
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) > 60
    assert "minuten" in limited.json()["detail"]


async def test_text_messages_are_rationed_per_hour(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    headers = csrf(client, settings)
    started = await client.post("/api/v1/me/mfa/sms", headers=headers, json={"phone": MOBILE})
    assert started.json()["confirmed_at"] is None  # not confirmed yet
    await client.post(
        f"/api/v1/me/mfa/sms/{started.json()['id']}/confirm",
        headers=headers,
        json={"code": await _last_sms_code(session)},
    )
    challenge = await fresh_login(client, settings)
    answers = [
        (await client.post("/api/v1/auth/mfa/sms", json={"challenge_id": challenge})).status_code
        for _ in range(SMS_PER_HOUR)
    ]
    assert answers == [202] * (SMS_PER_HOUR - 1) + [429]  # the set-up text counted too


async def test_starting_a_set_up_again_replaces_the_unfinished_one(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await make_user(session)
    await log_in(client)
    for _ in range(3):
        assert (
            await client.post("/api/v1/me/mfa/totp", headers=csrf(client, settings))
        ).status_code == 201
    pending = await session.scalar(
        select(func.count())
        .select_from(MfaFactor)
        .where(MfaFactor.user_id == anna.id, MfaFactor.confirmed_at.is_(None))
    )
    assert pending == 1


async def test_members_log_out_during_the_forced_set_up_and_cannot_change_their_email(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await make_user(session)
    organisation = Organisation(kind="care_organisation", name="De Linde")
    session.add(organisation)
    await session.flush()
    session.add(Membership(user_id=anna.id, organisation_id=organisation.id))
    await session.commit()
    assert (await log_in(client)).json()["mfa_setup_required"] is True
    assert (
        await client.post("/api/v1/auth/logout", headers=csrf(client, settings))
    ).status_code == 204
    assert (await client.get("/api/v1/me")).status_code == 401

    await log_in(client)
    await set_up_totp(client, settings)
    refused = await client.post(
        "/api/v1/me/email",
        headers=csrf(client, settings),
        json={"new_email": "anna@elders.example", "portal": "partner"},
    )
    assert refused.status_code == 409
    assert "portaalbeheerder" in refused.json()["detail"]
