"""Outbox: store a side effect with its cause, enqueue it after commit, run it exactly once.

A request (or job) calls `add()` inside its transaction. After the commit, `enqueue_pending()`
hands the new rows to arq with the row id as `_job_id`, so Redis never holds two jobs for one
row. The worker runs `run_outbox_message()`: it first claims the row (counts the attempt, takes a
lease, commits), then locks it, skips it unless still pending, and marks it done in the same
transaction as the handler's own changes: running a job twice has the effect of running it
once. The sweeper re-enqueues pending rows whose job was lost. A worker killed between the
side effect and that commit leaves the row pending, so the effect can happen twice; handlers
make that visible to the receiver with a key per row (`running_message_id()`, the e-mail's
Message-ID). docs/decisions.md says what is guaranteed.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import structlog
from arq.constants import in_progress_key_prefix
from arq.worker import Retry
from sqlalchemy import func, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.kit import queue
from kring.models.outbox import OutboxMessage, OutboxStatus

log = structlog.get_logger(__name__)

RUN_FUNCTION = "outbox.run"
_PENDING_KEY = "kring.outbox.pending"

Handler = Callable[[AsyncSession, dict[str, Any]], Awaitable[None]]


@dataclass(frozen=True)
class OutboxTask:
    name: str
    handler: Handler
    timeout_seconds: float
    max_tries: int
    scrub: tuple[str, ...] = ()

    def backoff_seconds(self, attempts: int) -> int:
        """Exponential back-off: 10 s, 20 s, 40 s ... capped at 15 minutes."""
        return int(min(10 * 2 ** max(attempts - 1, 0), 900))


_registry: dict[str, OutboxTask] = {}


def outbox_task(
    name: str, *, timeout_seconds: float = 30, max_tries: int = 5, scrub: tuple[str, ...] = ()
) -> Callable[[Handler], Handler]:
    """Register a handler for outbox rows of task `name` (see kring.worker for the full list).

    `scrub` names payload fields that hold secrets (a one-time code): they are blanked in the
    row once the task has succeeded.
    """

    def register(handler: Handler) -> Handler:
        if name in _registry and _registry[name].handler is not handler:
            raise RuntimeError(f"outbox task {name!r} is registered twice")
        _registry[name] = OutboxTask(name, handler, timeout_seconds, max_tries, scrub)
        return handler

    return register


def registered_tasks() -> dict[str, OutboxTask]:
    return dict(_registry)


async def add(session: AsyncSession, task: str, payload: dict[str, Any]) -> OutboxMessage:
    """Write a side effect in the caller's transaction; it is enqueued only after the commit."""
    if task not in _registry:
        raise ValueError(f"unknown outbox task {task!r}")
    message = OutboxMessage(task=task, payload=payload)
    session.add(message)
    await session.flush()
    session.info.setdefault(_PENDING_KEY, []).append(message.id)
    return message


async def add_many(
    session: AsyncSession, task: str, payloads: list[dict[str, Any]]
) -> list[uuid.UUID]:
    """`add` for many rows in one statement (scheduled jobs over thousands of accounts)."""
    if task not in _registry:
        raise ValueError(f"unknown outbox task {task!r}")
    if not payloads:
        return []
    from kring.kit.db import new_id

    ids = [new_id() for _ in payloads]
    rows = [{"id": i, "task": task, "payload": p} for i, p in zip(ids, payloads, strict=True)]
    await session.execute(insert(OutboxMessage), rows)
    session.info.setdefault(_PENDING_KEY, []).extend(ids)
    return ids


def forget_pending(session: AsyncSession) -> None:
    """The transaction rolled back: its outbox rows were never stored, so drop them."""
    session.info.pop(_PENDING_KEY, None)


async def enqueue_pending(session: AsyncSession) -> None:
    """Hand the committed rows to the queue; the sweeper covers any that fail to enqueue."""
    ids: list[uuid.UUID] = session.info.pop(_PENDING_KEY, [])
    for message_id in ids:
        await enqueue(message_id)


async def enqueue(message_id: uuid.UUID) -> bool:
    try:
        job = await queue.get_pool().enqueue_job(
            RUN_FUNCTION, str(message_id), _job_id=str(message_id)
        )
    except Exception:  # Redis may be down: the row stays pending and the sweeper retries it.
        log.warning("outbox.enqueue_failed", outbox_id=str(message_id), exc_info=True)
        return False
    return job is not None


async def _release(message_id: uuid.UUID) -> bool:
    """Drop arq's "running" mark of the row's job, left by a worker that is gone.

    Safe even if the worker is merely slow: the row's claim and lock make a second run skip.
    """
    try:
        released = await queue.get_pool().delete(in_progress_key_prefix + str(message_id))
    except Exception:
        log.warning("outbox.release_failed", outbox_id=str(message_id), exc_info=True)
        return False
    if released:
        log.warning("outbox.released", outbox_id=str(message_id))
    return bool(released)


