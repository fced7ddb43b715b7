"""Sign-up with e-mail verification, log-in, and answers that never reveal who has an account."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from httpx import AsyncClient
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.auth import passwords
from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.user import User, UserStatus
from tests.accounts.helpers import (
    GOOD_PASSWORD,
    csrf,
    log_in,
    make_user,
    queued_mails,
    token_from,
)
from tests.conftest import Mailbox, RunWorker

SIGNUP: dict[str, Any] = {
    "portal": "provider",
    "email": "bram@example.org",
    "first_name": "Bram",
    "password": GOOD_PASSWORD,
    "language": "fr",
    "accept_terms": True,
}


async def test_sign_up_mail_verify_log_in_and_me_end_to_end(
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    redis: Redis,
    settings: Settings,
) -> None:
    response = await committed_client.post("/api/v1/auth/signup", json=SIGNUP)
    assert response.status_code == 202
    refused = await log_in(committed_client, "bram@example.org")
    assert refused.status_code == 401  # not verified yet

    assert await run_worker() >= 1
    [mail] = mailbox()
    assert mail.to == "bram@example.org"
    assert mail.subject == "Confirmez votre adresse e-mail pour Kring"
    link = next(line for line in mail.text.splitlines() if "token=" in line)
    assert link.startswith(f"{settings.public_url}/provider/verify-email?token=")

    verified = await committed_client.post(
        "/api/v1/auth/verify-email", json={"token": token_from(link)}
    )
    assert verified.status_code == 200
    again = await committed_client.post(
        "/api/v1/auth/verify-email", json={"token": token_from(link)}
    )
    assert again.status_code == 422  # single use

    signed_in = await log_in(committed_client, "BRAM@example.org")
    assert signed_in.status_code == 200
    assert signed_in.json()["me"]["email"] == "bram@example.org"
    me = await committed_client.get("/api/v1/me")
    assert me.json()["first_name"] == "Bram"
    assert me.json()["language"] == "fr"


async def test_one_account_per_address_whatever_its_capitals(session: AsyncSession) -> None:
    from sqlalchemy.exc import IntegrityError

    await make_user(session, "Case@Example.org")
    session.add(User(email="case@example.ORG", first_name="X", status=UserStatus.invited))
    with pytest.raises(IntegrityError, match="uq_user_account_email_lower"):
        await session.flush()


async def test_sign_up_answers_the_same_for_known_and_unknown_addresses(
    client: AsyncClient, session: AsyncSession
) -> None:
    await make_user(session, "known@example.org")
    known = await client.post("/api/v1/auth/signup", json={**SIGNUP, "email": "known@example.org"})
    unknown = await client.post("/api/v1/auth/signup", json={**SIGNUP, "email": "new@example.org"})
    assert (known.status_code, known.json()) == (unknown.status_code, unknown.json())
    # The owner of the known address hears about it; nobody else learns anything.
    [warning] = await queued_mails(session, "known@example.org")
    assert warning["template"] == "account_exists"
    [verification] = await queued_mails(session, "new@example.org")
    assert verification["template"] == "verify_email"
    count = len(
        (await session.scalars(select(User).where(User.email == "known@example.org"))).all()
    )
    assert count == 1


async def test_log_in_answers_the_same_for_an_unknown_address_and_a_wrong_password(
    client: AsyncClient, session: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    await make_user(session)
    hashes: list[str] = []
    real = passwords._hasher()

    class CountingHasher:
        def hash(self, password: str) -> str:
            hashes.append("hash")
            return real.hash(password)

        def verify(self, password_hash: str, password: str) -> bool:
            hashes.append("verify")
            return real.verify(password_hash, password)

        def check_needs_rehash(self, password_hash: str) -> bool:
            return real.check_needs_rehash(password_hash)

    monkeypatch.setattr(passwords, "_hasher", lambda: CountingHasher())
    wrong = await log_in(client, "anna@example.org", "not-her-password-at-all")
    assert hashes == ["verify"]
    unknown = await log_in(client, "nobody@example.org", "not-her-password-at-all")
    assert hashes == ["verify", "hash"]  # an unknown address still costs one hash
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["detail"] == unknown.json()["detail"]
    assert wrong.json()["detail"] == "Het e-mailadres of wachtwoord klopt niet."


async def test_failed_and_successful_log_ins_are_audited_without_secrets(
    client: AsyncClient, session: AsyncSession
) -> None:
    user = await make_user(session)
    await log_in(client, "anna@example.org", "wrong-password-123")
    await log_in(client)
    rows = (
        await session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "auth.login")
            .order_by(AuditEvent.created_at)
        )
    ).all()
    assert [(r.outcome, r.actor_user_id) for r in rows] == [
        ("failure", user.id),
        ("success", user.id),
    ]
    assert rows[0].ip == "127.0.0.1"
    assert "wrong-password-123" not in str([r.details for r in rows])


async def test_the_audit_trail_is_append_only(session: AsyncSession) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    session.add(AuditEvent(action="test", outcome="success"))
    await session.flush()
    with pytest.raises(DBAPIError, match="append-only"):
        await session.execute(text("UPDATE audit_event SET action = 'changed'"))


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("kort-29!", "Gebruik minstens 10 tekens."),
        ("x" * 129, "Gebruik hoogstens 128 tekens."),
        ("wachtwoord1", "Dit wachtwoord is te makkelijk te raden."),
        ("qwertyuiop", "Dit wachtwoord is te makkelijk te raden."),
        ("bram-vlinder-kaas-29", "Gebruik uw e-mailadres of naam niet in uw wachtwoord."),
    ],
)
async def test_the_password_policy_refuses_short_long_weak_and_personal_passwords(
    client: AsyncClient, password: str, reason: str
) -> None:
    response = await client.post("/api/v1/auth/signup", json={**SIGNUP, "password": password})
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["field"] == "password"
    assert error["message"].startswith(reason)


async def test_strong_passwords_of_10_and_128_characters_are_accepted(client: AsyncClient) -> None:
    for email, password in (
        ("ten@example.org", "Tulp#Vos84"),
        ("long@example.org", ("zonnebloem-rivier-" * 8)[:128]),
    ):
        response = await client.post(
            "/api/v1/auth/signup", json={**SIGNUP, "email": email, "password": password}
        )
        assert response.status_code == 202, response.json()


async def test_a_verification_link_dies_after_seven_days(
    client: AsyncClient, session: AsyncSession
) -> None:
    await client.post("/api/v1/auth/signup", json=SIGNUP)
    [mail] = await queued_mails(session, "bram@example.org")
    token = token_from(mail["context"]["link"])  # type: ignore[index]
    with time_machine.travel(datetime.now(UTC) + timedelta(days=7, minutes=1)):
        response = await client.post("/api/v1/auth/verify-email", json={"token": token})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "token"


async def test_deactivated_accounts_cannot_log_in(
    client: AsyncClient, session: AsyncSession
) -> None:
    await make_user(session, status=UserStatus.deactivated)
    response = await log_in(client)
    assert response.status_code == 401
    assert "gedeactiveerd" in response.json()["detail"]


async def test_log_out_ends_the_session(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await make_user(session)
    await log_in(client)
    old_cookies = dict(client.cookies)
    response = await client.post("/api/v1/auth/logout", headers=csrf(client, settings))
    assert response.status_code == 204
    assert (await client.get("/api/v1/me")).status_code == 401
    client.cookies.update(old_cookies)  # the old cookie replayed is dead too
    assert (await client.get("/api/v1/me")).status_code == 401


async def test_the_verification_link_leads_on_to_the_page_the_person_came_for(
    committed_client: AsyncClient, run_worker: RunWorker, mailbox: Mailbox, settings: Settings
) -> None:
    """A transfer link opened without an account: after verifying, the portal goes back to it."""
    came_for = "/dossier-transfers?token=abc123"
    response = await committed_client.post(
        "/api/v1/auth/signup", json={**SIGNUP, "portal": "partner", "next": came_for}
    )
    assert response.status_code == 202
    assert await run_worker() >= 1
    [mail] = mailbox()
    link = next(line for line in mail.text.splitlines() if "token=" in line)
    assert link.startswith(f"{settings.public_url}/partner/verify-email?token=")
    assert link.endswith("&next=%2Fdossier-transfers%3Ftoken%3Dabc123")


@pytest.mark.parametrize(
    "elsewhere", ["//evil.example/x", "/\\evil.example", "https://evil.example", "dossiers", "/a b"]
)
async def test_a_return_page_elsewhere_is_refused(client: AsyncClient, elsewhere: str) -> None:
    response = await client.post("/api/v1/auth/signup", json={**SIGNUP, "next": elsewhere})
    assert response.status_code == 422
    assert [error["field"] for error in response.json()["errors"]] == ["next"]
