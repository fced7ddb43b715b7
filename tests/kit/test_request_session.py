"""The request's unit of work against the real PostgreSQL: reads go out without a transaction,
the first write (or lock) begins one, a write is committed before the response starts, and the
pool serves waiting requests in the order they came."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import delete, event, func, select, text
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit import db
from kring.models.user import User, UserStatus
from tests.accounts.helpers import GOOD_PASSWORD


def _adapted(session: AsyncSession) -> Any:
    """The driver connection of the session's transaction (SQLAlchemy's asyncpg adapter)."""
    return session.sync_session.connection().connection.dbapi_connection


async def _in_transaction(session: AsyncSession) -> bool:
    def check(sync_session: Any) -> bool:
        adapted = sync_session.connection().connection.dbapi_connection
        return adapted._transaction is not None

    return bool(await session.run_sync(check))


async def test_reads_run_without_a_transaction_until_the_first_write(engine: AsyncEngine) -> None:
    maker = db.create_sessionmaker(engine)
    async with maker() as session:
        db.read_before_writing(session)
        assert await session.scalar(select(text("1"))) == 1
        assert await session.scalar(select(text("count(*)")).select_from(User)) is not None
        # What PostgreSQL says: outside a transaction block each statement is a transaction of
        # its own, so the transaction's start time moves from one statement to the next.
        first = await session.scalar(select(func.now()))
        await asyncio.sleep(0.01)
        assert await session.scalar(select(func.now())) != first
        assert not await _in_transaction(session)
        await session.execute(text("SELECT 1"))  # raw SQL may lock or write: it begins one
        assert await _in_transaction(session)
        await session.rollback()


async def test_a_row_lock_begins_the_transaction_before_it_is_taken(engine: AsyncEngine) -> None:
    maker = db.create_sessionmaker(engine)
    async with maker() as session:
        db.read_before_writing(session)
        await session.execute(select(User.id).limit(1).with_for_update())
        assert await _in_transaction(session)
        await session.rollback()


async def test_writes_stay_atomic(committed: async_sessionmaker[AsyncSession]) -> None:
    email = f"atomic-{uuid.uuid4().hex[:8]}@example.org"

    async def write_then_fail() -> None:
        async with db.unit_of_work(committed) as session:
            db.read_before_writing(session)
            await session.scalar(select(User.id).limit(1))
            session.add(
                User(email=email, first_name="Atoom", language="nl", status=UserStatus.invited)
            )
            await session.flush()
            assert await _in_transaction(session)
            raise RuntimeError("after the write, before the commit")

    with pytest.raises(RuntimeError):
        await write_then_fail()
    async with committed() as session:
        assert await session.scalar(select(User.id).where(User.email == email)) is None


async def test_a_request_that_only_read_is_not_committed(engine: AsyncEngine) -> None:
    """Nothing to commit, so no commit (SQLAlchemy's bookkeeping of one is a tenth of /me)."""
    maker = db.create_sessionmaker(engine)
    commits: list[object] = []
    async with db.unit_of_work(maker) as session:
        event.listen(session.sync_session, "after_commit", commits.append)
        db.read_before_writing(session)
        assert await session.scalar(select(func.count()).select_from(User)) is not None
    assert commits == []


async def test_a_change_made_after_reading_is_still_committed(
    committed: async_sessionmaker[AsyncSession],
) -> None:
    """A read-only start does not skip the commit of a change the request has not flushed."""
    email = f"unflushed-{uuid.uuid4().hex[:8]}@example.org"
    async with committed() as session:
        session.add(User(email=email, first_name="Eerst", language="nl", status="invited"))
        await session.commit()
    async with db.unit_of_work(committed) as session:
        db.read_before_writing(session)
        user = await session.scalar(select(User).where(User.email == email))
        assert user is not None
        user.first_name = "Daarna"  # changed, never flushed: the commit must flush it
    async with committed() as session:
        stored = await session.scalar(select(User.first_name).where(User.email == email))
        await session.execute(delete(User).where(User.email == email))
        await session.commit()
    assert stored == "Daarna"


async def test_a_connection_goes_back_to_the_pool_as_it_came(engine: AsyncEngine) -> None:
    """A request's connection in read mode never reaches a job that expects transactions."""
    small = db.create_engine(str(engine.url.render_as_string(hide_password=False)), pool_size=1)
    try:
        maker = db.create_sessionmaker(small)
        async with maker() as session:
            db.read_before_writing(session)
            await session.scalar(select(text("1")))
            assert _adapted(session).autocommit
        async with maker() as session:
            await session.scalar(select(text("1")))
            assert not _adapted(session).autocommit
            assert await _in_transaction(session)
    finally:
        await small.dispose()


async def test_a_write_is_committed_before_the_response_starts(
    app: FastAPI, committed: async_sessionmaker[AsyncSession], settings: Settings
) -> None:
    """Fails if the commit ever moves after the response (a 2xx for data not yet stored)."""
    email = f"committed-{uuid.uuid4().hex[:8]}@example.org"
    body = json.dumps(
        {
            "portal": "partner",
            "email": email,
            "first_name": "Vroeg",
            "password": GOOD_PASSWORD,
            "language": "nl",
            "accept_terms": True,
        }
    ).encode()
    stored_when_answered: list[bool] = []
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            # Another connection, as the next request would have.
            async with committed() as other:
                found = await other.scalar(select(User.id).where(User.email == email))
            stored_when_answered.append(found is not None)
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "https",
        "path": "/api/v1/auth/signup",
        "raw_path": b"/api/v1/auth/signup",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"testserver"), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 443),
        "state": {},
    }
    await app(scope, receive, send)
    assert sent[0]["status"] == 202, sent
    assert stored_when_answered == [True]


async def test_waiting_requests_get_a_connection_in_the_order_they_asked(
    engine: AsyncEngine,
) -> None:
    small = db.create_engine(
        str(engine.url.render_as_string(hide_password=False)),
        pool_size=1,
        max_overflow=0,
        pool_timeout=5,
    )
    served: list[str] = []
    try:
        holder = await small.connect()

        async def ask(name: str) -> None:
            async with small.connect() as connection:
                served.append(name)
                await connection.execute(text("SELECT 1"))
                await asyncio.sleep(0.01)

        first = asyncio.create_task(ask("first"))
        second = asyncio.create_task(ask("second"))
        await asyncio.sleep(0.05)  # both wait now
        await holder.close()  # the connection goes back: to "first", even though...
        await ask("late")  # ...a newcomer asks before "first" had a chance to run
        await asyncio.gather(first, second)
        assert served == ["first", "second", "late"]
    finally:
        await small.dispose()


async def test_a_request_that_waits_too_long_gets_the_pools_timeout(engine: AsyncEngine) -> None:
    small = db.create_engine(
        str(engine.url.render_as_string(hide_password=False)),
        pool_size=1,
        max_overflow=0,
        pool_timeout=0.2,
    )
    try:
        holder = await small.connect()
        with pytest.raises(PoolTimeout):
            async with small.connect():
                pass
        await holder.close()
        async with small.connect() as connection:  # nothing left behind by the one that gave up
            assert (await connection.execute(text("SELECT 1"))).scalar() == 1
    finally:
        await small.dispose()
