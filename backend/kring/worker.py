"""The arq worker: every task and scheduled job, registered in one place."""

from __future__ import annotations

import contextlib
import signal
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import redis.exceptions
import structlog
from arq import cron
from arq.connections import RedisSettings
from arq.typing import WorkerCoroutine
from arq.worker import Function, func

from kring import worker_tasks
from kring.config import Settings, get_settings
from kring.jobs import JOBS
from kring.kit import db, outbox, queue
from kring.kit.logging import configure_logging

log = structlog.get_logger(__name__)


async def run_outbox(ctx: dict[str, Any], outbox_id: str) -> str:
    return await outbox.run_outbox_message(ctx["sessionmaker"], uuid.UUID(outbox_id))


async def _run_scheduled(ctx: dict[str, Any], name: str) -> None:
    await JOBS[name].run(ctx["sessionmaker"], ctx["settings"], datetime.now(UTC))


def _cron_coroutine(name: str) -> WorkerCoroutine:
    async def run(ctx: dict[str, Any]) -> None:
        await _run_scheduled(ctx, name)

    run.__qualname__ = run.__name__ = f"cron_{name.replace('.', '_')}"
    return run


async def startup(ctx: dict[str, Any]) -> None:
    settings: Settings = ctx.get("settings") or get_settings()
    configure_logging(level=settings.log_level, json=settings.log_json)
    ctx["settings"] = settings
    if "sessionmaker" not in ctx:
        ctx["engine"] = db.create_engine(settings.resolved_database_url(), pool_size=5)
        ctx["sessionmaker"] = db.create_sessionmaker(ctx["engine"])
    if not queue.has_pool():  # in tests the app's pool is already installed
        queue.set_pool(ctx["redis"])
    log.info("worker.started", jobs=sorted(JOBS), tasks=sorted(outbox.registered_tasks()))


async def shutdown(ctx: dict[str, Any]) -> None:
    if "engine" in ctx:
        await ctx["engine"].dispose()


def functions() -> list[Function]:
    worker_tasks.register_all()
    return [
        func(
            run_outbox,
            name=outbox.RUN_FUNCTION,
            # The outbox row counts attempts and decides when to give up; arq only retries.
            max_tries=1000,
            timeout=timedelta(seconds=outbox.max_task_timeout() + 30),
            # The row is the record. A kept result would block the sweeper from handing a
            # still-pending row (its run ended in an error, e.g. the database was down) to a
            # new job with the same id for an hour.
            keep_result=0,
        )
    ]


def cron_jobs() -> list[Any]:
    return [
        cron(
            _cron_coroutine(job.name),
            name=job.name,
            unique=True,
            run_at_startup=False,
            **job.schedule,
        )
        for job in JOBS.values()
    ]


def worker_settings(settings: Settings | None = None) -> dict[str, Any]:
    """Keyword arguments for `arq.Worker`, shared by `kring worker` and the tests."""
    settings = settings or get_settings()
    return {
        "functions": functions(),
        "cron_jobs": cron_jobs(),
        "on_startup": startup,
        "on_shutdown": shutdown,
        "redis_settings": RedisSettings.from_dsn(settings.resolved_redis_url()),
        "queue_name": settings.queue_name,
        "job_serializer": queue.serialize,
        "job_deserializer": queue.deserialize,
        "ctx": {"settings": settings},
        "max_jobs": 20,
        "keep_result": 3600,
        "handle_signals": True,
    }


def run(settings: Settings | None = None) -> None:
    """`kring worker`: the arq worker, started again whenever it loses Redis.

    arq's worker ends when its Redis connection fails. Nothing is lost meanwhile (outbox rows
    wait in PostgreSQL and the sweeper hands them over again), so it waits and reconnects
    rather than leaving that to whatever supervises the process.
    """
    from arq.worker import Worker

    delay = 1.0
    while True:
        queue.set_pool(None)  # startup installs the new worker's pool
        worker = Worker(**worker_settings(settings))
        started = time.monotonic()
        try:
            worker.run()
            return  # stopped by a signal
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError) as exc:
            if time.monotonic() - started > 60:
                delay = 1.0
            log.warning("worker.redis_lost", error=str(exc), retry_in=delay)
        # Between runs SIGTERM and SIGINT must end the process again, not an idle event loop.
        for signum in (signal.SIGINT, signal.SIGTERM):
            worker.loop.remove_signal_handler(signum)
        engine = worker.ctx.get("engine")
        if engine is not None:
            with contextlib.suppress(Exception):
                worker.loop.run_until_complete(engine.dispose())
        time.sleep(delay)
        delay = min(delay * 2, 30.0)
