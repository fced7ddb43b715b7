"""The base of every domain's repository: one `readable(principal)` statement that every read
starts from, so an object outside the principal's reach simply does not exist (404)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import Select, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.errors import NotFound
from kring.kit.pagination import (
    Keyset,
    Page,
    PageRequest,
    cut,
    keyset_page,
    keyset_shape,
    keyset_values,
)
from kring.kit.rows import built_once, rows

M = TypeVar("M")
P = TypeVar("P")
T = TypeVar("T")


class Repository(Generic[M, P]):
    """Reads of one model for principals of type `P`.

    A subclass sets `model` and implements `readable`; `get`, `find`, `exists` and `page` all
    start from it. Locks are taken only when asked (`for_update=True`): a change follows.
    """

    model: ClassVar[type[Any]]

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def readable(self, principal: P) -> Select[M]:
        """Every row of `model` the principal may see."""
        raise NotImplementedError

    def _by_id(self, principal: P, id: uuid.UUID) -> Select[M]:
        return self.readable(principal).where(self.model.id == id)

    async def find(self, principal: P, id: uuid.UUID, *, for_update: bool = False) -> M | None:
        statement = self._by_id(principal, id)
        if for_update:
            # The row as it is once the lock is ours, even if the session read it before.
            statement = statement.with_for_update(of=self.model).execution_options(
                populate_existing=True
            )
        found: M | None = (await self.session.execute(statement)).scalars().one_or_none()
        return found

    async def get(self, principal: P, id: uuid.UUID, *, for_update: bool = False) -> M:
        """The object, or 404 when it does not exist or is outside the principal's reach."""
        found = await self.find(principal, id, for_update=for_update)
        if found is None:
            raise NotFound()
        return found

    async def exists(self, principal: P, id: uuid.UUID) -> bool:
        statement = select(exists(self._by_id(principal, id).with_only_columns(self.model.id)))
        return bool(await self.session.scalar(statement))

    async def page(
        self,
        statement: Select[Any],
        keyset: Keyset,
        page: PageRequest,
        *,
        item: Any = None,
    ) -> Page[Any]:
        """One page of `statement` (built from `readable`) in the keyset's order.

        Rows are read as Core rows when the statement selects columns; `item(row)` makes each
        row its response model, and the keyset's columns must be among the selected ones.
        """
        found: Sequence[Any] = await rows(self.session, keyset_page(statement, keyset, page))
        names = [str(key.column.key) for key in keyset.keys]

        def key_of(row: Any) -> list[Any]:
            mapping = row._mapping
            if len(mapping) == 1 and isinstance(row[0], self.model):
                return [getattr(row[0], name) for name in names]
            return [mapping[name] for name in names]

        shown, next_cursor = cut(found, keyset, page, key_of)
        convert = item or (lambda row: row[0])
        return Page(items=[convert(row) for row in shown], next_cursor=next_cursor)

    async def page_of_shape(
        self,
        shape: Hashable | None,
        build: Callable[[], Select[Any]],
        values: Mapping[str, Any],
        keyset: Keyset,
        page: PageRequest,
        *,
        item: Callable[[Any], T],
    ) -> Page[T]:
        """`page` for a hot list: `build()` makes the statement (from `readable`, with the
        request's values as named `bindparam`s) once per `shape`; `values` binds them.

        Building a statement of many columns and computing its cache key cost more than the
        rest of a list request; here each shape is built and compiled once per process. Whatever
        `build` reads besides its bound parameters (a filter given or not, the kind of principal)
        must be part of `shape`; a `shape` of None (a `readable` that holds values of the
        principal) builds it on every request.
        """
        after = bool(page.cursor)  # as `keyset_page`: an empty cursor is the first page
        bound = {**values, **keyset_values(keyset, page)}
        if shape is None:
            statement = keyset_shape(build(), keyset, after_cursor=after).params(bound)
            found = await rows(self.session, statement)
        else:
            # By where `build` is written: two lists never share a statement.
            prepared = built_once(
                (build.__code__, shape, after),
                lambda: keyset_shape(build(), keyset, after_cursor=after),
            )
            found = await prepared.rows(self.session, **bound)
        names = [str(key.column.key) for key in keyset.keys]
        shown, next_cursor = cut(
            found, keyset, page, lambda row: [getattr(row, name) for name in names]
        )
        return Page(items=[item(row) for row in shown], next_cursor=next_cursor)
