"""One pagination vocabulary: a keyset cursor and a limit in, a page of items and the next
cursor out. A cursor names the list it belongs to and the last row's sort key, so a page
never shifts when rows are added before it, and no page needs OFFSET."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, ConfigDict
from sqlalchemy import ColumnElement, Select, and_, bindparam, or_

from kring.kit.errors import InvalidInput
from kring.kit.i18n import N_
from kring.kit.types import PlainText

T = TypeVar("T")
S = TypeVar("S", bound=Select[Any])

MAX_LIMIT = 100
Cursor = Annotated[
    PlainText | None,
    Query(
        max_length=500,
        description="Where the page starts: the `next_cursor` of the page before. "
        "Leave it out for the first page.",
    ),
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many items.")]


@dataclass(frozen=True)
class PageRequest:
    cursor: str | None
    limit: int


async def page_request(cursor: Cursor = None, limit: Limit = 20) -> PageRequest:
    return PageRequest(cursor=cursor, limit=limit)


PageQuery = Annotated[PageRequest, Depends(page_request)]


class Page(BaseModel, Generic[T]):
    """A page of a list; `next_cursor` is null on the last page."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"items": [], "next_cursor": None}]})

    items: list[T]
    next_cursor: str | None


@dataclass(frozen=True)
class SortKey:
    """One column of a keyset: the expression, its direction and its value type."""

    column: ColumnElement[Any]
    descending: bool = False
    kind: type = uuid.UUID


@dataclass(frozen=True)
class Keyset:
    """A list's order as a keyset: its columns end with a unique one (usually the id)."""

    name: str
    keys: tuple[SortKey, ...]

    def order_by(self) -> list[ColumnElement[Any]]:
        return [key.column.desc() if key.descending else key.column.asc() for key in self.keys]


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    return value


def _decode(kind: type, value: Any) -> Any:
    if kind is datetime:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError("naive moment")
        return parsed
    if kind is date:
        return date.fromisoformat(value)
    if kind is uuid.UUID:
        return uuid.UUID(value)
    if kind is Decimal:
        return Decimal(value)
    if kind is float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ValueError("not a number")
        return float(value)
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) >= 2**63:
            raise ValueError("not an integer")
        return value
    if kind is str:
        if not isinstance(value, str) or "\x00" in value:
            raise ValueError("not text")
        return value
    raise ValueError(f"unknown kind {kind}")


def encode_cursor(keyset: Keyset, values: Sequence[Any]) -> str:
    payload = json.dumps([keyset.name, [_encode(v) for v in values]], separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(keyset: Keyset, cursor: str) -> list[Any]:
    """The sort key a cursor carries; 422 naming `cursor` if it is not one of this list's."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, values = json.loads(raw)
        if name != keyset.name or len(values) != len(keyset.keys):
            raise ValueError("another list's cursor")
        return [_decode(key.kind, value) for key, value in zip(keyset.keys, values, strict=True)]
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as error:
        raise InvalidInput.on(
            "cursor",
            N_("This page link is not valid (any more). Start again from the first page."),
            "query",
        ) from error


def keyset_shape(statement: S, keyset: Keyset, *, after_cursor: bool) -> S:
    """`keyset_page` with the cursor's values and the limit as bound parameters (see
    `keyset_values`): one statement for every page of a list, built once."""
    if after_cursor:
        cursor = [bindparam(f"cursor_{i}", type_=k.column.type) for i, k in enumerate(keyset.keys)]
        statement = statement.where(_after(keyset, cursor))
    return statement.order_by(*keyset.order_by()).limit(bindparam("page_limit"))


def keyset_values(keyset: Keyset, page: PageRequest) -> dict[str, Any]:
    """The values of `keyset_shape`'s parameters for this page."""
    values: dict[str, Any] = {"page_limit": page.limit + 1}
    if page.cursor:
        for index, value in enumerate(decode_cursor(keyset, page.cursor)):
            values[f"cursor_{index}"] = value
    return values


def _after(keyset: Keyset, values: Sequence[Any]) -> ColumnElement[bool]:
    # (a, b, c) after (x, y, z) in mixed directions: a > x, or a = x and (b, c) after (y, z).
    clauses: list[ColumnElement[bool]] = []
    for index, key in enumerate(keyset.keys):
        beyond = key.column < values[index] if key.descending else key.column > values[index]
        equal = [k.column == values[i] for i, k in enumerate(keyset.keys[:index])]
        clauses.append(and_(*equal, beyond) if equal else beyond)
    return or_(*clauses)


def keyset_page(statement: S, keyset: Keyset, page: PageRequest) -> S:
    """The statement ordered by the keyset, from the cursor on, one row beyond the limit."""
    if page.cursor:
        statement = statement.where(_after(keyset, decode_cursor(keyset, page.cursor)))
    return statement.order_by(*keyset.order_by()).limit(page.limit + 1)


def cut(
    rows: Sequence[T], keyset: Keyset, page: PageRequest, key_of: Any
) -> tuple[list[T], str | None]:
    """The page's rows and the next cursor; `key_of(row)` gives a row's sort-key values."""
    if len(rows) <= page.limit:
        return list(rows), None
    shown = list(rows[: page.limit])
    return shown, encode_cursor(keyset, key_of(shown[-1]))