async def sweep(
    sessionmaker: async_sessionmaker[AsyncSession],
    *,
    older_than: timedelta,
    batch_size: int,
    now: datetime | None = None,
) -> int:
    """Re-enqueue pending rows whose job may have been lost; safe with several sweepers at once.

    A row whose job is still in Redis but marked as running by a worker that died (arq keeps
    that mark for its longest job timeout, minutes) is released so the queue runs it again;
    rows claimed by a live worker (lease not over) are left alone.
    """
    now = now or datetime.now(UTC)
    last_handed_over = func.coalesce(OutboxMessage.enqueued_at, OutboxMessage.created_at)
    async with sessionmaker() as session, session.begin():
        rows = await session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.pending)
            .where(last_handed_over < now - older_than)
            .where(or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now))
            .order_by(last_handed_over)
            .limit(batch_size)
            .with_for_update(skip_locked=True)
        )
        swept = 0
        for message in rows:
            if await enqueue(message.id) or await _release(message.id):
                swept += 1
            message.enqueued_at = now
    if swept:
        log.info("outbox.swept", count=swept)
    return swept


# The outbox row whose handler is running: handlers derive idempotency keys from it (the
# Message-ID of an e-mail), so every attempt at one row looks the same to the receiver.
_running: ContextVar[uuid.UUID | None] = ContextVar("kring_outbox_running", default=None)

# How long a claim outlives the task's own timeout (the commit after the side effect included).
_LEASE_MARGIN = timedelta(seconds=30)


def running_message_id() -> uuid.UUID | None:
    """The id of the outbox row being run in this task, if any."""
    return _running.get()


async def _claim(
    sessionmaker: async_sessionmaker[AsyncSession], message_id: uuid.UUID
) -> tuple[str, OutboxTask | None]:
    """Count the attempt and take a lease, committed before anything is sent.

    Returns what to do: "run", "skipped" (done or gone), "failed", or "wait:<seconds>" while
    another worker's lease is live.
    """
    now = datetime.now(UTC)
    async with sessionmaker() as session, session.begin():
        message = await session.get(OutboxMessage, message_id, with_for_update=True)
        if message is None or message.status != OutboxStatus.pending:
            return "skipped", None
        if message.claimed_until is not None and message.claimed_until > now:
            return f"wait:{(message.claimed_until - now).total_seconds():.0f}", None
        task = _registry.get(message.task)
        if task is None:
            message.status = OutboxStatus.failed
            message.last_error = f"no handler registered for task {message.task!r}"
            message.claimed_until = None
            return "failed", None
        if message.claimed_until is not None:
            # An earlier attempt claimed the row and never finished (its worker died or lost
            # the database): its side effect may have happened. It is tried again with the
            # same idempotency key; the receiver may see it twice (see docs/decisions.md).
            log.warning("outbox.resumed", outbox_id=str(message_id), attempts=message.attempts)
            if message.attempts >= task.max_tries:
                message.status = OutboxStatus.failed
                message.claimed_until = None
                message.last_error = (
                    message.last_error or f"gave up after {message.attempts} interrupted attempts"
                )
                return "failed", None
        message.attempts += 1
        message.claimed_until = now + timedelta(seconds=task.timeout_seconds) + _LEASE_MARGIN
    return "run", task


async def run_outbox_message(
    sessionmaker: async_sessionmaker[AsyncSession], message_id: uuid.UUID
) -> str:
    """Run one outbox row's handler once; returns what happened (for logs and tests)."""
    verdict, task = await _claim(sessionmaker, message_id)
    if verdict.startswith("wait:"):
        # Another worker holds the row: look again when its lease ends, in case it died.
        raise Retry(defer=int(verdict.removeprefix("wait:")) + 1)
    if task is None:
        return verdict
    retry_in: int | None = None
    chained: list[uuid.UUID] = []
    async with sessionmaker() as session, session.begin():
        message = await session.get(OutboxMessage, message_id, with_for_update=True)
        if message is None or message.status != OutboxStatus.pending:
            return "skipped"
        message.claimed_until = None
        running = _running.set(message.id)
        try:
            async with asyncio.timeout(task.timeout_seconds), session.begin_nested():
                await task.handler(session, message.payload)
        except Exception as exc:
            forget_pending(session)  # what the handler added was rolled back with it
            message.last_error = f"{type(exc).__name__}: {exc}"[:4000]
            if message.attempts >= task.max_tries:
                message.status = OutboxStatus.failed
                log.error("outbox.failed", outbox_id=str(message_id), task=task.name, exc_info=True)
                return "failed"
            retry_in = task.backoff_seconds(message.attempts)
            log.warning(
                "outbox.retry", outbox_id=str(message_id), task=task.name, retry_in=retry_in
            )
        else:
            if task.scrub:
                message.payload = {
                    **message.payload,
                    **{field: "[scrubbed]" for field in task.scrub},
                }
            message.status = OutboxStatus.done
            message.completed_at = datetime.now(UTC)
            message.last_error = None
            chained = session.info.pop(_PENDING_KEY, [])
        finally:
            _running.reset(running)
    if retry_in is not None:
        raise Retry(defer=retry_in)
    # Rows the handler added (e.g. the mail a reset link goes out in) leave after the commit.
    for chained_id in chained:
        await enqueue(chained_id)
    return "done"


def max_task_timeout() -> float:
    return max((t.timeout_seconds for t in _registry.values()), default=30.0)
