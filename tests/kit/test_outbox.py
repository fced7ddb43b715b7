"""Outbox -> arq -> worker -> SMTP sink: once per row, never for a rollback, lost jobs recovered."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from arq.jobs import Job, JobStatus
from arq.worker import Retry
from redis.asyncio import Redis
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit import outbox, queue
from kring.kit.db import unit_of_work
from kring.models.outbox import OutboxMessage, OutboxStatus
from kring.notifications.service import queue_mail
from tests.conftest import Mailbox, RunWorker

FLAKY = "test.flaky"
_flaky_failures: dict[str, int] = {}


@outbox.outbox_task(FLAKY, timeout_seconds=2, max_tries=3)
async def _flaky(session: AsyncSession, payload: dict[str, Any]) -> None:
    """Fails as often as the payload asks, then succeeds."""
    key = payload["key"]
    _flaky_failures[key] = _flaky_failures.get(key, 0) + 1
    if _flaky_failures[key] <= payload["fail_times"]:
        raise ConnectionError("SMTP server said no")


async def _queue_test_mail(maker: async_sessionmaker[AsyncSession], to: str) -> uuid.UUID:
    async with unit_of_work(maker) as session:
        message = await queue_mail(
            session, to=to, template="test_message", language="nl", context={"sent_at": "nu"}
        )
    return message.id


async def _row(maker: async_sessionmaker[AsyncSession], message_id: uuid.UUID) -> OutboxMessage:
    async with maker() as session:
        row = await session.get(OutboxMessage, message_id)
        assert row is not None
        return row


async def test_a_committed_mail_is_delivered_once_even_when_its_task_runs_twice(
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    redis: Redis,
) -> None:
    message_id = await _queue_test_mail(committed, "anna@example.org")
    pool = queue.get_pool()
    job = Job(str(message_id), pool, _queue_name=pool.default_queue_name)
    assert await job.status() == JobStatus.queued

    assert await run_worker() == 1
    # The same job runs again (a redelivery after a worker crash, say): it must not send again.
    assert await outbox.run_outbox_message(committed, message_id) == "skipped"
    await queue.get_pool().enqueue_job(outbox.RUN_FUNCTION, str(message_id))
    await run_worker()

    mails = mailbox()
    assert [m.to for m in mails] == ["anna@example.org"]
    assert mails[0].subject == "Testbericht van Kring"
    assert "testbericht" in mails[0].text
    assert mails[0].html
    assert "<h1" in mails[0].html
    row = await _row(committed, message_id)
    assert row.status == OutboxStatus.done
    assert row.attempts == 1
    assert row.completed_at is not None


async def test_two_workers_racing_for_one_row_send_one_mail(
    committed: async_sessionmaker[AsyncSession],
    mailbox: Mailbox,
    redis: Redis,
) -> None:
    message_id = await _queue_test_mail(committed, "bram@example.org")
    results = await asyncio.gather(
        outbox.run_outbox_message(committed, message_id),
        outbox.run_outbox_message(committed, message_id),
        return_exceptions=True,
    )
    assert results.count("done") == 1
    # The other one found the row done, or still claimed: then it looks again later.
    [other] = [r for r in results if r != "done"]
    assert other == "skipped" or isinstance(other, Retry), other
    assert len(mailbox()) == 1
    assert (await _row(committed, message_id)).attempts == 1


async def test_an_attempt_whose_worker_died_is_counted_and_tried_again_after_its_lease(
    committed: async_sessionmaker[AsyncSession], mailbox: Mailbox, redis: Redis
) -> None:
    message_id = await _queue_test_mail(committed, "els@example.org")
    # A worker claims the row and dies before it finishes: the claim is committed on its own.
    assert await outbox._claim(committed, message_id) == (
        "run",
        outbox.registered_tasks()["mail.send"],
    )
    claimed = await _row(committed, message_id)
    assert (claimed.status, claimed.attempts) == (OutboxStatus.pending, 1)
    assert claimed.claimed_until is not None
    assert claimed.claimed_until > datetime.now(UTC) + timedelta(seconds=30)

    # While the lease lasts, another worker leaves the row alone and looks again after it.
    with pytest.raises(Retry) as later:
        await outbox.run_outbox_message(committed, message_id)
    assert 30_000 < (getattr(later.value, "defer_score", 0) or 0) <= 62_000
    assert mailbox() == []

    async with committed() as session, session.begin():
        row = await session.get(OutboxMessage, message_id)
        assert row is not None
        row.claimed_until = datetime.now(UTC) - timedelta(seconds=1)
    assert await outbox.run_outbox_message(committed, message_id) == "done"
    done = await _row(committed, message_id)
    assert (done.status, done.attempts, done.claimed_until) == (OutboxStatus.done, 2, None)
    [sent] = mailbox()
    assert sent.to == "els@example.org"


async def test_a_row_whose_worker_dies_every_time_fails_after_its_tries(
    committed: async_sessionmaker[AsyncSession], redis: Redis
) -> None:
    async with unit_of_work(committed) as session:
        row = await outbox.add(session, FLAKY, {"key": "kills-the-worker", "fail_times": 0})
    for attempt in range(1, 4):
        verdict, _task = await outbox._claim(committed, row.id)
        assert verdict == "run"
        async with committed() as session, session.begin():
            claimed = await session.get(OutboxMessage, row.id)
            assert claimed is not None
            assert claimed.attempts == attempt
            claimed.claimed_until = datetime.now(UTC) - timedelta(seconds=1)
    # Three interrupted attempts of a task allowed three: it is given up, not run a fourth time.
    assert await outbox.run_outbox_message(committed, row.id) == "failed"
    failed = await _row(committed, row.id)
    assert (failed.status, failed.attempts, failed.claimed_until) == (OutboxStatus.failed, 3, None)
    assert failed.last_error == "gave up after 3 interrupted attempts"
    assert "kills-the-worker" not in _flaky_failures


async def test_every_attempt_at_one_row_sends_the_same_message_id(
    committed: async_sessionmaker[AsyncSession], mailbox: Mailbox, redis: Redis
) -> None:
    message_id = await _queue_test_mail(committed, "fien@example.org")
    assert await outbox.run_outbox_message(committed, message_id) == "done"
    [sent] = mailbox()
    assert sent.message_id == f"<{message_id}@kring.local>"


async def test_a_rolled_back_transaction_leaves_no_row_no_job_and_no_mail(
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    redis: Redis,
) -> None:
    with pytest.raises(RuntimeError, match="the change failed"):  # noqa: PT012
        async with unit_of_work(committed) as session:
            await queue_mail(
                session,
                to="cas@example.org",
                template="test_message",
                language="en",
                context={"sent_at": "now"},
            )
            raise RuntimeError("the change failed")

    async with committed() as session:
        assert await session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
    assert await redis.zcard(queue.get_pool().default_queue_name) == 0
    assert await run_worker() == 0
    assert mailbox() == []


async def test_the_sweeper_re_enqueues_a_row_whose_job_was_lost(
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    redis: Redis,
    settings: Settings,
) -> None:
    message_id = await _queue_test_mail(committed, "dirk@example.org")
    await redis.flushdb()  # Redis lost everything: the job is gone, the row is still pending.
    assert await run_worker() == 0

    now = datetime.now(UTC)
    too_early = await outbox.sweep(
        committed, older_than=timedelta(minutes=2), batch_size=100, now=now
    )
    assert too_early == 0
    later = now + timedelta(minutes=5)
    assert (
        await outbox.sweep(committed, older_than=timedelta(minutes=2), batch_size=100, now=later)
        == 1
    )
    # A second sweep straight after finds the job already queued: nothing is doubled.
    assert (
        await outbox.sweep(
            committed,
            older_than=timedelta(minutes=2),
            batch_size=100,
            now=later + timedelta(minutes=5),
        )
        == 0
    )

    assert await run_worker() == 1
    assert [m.to for m in mailbox()] == ["dirk@example.org"]
    assert (await _row(committed, message_id)).status == OutboxStatus.done


async def test_the_sweeper_releases_a_job_left_running_by_a_worker_that_died(
    committed: async_sessionmaker[AsyncSession],
    run_worker: RunWorker,
    mailbox: Mailbox,
    redis: Redis,
) -> None:
    message_id = await _queue_test_mail(committed, "gijs@example.org")
    # A worker took the job (arq marks it running for minutes) and claimed the row, then died.
    running = f"arq:in-progress:{message_id}"
    await redis.set(running, b"1", ex=300)
    assert (await outbox._claim(committed, message_id))[0] == "run"

    now = datetime.now(UTC)
    # While the claim's lease lasts, the worker may be alive: the sweeper leaves the row alone.
    soon = await outbox.sweep(
        committed, older_than=timedelta(seconds=10), batch_size=100, now=now + timedelta(seconds=30)
    )
    assert soon == 0
    assert await redis.exists(running)
    async with committed() as session, session.begin():  # the lease runs out
        row = await session.get(OutboxMessage, message_id)
        assert row is not None
        row.claimed_until = datetime.now(UTC) - timedelta(seconds=1)
    later = await outbox.sweep(
        committed, older_than=timedelta(seconds=10), batch_size=100, now=now + timedelta(seconds=30)
    )
    assert later == 1
    assert not await redis.exists(running)

    assert await run_worker() == 1
    assert [m.to for m in mailbox()] == ["gijs@example.org"]
    done = await _row(committed, message_id)
    assert (done.status, done.attempts) == (OutboxStatus.done, 2)


async def test_a_failing_task_is_retried_with_backoff_then_succeeds(
    committed: async_sessionmaker[AsyncSession], redis: Redis
) -> None:
    async with unit_of_work(committed) as session:
        row = await outbox.add(session, FLAKY, {"key": "retry-then-ok", "fail_times": 1})
    with pytest.raises(Exception, match="Retry") as retry:
        await outbox.run_outbox_message(committed, row.id)
    assert getattr(retry.value, "defer_score", None) == 10_000  # first back-off: 10 s
    failed_once = await _row(committed, row.id)
    assert (failed_once.status, failed_once.attempts) == (OutboxStatus.pending, 1)
    assert failed_once.last_error == "ConnectionError: SMTP server said no"

    assert await outbox.run_outbox_message(committed, row.id) == "done"
    done = await _row(committed, row.id)
    assert (done.status, done.attempts, done.last_error) == (OutboxStatus.done, 2, None)


async def test_a_task_that_keeps_failing_stays_visible_as_failed_with_its_error(
    committed: async_sessionmaker[AsyncSession], redis: Redis
) -> None:
    async with unit_of_work(committed) as session:
        row = await outbox.add(session, FLAKY, {"key": "always", "fail_times": 99})
    for _ in range(2):
        with pytest.raises(Exception, match="Retry"):
            await outbox.run_outbox_message(committed, row.id)
    assert await outbox.run_outbox_message(committed, row.id) == "failed"
    failed = await _row(committed, row.id)
    assert (failed.status, failed.attempts) == (OutboxStatus.failed, 3)
    assert failed.last_error == "ConnectionError: SMTP server said no"
    # Failed rows are not swept again.
    assert (
        await outbox.sweep(
            committed,
            older_than=timedelta(0),
            batch_size=10,
            now=datetime.now(UTC) + timedelta(days=1),
        )
        == 0
    )
    assert await outbox.run_outbox_message(committed, row.id) == "skipped"


async def test_backoff_doubles_and_is_capped() -> None:
    task = outbox.registered_tasks()[FLAKY]
    assert [task.backoff_seconds(n) for n in (1, 2, 3, 4, 10)] == [10, 20, 40, 80, 900]


async def test_unknown_tasks_are_refused_when_written(session: AsyncSession) -> None:
    with pytest.raises(ValueError, match="unknown outbox task"):
        await outbox.add(session, "no.such.task", {})
