"""Stable public lists: an ETag and a 304, kept in memory only while PostgreSQL's announcements
are heard, and dropped as soon as a change is committed (through the trigger, whoever wrote)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit import db
from kring.kit.public_lists import PublicLists


def _lists(app: FastAPI) -> PublicLists:
    lists = app.state.public_lists
    assert isinstance(lists, PublicLists)
    return lists


@pytest.fixture
async def listening(
    app: FastAPI, settings: Settings, committed: async_sessionmaker[AsyncSession]
) -> AsyncIterator[PublicLists]:
    kept = app.state.public_lists
    lists = PublicLists()
    await lists.start(db.plain_postgres_url(settings.resolved_database_url()))
    assert lists.listening
    app.state.public_lists = lists
    yield lists
    await lists.stop()
    app.state.public_lists = kept


async def _rename_other(committed: async_sessionmaker[AsyncSession], name: str) -> None:
    async with db.unit_of_work(committed) as session:
        await session.execute(
            text("UPDATE category SET name_en = :name WHERE slug = 'overige'"), {"name": name}
        )


async def _eventually(check: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "never happened"
        await asyncio.sleep(0.02)


async def test_an_unchanged_list_is_a_bodyless_304(client: AsyncClient) -> None:
    first = await client.get("/api/v1/categories", headers={"Accept-Language": "en"})
    assert first.status_code == 200
    assert first.headers["cache-control"] == "public, no-cache"
    etag = first.headers["etag"]
    again = await client.get(
        "/api/v1/categories", headers={"Accept-Language": "en", "If-None-Match": etag}
    )
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    other = await client.get(
        "/api/v1/categories", headers={"Accept-Language": "en", "If-None-Match": '"other"'}
    )
    assert other.status_code == 200
    assert other.json() == first.json()


async def test_each_language_has_its_own_list_and_tag(client: AsyncClient) -> None:
    dutch = await client.get("/api/v1/function-codes", headers={"Accept-Language": "nl"})
    english = await client.get("/api/v1/function-codes", headers={"Accept-Language": "en"})
    assert dutch.json() != english.json()
    assert dutch.headers["etag"] != english.headers["etag"]
    assert "Accept-Language" in english.headers["vary"]


async def test_a_list_read_inside_a_transaction_is_not_kept(
    listening: PublicLists, committed: async_sessionmaker[AsyncSession]
) -> None:
    from fastapi import Request
    from pydantic import TypeAdapter

    request = Request({"type": "http", "method": "GET", "path": "/", "headers": []})
    async with committed() as session:
        await session.execute(text("UPDATE category SET name_nl = 'Weg' WHERE slug = 'overige'"))

        async def uncommitted() -> list[str]:
            return list(await session.scalars(text("SELECT name_nl FROM category")))

        await listening.answer(request, "own", uncommitted, TypeAdapter(list[str]), db=session)
        await session.rollback()
    assert ("own", "nl") not in listening._answers


async def test_nothing_is_kept_while_nobody_listens(app: FastAPI, client: AsyncClient) -> None:
    listening = _lists(app)
    app.state.public_lists = lists = PublicLists()  # never started
    await client.get("/api/v1/categories")
    assert ("categories", "nl") not in lists._answers
    # A list that cannot change while the process runs is kept all the same.
    await client.get("/api/v1/function-codes")
    assert ("function_codes", "nl") in lists._answers
    app.state.public_lists = listening


async def test_a_committed_change_drops_the_kept_list(
    listening: PublicLists,
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
) -> None:
    english = {"Accept-Language": "en"}
    before = await committed_client.get("/api/v1/categories", headers=english)
    assert ("categories", "en") in listening._answers
    original = next(c["name"] for c in before.json() if c["slug"] == "overige")
    try:
        await _rename_other(committed, "Something else")
        await _eventually(lambda: ("categories", "en") not in listening._answers)
        after = await committed_client.get(
            "/api/v1/categories", headers={**english, "If-None-Match": before.headers["etag"]}
        )
        assert after.status_code == 200
        assert after.headers["etag"] != before.headers["etag"]
        assert {c["name"] for c in after.json() if c["slug"] == "overige"} == {"Something else"}
    finally:
        await _rename_other(committed, original)


async def test_a_change_rolled_back_drops_nothing(
    listening: PublicLists,
    committed_client: AsyncClient,
    committed: async_sessionmaker[AsyncSession],
) -> None:
    await committed_client.get("/api/v1/categories")
    async with committed() as session:
        await session.execute(text("UPDATE category SET name_nl = 'Weg' WHERE slug = 'overige'"))
        await session.rollback()
    await asyncio.sleep(0.2)
    assert ("categories", "nl") in listening._answers


async def test_a_list_read_before_a_change_is_not_kept_after_it(
    listening: PublicLists, committed: async_sessionmaker[AsyncSession]
) -> None:
    """A slow reader that read the old list must not store it once the change is announced."""
    from fastapi import Request
    from pydantic import TypeAdapter

    request = Request({"type": "http", "method": "GET", "path": "/", "headers": []})

    async def slow_read() -> list[str]:
        return ["old"]

    await listening.answer(request, "slow", slow_read, TypeAdapter(list[str]), db=None)
    assert ("slow", "nl") in listening._answers  # a constant list is kept...
    listening.changed("slow")
    async with committed() as session:

        async def slow_database_read() -> list[str]:
            await session.execute(text("SELECT 1 FROM category LIMIT 1"))
            listening.changed("slow")
            return ["old"]

        db.read_before_writing(session)
        await listening.answer(
            request, "slow", slow_database_read, TypeAdapter(list[str]), db=session
        )
    assert ("slow", "nl") not in listening._answers  # ...one announced as changed is not


async def test_losing_the_listening_connection_forgets_everything(
    listening: PublicLists, committed_client: AsyncClient
) -> None:
    await committed_client.get("/api/v1/categories")
    assert ("categories", "nl") in listening._answers
    await listening.stop()
    assert not listening.listening
    assert ("categories", "nl") not in listening._answers
