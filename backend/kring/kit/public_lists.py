"""Stable public lists (categories, function codes, later skills): answered from memory with an
ETag, and dropped the moment staff commit a change.

Every portal page asks for these lists, and they change a few times a year. Each API process
keeps the serialized answer per list and language; PostgreSQL announces every committed change
of a list's table (`NOTIFY kring_public_lists`, from a trigger: see the migration
`public_list_notifications`) to a connection each process keeps listening, which drops that
list. While that connection is down nothing is kept (every request reads the database), so a
missed announcement can never leave an old list in place. Lists that never change at run time
(the function codes) are kept for the life of the process.

Browsers get `ETag` and `Cache-Control: no-cache`: they ask again each time and get a bodyless
304 while the list is unchanged.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

import asyncpg
import structlog
from fastapi import Depends, Request
from pydantic import TypeAdapter
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from kring.kit import i18n
from kring.kit.db import reads_committed_only

log = structlog.get_logger(__name__)

CHANNEL = "kring_public_lists"
RECONNECT_SECONDS = 1.0
CACHE_CONTROL = "public, no-cache"
NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Not modified: the list is the one your ETag names."}
}


@dataclass(frozen=True)
class _Answer:
    etag: str
    body: bytes


def _etag(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def _fresh(request: Request, etag: str) -> bool:
    wanted = request.headers.get("if-none-match", "")
    return any(tag.strip().removeprefix("W/") == etag for tag in wanted.split(","))


class PublicLists:
    """The process's cache of public lists, live while its listening connection is."""

    def __init__(self) -> None:
        self._answers: dict[tuple[str, str], _Answer] = {}
        # Bumped by every announced change: a list read before it is not kept after it.
        self._generations: dict[str, int] = {}
        self._listening = False
        self._task: asyncio.Task[None] | None = None

    @property
    def listening(self) -> bool:
        return self._listening

    def changed(self, name: str) -> None:
        """Drop a list (every language): its table changed in a committed transaction."""
        self._generations[name] = self._generations.get(name, 0) + 1
        for key in [key for key in self._answers if key[0] == name]:
            del self._answers[key]

    def _forget_everything(self) -> None:
        for name in {key[0] for key in self._answers} | set(self._generations):
            self.changed(name)

    async def answer(
        self,
        request: Request,
        name: str,
        read: Callable[[], Awaitable[Any]],
        adapter: TypeAdapter[Any],
        *,
        db: AsyncSession | None,
    ) -> Response:
        """The list `read()` gives, serialized by `adapter`, as a cacheable JSON response.

        `db` is the session `read` uses; None for a list that never changes while the process
        runs (kept without listening).
        """
        key = (name, i18n.current_language())
        found = self._answers.get(key)
        if found is None:
            generation = self._generations.get(name, 0)
            body = adapter.dump_json(await read())
            found = _Answer(_etag(body), body)
            if db is None or (
                self._listening
                and generation == self._generations.get(name, 0)
                # Never a list read inside a transaction: it may hold what is not committed.
                and await reads_committed_only(db)
            ):
                self._answers[key] = found
        headers = {"ETag": found.etag, "Cache-Control": CACHE_CONTROL}
        if _fresh(request, found.etag):
            return Response(status_code=304, headers=headers)
        return Response(found.body, media_type="application/json", headers=headers)

    async def start(self, database_url: str) -> None:
        """Listen for changes in the background (reconnecting); returns once first tried."""
        first = asyncio.Event()
        self._task = asyncio.create_task(self._listen(database_url, first))
        await first.wait()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self._listening = False

    async def _listen(self, database_url: str, first: asyncio.Event) -> None:
        while True:
            connection = None
            try:
                connection = await asyncpg.connect(database_url, timeout=5)
                lost = asyncio.Event()
                connection.add_termination_listener(lambda _connection, lost=lost: lost.set())
                await connection.add_listener(
                    CHANNEL, lambda _connection, _pid, _channel, name: self.changed(name)
                )
                # Anything announced while nobody listened is unknown: start from nothing.
                self._forget_everything()
                self._listening = True
                first.set()
                await lost.wait()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database is away: no cache until it is back
                log.warning("public_lists.not_listening", error=f"{type(exc).__name__}: {exc}")
            finally:
                self._listening = False
                self._forget_everything()
                first.set()
                if connection is not None and not connection.is_closed():
                    with contextlib.suppress(Exception):
                        await connection.close(timeout=1)
            await asyncio.sleep(RECONNECT_SECONDS)


async def public_lists_of(request: Request) -> PublicLists:
    """The process's public lists (made in `create_app`, listening from its start-up)."""
    lists: PublicLists = request.app.state.public_lists
    return lists


PublicListsDep = Annotated[PublicLists, Depends(public_lists_of)]
