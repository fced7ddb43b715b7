"""Second factors: TOTP, SMS and recovery codes; challenges, step-up and required 2FA for staff."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pyotp
import time_machine
from httpx import AsyncClient, Response
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit import sms
from kring.models.audit import AuditEvent
from kring.models.outbox import OutboxMessage
from tests.accounts.helpers import csrf, log_in, make_user, queued_mails
from tests.conftest import RunWorker

MOBILE = "+31612345678"


def code_at(secret: str, when: datetime) -> str:
    return pyotp.TOTP(secret).at(when)


async def set_up_totp(client: AsyncClient, settings: Settings) -> tuple[str, list[str]]:
    started = await client.post("/api/v1/me/mfa/totp", headers=csrf(client, settings))
    assert started.status_code == 201, started.json()
    setup = started.json()
    assert setup["qr_svg"].startswith("<svg")
    assert setup["otpauth_uri"].startswith("otpauth://totp/Kring:")
    confirmed = await client.post(
        f"/api/v1/me/mfa/totp/{setup['factor_id']}/confirm",
        headers=csrf(client, settings),
        json={"code": code_at(setup["secret"], datetime.now(UTC))},
    )
    assert confirmed.status_code == 200, confirmed.json()
    return setup["secret"], confirmed.json()["recovery_codes"]


async def verify(client: AsyncClient, challenge_id: str, method: str, code: str) -> Response:
    return await client.post(
        "/api/v1/auth/mfa/verify",
        json={"challenge_id": challenge_id, "method": method, "code": code},
    )


async def fresh_login(client: AsyncClient, settings: Settings) -> str:
    """Log out and in again; returns the second-factor challenge id."""
    await client.post("/api/v1/auth/logout", headers=csrf(client, settings))
    client.cookies.clear()
    answer = (await log_in(client)).json()
    assert answer["status"] == "mfa_required", answer
    return str(answer["challenge_id"])


async def test_totp_set_up_then_log_in_with_a_second_factor(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    first = (await log_in(client)).json()
    assert (first["status"], first["mfa_setup_required"]) == ("signed_in", False)
    secret, recovery = await set_up_totp(client, settings)
    assert len(recovery) == 10
    assert len(set(recovery)) == 10
    assert all(re.fullmatch(r"[a-z2-9]{5}-[a-z2-9]{5}", c) for c in recovery)

    challenge = await fresh_login(client, settings)
    assert (await client.get("/api/v1/me")).status_code == 401  # no session before the code
    later = datetime.now(UTC) + timedelta(seconds=30)
    with time_machine.travel(later):
        answer = (await log_in(client)).json()
        assert answer["factors"] == ["totp", "recovery_code"]
        signed_in = await verify(client, answer["challenge_id"], "totp", code_at(secret, later))
        assert signed_in.status_code == 200
        assert signed_in.json()["status"] == "signed_in"
        assert (await client.get("/api/v1/me")).status_code == 200
    assert challenge != answer["challenge_id"]
    templates = [m["template"] for m in await queued_mails(session, "anna@example.org")]
    assert templates == ["mfa_changed"]


async def test_a_totp_code_works_one_step_either_side_and_only_once(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    secret, _ = await set_up_totp(client, settings)
    base = datetime.now(UTC) + timedelta(minutes=5)
    with time_machine.travel(base):
        challenge = await fresh_login(client, settings)
        too_old = await verify(
            client, challenge, "totp", code_at(secret, base - timedelta(seconds=60))
        )
        assert too_old.status_code == 422
        one_step_back = code_at(secret, base - timedelta(seconds=30))
        assert (await verify(client, challenge, "totp", one_step_back)).status_code == 200

        challenge = await fresh_login(client, settings)
        reused = await verify(client, challenge, "totp", one_step_back)
        assert reused.status_code == 422
        also_old = await verify(
            client, challenge, "totp", code_at(secret, base - timedelta(seconds=30))
        )
        assert also_old.status_code == 422
        ahead = code_at(secret, base + timedelta(seconds=30))
        assert (await verify(client, challenge, "totp", ahead)).status_code == 200
    reuse_events = (
        await session.scalars(select(AuditEvent).where(AuditEvent.action == "mfa.totp_reused"))
    ).all()
    assert len(reuse_events) == 2
    mails = [m["template"] for m in await queued_mails(session, "anna@example.org")]
    assert mails.count("mfa_code_reused") == 2


async def test_a_challenge_dies_after_five_wrong_codes(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    secret, _ = await set_up_totp(client, settings)
    later = datetime.now(UTC) + timedelta(minutes=2)
    with time_machine.travel(later):
        challenge = await fresh_login(client, settings)
        messages = []
        for _ in range(5):
            wrong = await verify(client, challenge, "totp", "000000")
            assert wrong.status_code == 422
            messages.append(wrong.json()["errors"][0]["message"])
        assert messages[0] == "Deze code klopt niet. U kunt het nog 4 keer proberen."
        assert messages[-1].startswith("Deze code klopt niet en deze verificatie is beëindigd")
        dead = await verify(client, challenge, "totp", code_at(secret, later))
        assert dead.status_code == 401
        assert (await client.get("/api/v1/me")).status_code == 401


async def test_recovery_codes_work_once_each(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    _, recovery = await set_up_totp(client, settings)
    challenge = await fresh_login(client, settings)
    assert (
        await verify(client, challenge, "recovery_code", recovery[0].upper())
    ).status_code == 200
    challenge = await fresh_login(client, settings)
    assert (await verify(client, challenge, "recovery_code", recovery[0])).status_code == 422
    assert (await verify(client, challenge, "recovery_code", recovery[1])).status_code == 200
    security = (await client.get("/api/v1/me/security")).json()
    assert security["recovery_codes_left"] == 8


async def _last_sms_code(session: AsyncSession) -> str:
    rows = (
        await session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.task == "sms.send")
            .order_by(OutboxMessage.id.desc())
        )
    ).all()
    match = re.search(r"\b(\d{6})\b", str(rows[0].payload["text"]))
    assert match
    return match.group(1)


async def test_sms_factor_needs_a_mobile_number_and_its_code(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    headers = csrf(client, settings)
    landline = await client.post(
        "/api/v1/me/mfa/sms", headers=headers, json={"phone": "020 123 4567"}
    )
    assert landline.status_code == 422
    assert landline.json()["errors"][0]["message"].startswith("Gebruik een mobiel nummer")
    started = await client.post(
        "/api/v1/me/mfa/sms", headers=headers, json={"phone": "06-12345678"}
    )
    assert started.status_code == 201
    factor_id = started.json()["id"]
    wrong = await client.post(
        f"/api/v1/me/mfa/sms/{factor_id}/confirm", headers=headers, json={"code": "000000"}
    )
    assert wrong.status_code == 422
    code = await _last_sms_code(session)
    confirmed = await client.post(
        f"/api/v1/me/mfa/sms/{factor_id}/confirm", headers=headers, json={"code": code}
    )
    assert confirmed.status_code == 200
    assert len(confirmed.json()["recovery_codes"]) == 10

    # The owner can neither replace nor remove the 2FA number: staff reset it.
    again = await client.post("/api/v1/me/mfa/sms", headers=headers, json={"phone": "0687654321"})
    assert again.status_code == 409
    removed = await client.delete(f"/api/v1/me/mfa/{factor_id}", headers=headers)
    assert removed.status_code == 409


async def test_log_in_with_an_sms_code_bound_to_its_challenge_for_ten_minutes(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    headers = csrf(client, settings)
    factor_id = (
        await client.post("/api/v1/me/mfa/sms", headers=headers, json={"phone": MOBILE})
    ).json()["id"]
    await client.post(
        f"/api/v1/me/mfa/sms/{factor_id}/confirm",
        headers=headers,
        json={"code": await _last_sms_code(session)},
    )

    challenge = await fresh_login(client, settings)
    sent = await client.post("/api/v1/auth/mfa/sms", json={"challenge_id": challenge})
    assert sent.status_code == 202
    code = await _last_sms_code(session)
    other_challenge = (await log_in(client)).json()["challenge_id"]
    assert (await verify(client, other_challenge, "sms", code)).status_code == 422  # bound
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=10, seconds=1)):
        assert (await verify(client, challenge, "sms", code)).status_code == 401  # expired

    challenge = await fresh_login(client, settings)
    await client.post("/api/v1/auth/mfa/sms", json={"challenge_id": challenge})
    code = await _last_sms_code(session)
    assert (await verify(client, challenge, "sms", code)).status_code == 200


async def test_sensitive_changes_need_a_second_factor_within_five_minutes(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    secret, _ = await set_up_totp(client, settings)
    later = datetime.now(UTC) + timedelta(minutes=6)
    with time_machine.travel(later):
        refused = await client.post("/api/v1/me/mfa/recovery-codes", headers=csrf(client, settings))
        assert refused.status_code == 401
        assert refused.json()["type"] == "https://kring.nl/problems/step-up-required"
        step_up = await client.post("/api/v1/auth/mfa/step-up", headers=csrf(client, settings))
        challenge = step_up.json()["challenge_id"]
        answered = await client.post(
            "/api/v1/auth/mfa/verify",
            headers=csrf(client, settings),
            json={"challenge_id": challenge, "method": "totp", "code": code_at(secret, later)},
        )
        assert answered.status_code == 200
        renewed = await client.post("/api/v1/me/mfa/recovery-codes", headers=csrf(client, settings))
        assert renewed.status_code == 200
        assert len(renewed.json()["recovery_codes"]) == 10


async def test_staff_must_set_up_two_step_verification_before_anything_else(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session, "staff@kring.example", staff_role="advisor")
    answer = (await log_in(client, "staff@kring.example")).json()
    assert answer["mfa_setup_required"] is True
    blocked = await client.get("/api/v1/auth/sessions")
    assert blocked.status_code == 403
    assert blocked.json()["type"] == "https://kring.nl/problems/mfa-setup-required"
    assert (await client.get("/api/v1/me")).status_code == 200
    await set_up_totp(client, settings)
    assert (await client.get("/api/v1/auth/sessions")).status_code == 200
    security = (await client.get("/api/v1/me/security")).json()
    assert security["mfa_required"] is True
    assert [f["kind"] for f in security["factors"]] == ["totp"]


async def test_sms_codes_leave_no_trace_in_the_database_once_sent(
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    redis: Redis,
    settings: Settings,
) -> None:
    async with committed() as session:
        await make_user(session)
    await log_in(committed_client)
    started = await committed_client.post(
        "/api/v1/me/mfa/sms", headers=csrf(committed_client, settings), json={"phone": MOBILE}
    )
    assert started.status_code == 201
    await run_worker()
    [text] = [m for m in sms.list_sms(settings.sms_outbox_dir) if m.to == MOBILE][:1]
    assert re.search(r"\b\d{6}\b", text.text)
    async with committed() as session:
        row = await session.scalar(select(OutboxMessage).where(OutboxMessage.task == "sms.send"))
        assert row is not None
        assert row.payload == {"to": MOBILE, "text": "[scrubbed]"}
