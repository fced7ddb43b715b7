"""`Repository.page_of_shape`: a hot list's statement is built once per shape and list, with the
request's values, the cursor and the limit bound on each run; pages are the same as `page`'s."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Select, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit import rows as kit_rows
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.kit.text import fold
from kring.models.place import Place

BY_POPULATION = Keyset(
    "test-places",
    (
        SortKey(Place.population.expression, descending=True, kind=int),
        SortKey(Place.id.expression, kind=int),
    ),
)


class Places(Repository[Place, str]):
    model = Place

    def readable(self, principal: str) -> Select[Any]:
        return select(Place).where(Place.country == principal)

    def _in_country(self, country: Any) -> Select[Any]:
        return select(Place).where(Place.country == country)

    async def shaped(self, country: str, prefix: str | None, page: PageRequest) -> Page[Any]:
        def build() -> Select[Any]:
            statement = self._in_country(bindparam("country")).with_only_columns(
                Place.id, Place.name, Place.population
            )
            if prefix:
                statement = statement.where(Place.search_name.like(bindparam("prefix")))
            return statement

        values = {"country": country, **({"prefix": prefix + "%"} if prefix else {})}
        return await self.page_of_shape(
            bool(prefix), build, values, BY_POPULATION, page, item=tuple
        )

    async def per_request(self, country: str, page: PageRequest) -> Page[Any]:
        def build() -> Select[Any]:
            return self.readable(country).with_only_columns(Place.id, Place.name, Place.population)

        return await self.page_of_shape(None, build, {}, BY_POPULATION, page, item=tuple)

    async def plain(self, country: str, page: PageRequest) -> Page[Any]:
        statement = self.readable(country).with_only_columns(Place.id, Place.name, Place.population)
        return await self.page(statement, BY_POPULATION, page, item=tuple)


async def _all_pages(read: Any, limit: int = 7, pages: int = 4) -> list[Any]:
    items: list[Any] = []
    cursor = None
    for _ in range(pages):
        found = await read(PageRequest(cursor, limit))
        items += found.items
        cursor = found.next_cursor
        if cursor is None:
            break
    return items


async def test_shaped_pages_are_the_plain_pages(session: AsyncSession) -> None:
    places = Places(session)
    for country in ("NL", "BE"):
        plain = await _all_pages(lambda page, c=country: places.plain(c, page))
        shaped = await _all_pages(lambda page, c=country: places.shaped(c, None, page))
        per_request = await _all_pages(lambda page, c=country: places.per_request(c, page))
        assert len(plain) == 28
        assert shaped == plain
        assert per_request == plain


async def test_each_request_binds_its_own_values(session: AsyncSession) -> None:
    places = Places(session)
    dutch = (await places.shaped("NL", "a", PageRequest(None, 50))).items
    belgian = (await places.shaped("BE", "a", PageRequest(None, 50))).items
    assert dutch
    assert belgian
    assert {row[0] for row in dutch}.isdisjoint({row[0] for row in belgian})
    assert all(fold(row[1]).startswith("a") for row in dutch + belgian)


async def test_a_shape_is_built_once_per_list_and_page_kind(
    session: AsyncSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kit_rows, "_built", {})
    places = Places(session)
    first = await places.shaped("NL", None, PageRequest(None, 3))
    await places.shaped("BE", None, PageRequest(None, 3))
    await places.shaped("NL", None, PageRequest(first.next_cursor, 3))
    await places.shaped("NL", "b", PageRequest(None, 3))
    await places.shaped("BE", "c", PageRequest(None, 3))
    await places.per_request("NL", PageRequest(None, 3))
    built = [shape for _wrapper, shape in kit_rows._built]
    # First pages and later pages without a prefix, first pages with one; none per request.
    assert sorted((shape, after) for _code, shape, after in built) == [
        (False, False),
        (False, True),
        (True, False),
    ]
    assert len({code for code, _shape, _after in built}) == 1
