"""Fixtures: real servers, a migrated database, an app per run and an isolated session per test."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
from arq.worker import Worker
from asgi_lifespan import LifespanManager
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from kring.config import Settings, get_settings
from kring.kit import db, mail_sink
from kring.kit.public_lists import PublicLists
from tests.fixtures.services import ServiceAddresses, start_services


@pytest.fixture(scope="session")
def services() -> Iterator[ServiceAddresses]:
    yield from start_services()


@pytest.fixture(scope="session")
def settings(services: ServiceAddresses) -> Iterator[Settings]:
    """Test settings, also installed as the process's settings (handlers call get_settings())."""
    values = {
        "KRING_ENV": "test",
        "KRING_DATABASE_URL": services.database_url,
        "KRING_REDIS_URL": services.redis_url,
        "KRING_SMTP_HOST": services.smtp_host,
        "KRING_SMTP_PORT": str(services.smtp_port),
        "KRING_VAR_DIR": str(services.var_dir),
        "KRING_QUEUE_NAME": services.queue_name,
        "KRING_LOG_JSON": "false",
    }
    previous = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    get_settings.cache_clear()
    yield get_settings()
    for key, value in previous.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    get_settings.cache_clear()


@pytest.fixture(scope="session")
async def engine(settings: Settings) -> AsyncIterator[AsyncEngine]:
    engine = db.create_engine(settings.resolved_database_url(), pool_size=5)
    yield engine
    await engine.dispose()


def build_app(settings: Settings, engine: AsyncEngine) -> FastAPI:
    from kring.main import create_app

    app = create_app(settings)
    app.state.engine = engine
    app.state.sessionmaker = db.create_sessionmaker(engine)
    return app


@pytest.fixture(scope="session")
async def app(settings: Settings, engine: AsyncEngine) -> AsyncIterator[FastAPI]:
    app = build_app(settings, engine)
    async with LifespanManager(app):
        yield app


@pytest.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A connection inside an outer transaction that is rolled back after the test."""
    async with engine.connect() as connection:
        transaction = await connection.begin()
        yield connection
        if transaction.is_active:
            await transaction.rollback()


@pytest.fixture
def sessionmaker(connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    # Each unit of work commits to a savepoint; the test's outer transaction undoes it all.
    return async_sessionmaker(
        bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
    )


@pytest.fixture
async def session(sessionmaker: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    async with sessionmaker() as session:
        yield session


@pytest.fixture
async def client(
    app: FastAPI, sessionmaker: async_sessionmaker[AsyncSession], redis: Redis
) -> AsyncIterator[AsyncClient]:
    """An HTTP client whose requests run inside the test's rolled-back transaction."""
    app.state.sessionmaker = sessionmaker
    # The process's public lists hold what is committed; this client sees the test's own
    # uncommitted changes, so it gets lists that keep nothing read from the database.
    public_lists = app.state.public_lists
    app.state.public_lists = PublicLists()
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="https://testserver") as client:
        yield client
    app.state.public_lists = public_lists
    app.state.sessionmaker = db.create_sessionmaker(app.state.engine)


@pytest.fixture
async def committed(
    app: FastAPI, engine: AsyncEngine, redis: Redis
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Real commits (for the worker, which has its own connections); every table emptied after."""
    maker = db.create_sessionmaker(engine)
    app.state.sessionmaker = maker
    yield maker
    # Reference data loaded by the migrations (the gazetteer) stays.
    kept = {"place", "place_name", "category", "skill"}
    tables = ", ".join(
        f'"{t.name}"' for t in reversed(db.Base.metadata.sorted_tables) if t.name not in kept
    )
    async with engine.begin() as conn:
        await conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
async def committed_client(
    app: FastAPI, committed: async_sessionmaker[AsyncSession]
) -> AsyncIterator[AsyncClient]:
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="https://testserver") as client:
        yield client


@pytest.fixture
async def redis(settings: Settings, services: ServiceAddresses) -> AsyncIterator[Redis]:
    """The run's Redis, with queue and rate-limit keys removed before and after each test."""
    connection: Redis = Redis.from_url(services.redis_url)

    async def clear() -> None:
        keys = [k async for k in connection.scan_iter("arq:*")]
        keys += [k async for k in connection.scan_iter("kring:*")]  # queue and rate limits
        if keys:
            await connection.delete(*keys)

    await clear()
    yield connection
    await clear()
    await connection.aclose()


RunWorker = Callable[[], Awaitable[int]]
Mailbox = Callable[[], list[mail_sink.StoredMail]]


@pytest.fixture
def run_worker(settings: Settings, committed: async_sessionmaker[AsyncSession]) -> RunWorker:
    """Run an arq worker in burst mode against the real Redis until the queue is empty."""
    from kring.worker import worker_settings

    async def run() -> int:
        options: dict[str, Any] = worker_settings(settings)
        options.update(
            burst=True,
            poll_delay=0.05,
            handle_signals=False,
            ctx={"settings": settings, "sessionmaker": committed},
            cron_jobs=[],
        )
        worker = Worker(**options)
        try:
            await worker.main()
        finally:
            await worker.close()
        return int(worker.jobs_complete)

    return run


@pytest.fixture
def mailbox(services: ServiceAddresses) -> Iterator[Mailbox]:
    """What the SMTP sink received during this test."""
    for stale in services.mailbox.glob("*.eml"):
        stale.unlink()
    yield lambda: mail_sink.list_mail(services.mailbox)
    for sent in services.mailbox.glob("*.eml"):
        sent.unlink()


@pytest.fixture
async def p(app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings) -> Any:
    """An organisation's admin and employee, another organisation's admin and a staff admin,
    each logged in on their own client (`client` points the app at the test's transaction)."""
    from tests.members.helpers import parties

    return await parties(app, session, settings)
