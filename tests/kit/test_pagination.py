"""Keyset pages and the repository base: every row once, in order, across ties and mixed
directions; a cursor from elsewhere is refused; nothing outside `readable` is ever found."""

from __future__ import annotations

import base64
import json
import uuid

import pytest
from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.errors import InvalidInput, NotFound
from kring.kit.pagination import Keyset, PageRequest, SortKey, encode_cursor
from kring.kit.repository import Repository
from kring.models.provider import Category

PREFIX = "pg-test-"
BY_POSITION = Keyset(
    "test-categories",
    (
        SortKey(Category.position, descending=True, kind=int),
        SortKey(Category.slug, kind=str),
        SortKey(Category.id),
    ),
)


class CategoryRepository(Repository[Category, str]):
    """A stand-in scope: the principal is a slug prefix and sees only its categories."""

    model = Category

    def readable(self, principal: str) -> Select[Category]:
        return select(Category).where(Category.slug.startswith(principal, autoescape=True))


async def _categories(session: AsyncSession, count: int) -> list[Category]:
    rows = [
        Category(
            slug=f"{PREFIX}{n:03d}",
            name_nl=f"C{n}",
            name_fr=f"C{n}",
            name_en=f"C{n}",
            position=n % 4,  # many ties on the first key
        )
        for n in range(count)
    ]
    session.add_all(rows)
    await session.flush()
    return rows


async def _walk(repository: CategoryRepository, limit: int) -> list[str]:
    seen: list[str] = []
    cursor: str | None = None
    for _ in range(100):
        statement = repository.readable(PREFIX)
        page = await repository.page(statement, BY_POSITION, PageRequest(cursor, limit))
        assert len(page.items) <= limit
        seen += [row.slug for row in page.items]
        if page.next_cursor is None:
            return seen
        cursor = page.next_cursor
    raise AssertionError("the pages never ended")


@pytest.mark.parametrize("limit", [1, 4, 7, 25, 100])
async def test_pages_give_every_row_once_in_order(session: AsyncSession, limit: int) -> None:
    await _categories(session, 25)
    repository = CategoryRepository(session)
    expected = (
        await session.scalars(
            select(Category.slug)
            .where(Category.slug.startswith(PREFIX))
            .order_by(Category.position.desc(), Category.slug, Category.id)
        )
    ).all()
    assert await _walk(repository, limit) == list(expected)


async def test_core_rows_page_into_response_models(session: AsyncSession) -> None:
    await _categories(session, 5)
    repository = CategoryRepository(session)
    statement = select(Category.position, Category.slug, Category.id).where(
        Category.slug.startswith(PREFIX)
    )
    first = await repository.page(
        statement, BY_POSITION, PageRequest(None, 3), item=lambda row: row.slug
    )
    rest = await repository.page(
        statement, BY_POSITION, PageRequest(first.next_cursor, 3), item=lambda row: row.slug
    )
    assert first.items == [f"{PREFIX}003", f"{PREFIX}002", f"{PREFIX}001"]
    assert rest.items == [f"{PREFIX}000", f"{PREFIX}004"]
    assert rest.next_cursor is None


def _forged(name: str, values: list[object]) -> str:
    raw = json.dumps([name, values]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        "not a cursor",
        "%%%",
        _forged("another-list", [1, "a", str(uuid.uuid4())]),
        _forged("test-categories", [1, "a"]),
        _forged("test-categories", ["one", "a", str(uuid.uuid4())]),
        _forged("test-categories", [True, "a", str(uuid.uuid4())]),
        _forged("test-categories", [2**63, "a", str(uuid.uuid4())]),
        _forged("test-categories", [1, "a\x00", str(uuid.uuid4())]),
        _forged("test-categories", [1, "a", "not-a-uuid"]),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
    ],
)
async def test_a_foreign_or_broken_cursor_is_a_422_naming_cursor(
    session: AsyncSession, cursor: str
) -> None:
    repository = CategoryRepository(session)
    with pytest.raises(InvalidInput) as refused:
        await repository.page(repository.readable(PREFIX), BY_POSITION, PageRequest(cursor, 5))
    assert [error.field for error in refused.value.errors] == ["cursor"]
    assert [error.location for error in refused.value.errors] == ["query"]


async def test_a_cursor_round_trips_its_values(session: AsyncSession) -> None:
    rows = await _categories(session, 3)
    cursor = encode_cursor(BY_POSITION, [2, rows[2].slug, rows[2].id])
    repository = CategoryRepository(session)
    page = await repository.page(repository.readable(PREFIX), BY_POSITION, PageRequest(cursor, 10))
    assert [row.slug for row in page.items] == [f"{PREFIX}001", f"{PREFIX}000"]


async def test_get_find_and_exists_start_from_readable(session: AsyncSession) -> None:
    rows = await _categories(session, 2)
    repository = CategoryRepository(session)
    assert (await repository.get(PREFIX, rows[0].id)).slug == f"{PREFIX}000"
    assert await repository.exists(PREFIX, rows[1].id)
    # Another principal's scope: the row does not exist for them.
    assert await repository.find("other-", rows[0].id) is None
    assert not await repository.exists("other-", rows[0].id)
    with pytest.raises(NotFound):
        await repository.get("other-", rows[0].id)
    with pytest.raises(NotFound):
        await repository.get(PREFIX, uuid.uuid4())


async def test_for_update_reads_the_row_as_it_is_now(session: AsyncSession) -> None:
    rows = await _categories(session, 1)
    repository = CategoryRepository(session)
    await session.execute(
        Category.__table__.update().where(Category.id == rows[0].id).values(name_en="Changed")
    )
    locked = await repository.get(PREFIX, rows[0].id, for_update=True)
    assert locked.name_en == "Changed"
