"""The `kring` command, run as a real process against the test database, Redis and SMTP sink."""

from __future__ import annotations

import asyncio
import os
import sys

from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.jobs import JOBS
from kring.models.outbox import OutboxMessage, OutboxStatus
from kring.models.user import User
from tests.conftest import Mailbox, RunWorker


async def kring(*args: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "kring.cli",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env=dict(os.environ),
    )
    output, _ = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode or 0, output.decode()


async def test_mail_test_queues_a_mail_that_the_worker_delivers(
    settings: Settings,
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    redis: Redis,
) -> None:
    code, output = await kring("mail", "test", "Someone@Example.org", "--lang", "fr")
    assert code == 0, output
    assert "Queued test e-mail to Someone@example.org" in output
    assert await run_worker() == 1
    [sent] = mailbox()
    assert sent.to == "Someone@example.org"
    assert sent.subject == "Message de test de Kring"


async def test_mail_test_refuses_a_bad_address(settings: Settings) -> None:
    code, output = await kring("mail", "test", "not-an-address")
    assert code == 2
    assert "Not a valid e-mail address" in output


async def test_jobs_run_the_sweeper_as_of_a_given_time(
    settings: Settings,
    committed: async_sessionmaker[AsyncSession],
    redis: Redis,
    mailbox: Mailbox,
) -> None:
    code, output = await kring("mail", "test", "late@example.org")
    assert code == 0, output
    await redis.flushdb()  # the job is lost

    code, output = await kring("jobs", "run", "outbox.sweep", "--now", "2000-01-01T00:00:00Z")
    assert (code, output.strip().endswith(": 0")) == (0, True), output
    code, output = await kring("jobs", "run", "outbox.sweep", "--now", "2099-01-01T00:00:00+01:00")
    assert code == 0, output
    assert "outbox.sweep ran as of 2099-01-01T00:00:00+01:00: 1" in output
    async with committed() as session:
        row = await session.scalar(select(OutboxMessage))
        assert row is not None
        assert row.status == OutboxStatus.pending
        assert row.enqueued_at is not None
        assert row.enqueued_at.year == 2098


async def test_jobs_run_refuses_unknown_jobs_and_bad_times(settings: Settings) -> None:
    code, output = await kring("jobs", "run", "no.such.job")
    assert code == 2
    assert f"Known jobs: {', '.join(sorted(JOBS))}" in output
    assert "hours.remind_approvers" in output
    code, output = await kring("jobs", "run", "outbox.sweep", "--now", "yesterday")
    assert code == 2
    assert "ISO date-time" in output


async def test_serve_refuses_zero_processes() -> None:
    code, output = await kring("serve", "--workers", "0")
    assert code == 2
    assert "--workers" in output


async def test_create_staff_links_to_the_consoles_activation_page(
    settings: Settings, committed: async_sessionmaker[AsyncSession], redis: Redis
) -> None:
    code, output = await kring("create-staff", "Vera@Kring.example", "--role", "verifier")
    assert code == 0, output
    console = settings.public_url.rstrip("/") + "/admin/activate?token="
    assert console in output
    assert "/pro/activate" not in output
    async with committed() as session:
        role = await session.scalar(
            select(User.staff_role).where(User.email == "Vera@kring.example")
        )
        mail = await session.scalar(select(OutboxMessage))
    assert role == "verifier"
    assert mail is not None
    assert console in str(mail.payload)


async def test_create_staff_refuses_an_unknown_role(settings: Settings) -> None:
    code, output = await kring("create-staff", "vera@kring.example", "--role", "boss")
    assert code == 2
    assert "Unknown role 'boss'" in output


async def test_create_staff_of_the_branch_role_for_a_supplier_branch(
    settings: Settings, committed: async_sessionmaker[AsyncSession], redis: Redis
) -> None:
    from kring.models.organisation import Organisation

    async with committed() as session:
        branch = Organisation(kind="supplier_branch", name="Vestiging Utrecht")
        care = Organisation(kind="umbrella", name="Zorggroep De Linde")
        session.add_all([branch, care])
        await session.commit()
    code, output = await kring(
        "create-staff", "bea@kring.example", "--role", "branch", "--branch", str(branch.id)
    )
    assert code == 0, output
    async with committed() as session:
        works_for = await session.scalar(
            select(User.staff_branch_id).where(User.email == "bea@kring.example")
        )
    assert works_for == branch.id
    code, output = await kring(
        "create-staff", "bo@kring.example", "--role", "branch", "--branch", str(care.id)
    )
    assert code == 2
    assert "Refused" in output
