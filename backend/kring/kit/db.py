"""Database plumbing: the declarative base, the engine and the session-per-request unit of work."""

from __future__ import annotations

import asyncio
import re
import sys
import uuid
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from functools import lru_cache
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import DateTime, MetaData, Select, event, func
from sqlalchemy import exc as sa_exc
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import AsyncAdaptedQueuePool
from sqlalchemy.util import await_
from sqlalchemy.util.queue import AsyncAdaptedQueue, Empty
from uuid6 import uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    """A time-ordered UUID (v7): unique without coordination and friendly to B-tree indexes."""
    return uuid.UUID(bytes=uuid7().bytes)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RecordMixin:
    """Id and timestamps that every stored record has."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    modified_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), nullable=False
    )


def like_literal(text: str) -> str:
    """`text` for use inside a LIKE pattern: its `%`, `_` and `\\` match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_pattern(text: str) -> str:
    """A LIKE pattern that finds `text` anywhere, literally."""
    return f"%{like_literal(text)}%"


def to_asyncpg_url(url: str) -> str:
    """Accept plain `postgresql://` addresses and use the asyncpg driver for them."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url[len(prefix) :]
    return url


def plain_postgres_url(url: str) -> str:
    """The address as asyncpg itself takes it (without SQLAlchemy's `+asyncpg`)."""
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


# Give up connecting after this long (asyncpg waits 60 s), so a request never hangs on it.
CONNECT_TIMEOUT_SECONDS = 5.0
# Connections older than this are replaced: a half-dead one (no FIN ever seen) is not kept
# forever, now that no round trip checks a connection before each use.
RECYCLE_SECONDS = 1800


class _FairQueue(AsyncAdaptedQueue[Any]):
    """The pool's queue, first come first served.

    SQLAlchemy's asyncio queue hands a returned connection to whoever asks next, even while
    others are already waiting: under load a request could be overtaken again and again and
    wait a second or more (the p99 of every database endpoint at 64 connections). Here a
    returned connection goes straight to the longest waiting request, and nobody takes a free
    connection while someone waits for one.
    """

    def __init__(self, maxsize: int = 0, use_lifo: bool = False) -> None:
        super().__init__(maxsize, use_lifo)
        self._waiters: deque[asyncio.Future[Any]] = deque()

    def put_nowait(self, item: Any) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(item)
                return
        super().put_nowait(item)

    def get(self, block: bool = True, timeout: float | None = None) -> Any:
        if not self._waiters:
            try:
                return self.get_nowait()
            except Empty:
                pass
        if not block:
            raise Empty()
        return await_(self._wait(seconds=timeout))

    async def _wait(self, *, seconds: float | None) -> Any:
        waiter: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(seconds):
                return await waiter
        except TimeoutError as err:
            raise Empty() from err
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
            elif waiter.done() and not waiter.cancelled() and sys.exc_info()[0] is not None:
                # Handed a connection just as the wait ended in an error: pass it on.
                self.put_nowait(waiter.result())


class FairQueuePool(AsyncAdaptedQueuePool):
    _queue_class = _FairQueue


def create_engine(
    url: str, *, pool_size: int = 10, max_overflow: int = 10, **kw: Any
) -> AsyncEngine:
    from kring.kit import faults

    engine = create_async_engine(
        to_asyncpg_url(url),
        pool_size=pool_size,
        max_overflow=max_overflow,
        poolclass=FairQueuePool,
        pool_recycle=RECYCLE_SECONDS,
        connect_args={"timeout": CONNECT_TIMEOUT_SECONDS},
        **kw,
    )
    faults.watch_connects(engine)
    _discard_closed_connections(engine)
    _begin_before_writing(engine)
    return engine


def _discard_closed_connections(engine: AsyncEngine) -> None:
    """A connection the server closed (a restart) is replaced at checkout, for free.

    Instead of `pool_pre_ping`'s round trip on every checkout: asyncpg already knows when the
    server hung up, and the pool retries with a new connection on `DisconnectionError`.
    """

    @event.listens_for(engine.sync_engine, "checkout")
    def checkout(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        if dbapi_connection.driver_connection.is_closed():
            raise sa_exc.DisconnectionError("the server closed this connection")


# The pool connection's info key: reads run without a transaction until the first write.
_LAZY = "kring.begin_before_writing"
# What a SELECT may do besides reading: take row locks, advisory locks, or bump a sequence.
_NOT_ONLY_READING = re.compile(
    r"\bFOR\s+(?:NO\s+KEY\s+)?UPDATE\b|\bFOR\s+(?:KEY\s+)?SHARE\b|pg_advisory|nextval|setval"
    r"|set_config",
    re.IGNORECASE,
)


def _only_reads(statement: str, context: Any) -> bool:
    compiled = getattr(context, "compiled", None)
    return (
        compiled is not None
        and isinstance(compiled.statement, Select)
        and not _locks_or_counts(statement)
    )


@lru_cache(maxsize=2048)
def _locks_or_counts(statement: str) -> bool:
    # Compiled statements come from SQLAlchemy's cache: the same few strings again and again.
    return _NOT_ONLY_READING.search(statement) is not None


def _begin_before_writing(engine: AsyncEngine) -> None:
    """A request's reads go out without BEGIN and COMMIT; its first write begins a transaction.

    Under READ COMMITTED every statement sees its own snapshot, inside a transaction or not,
    so reads before the first write see what they would have seen in one. Anything but a
    plain SELECT (a write, a row or advisory lock, a savepoint, raw SQL) begins the
    transaction first, and the request commits it before the response (see `DbSession`).
    """

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def before_cursor_execute(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        info = conn.connection.info
        if info.get(_LAZY) and not _only_reads(statement, context):
            del info[_LAZY]
            conn.connection.dbapi_connection.autocommit = False

    @event.listens_for(engine.sync_engine, "checkin")
    def checkin(dbapi_connection: Any, record: Any) -> None:
        if record.info.pop(_LAZY, False) and dbapi_connection is not None:
            dbapi_connection.autocommit = False


def read_before_writing(session: AsyncSession) -> None:
    """Let the session read without BEGIN and COMMIT until it first writes (see above)."""
    session.sync_session.info[_LAZY] = True


async def reads_committed_only(session: AsyncSession) -> bool:
    """Whether the session has only read outside a transaction so far (committed data only)."""
    connection = await session.connection()
    return bool(connection.sync_connection.connection.info.get(_LAZY))  # type: ignore[union-attr]


@event.listens_for(Session, "after_begin")
def _reads_without_transaction(session: Session, transaction: Any, connection: Any) -> None:
    if not session.info.get(_LAZY):
        return
    pooled = connection.connection
    adapted = pooled.dbapi_connection
    # Only a connection of its own that is not inside a transaction yet (a test's outer
    # transaction or a connection in AUTOCOMMIT for other reasons stays as it is).
    if adapted is None or adapted.autocommit or getattr(adapted, "_transaction", None):
        return
    adapted.autocommit = True
    pooled.info[_LAZY] = True
    session.info[_LAZY_CONNECTION] = pooled


# The session's info key: the pooled connection that began reading outside a transaction.
_LAZY_CONNECTION = "kring.lazy_connection"


def _has_only_read(session: AsyncSession) -> bool:
    """Whether the session only read, outside a transaction, and holds no change to flush:
    then it has nothing to commit, and skipping the commit saves SQLAlchemy's bookkeeping."""
    sync = session.sync_session
    pooled = sync.info.get(_LAZY_CONNECTION)
    if pooled is None or not pooled.info.get(_LAZY):
        return False
    return not (sync.new or sync.deleted or sync.dirty)


def create_sessionmaker(bind: Any) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(bind=bind, expire_on_commit=False, autoflush=False)


@asynccontextmanager
async def unit_of_work(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncSession]:
    """One session and transaction: commit when the block succeeds, roll back when it raises.

    After the commit, outbox rows written in the transaction are handed to the queue
    (see kit.outbox); after a rollback they were never stored and nothing is enqueued. A
    `KringError` with `keep_changes` commits first and is then raised, so a refusal can be
    recorded (a failed log-in's audit row) and still answered as an error.
    """
    from kring.kit import outbox  # local imports: both build on this module
    from kring.kit.errors import KringError

    async with sessionmaker() as session:
        try:
            yield session
            if not _has_only_read(session):
                await session.commit()
        except KringError as refusal:
            if not refusal.keep_changes:
                await session.rollback()
                outbox.forget_pending(session)
                raise
            await session.commit()
            await outbox.enqueue_pending(session)
            raise
        except BaseException:
            await session.rollback()
            outbox.forget_pending(session)
            raise
    await outbox.enqueue_pending(session)


async def get_db_session(request: Request) -> AsyncIterator[AsyncSession]:
    """The request's session; committed before the response is sent (see `DbSession`)."""
    async with unit_of_work(request.app.state.sessionmaker) as session:
        read_before_writing(session)
        yield session


# scope="function": the commit runs before the response goes out, so a failed commit is an
# error response rather than a 200 for data that was never stored.
DbSession = Annotated[AsyncSession, Depends(get_db_session, scope="function")]
