"""Core rows straight from the driver, for the hot reads.

A Core select run through the session costs about half a millisecond of Python before and after
its round trip (execution context, result wrapping, row objects). The hot list and lookup
endpoints read columns into response models and need none of that: here the statement is
compiled once per shape (SQLAlchemy's own cache key, so bound values still come from the
statement), sent on the session's own connection (its transaction, or none yet: see
`kit.db.read_before_writing`) and its rows come back as light tuples with named fields.

Anything this path cannot run exactly as the session would (ORM entities, row locks,
parameters expanded at execution such as `IN` lists) goes through the session unchanged.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import asyncpg
from sqlalchemy import Select, any_, bindparam
from sqlalchemy import exc as sa_exc
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import InstrumentedAttribute, make_transient_to_detached
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.util import LRUCache

M = TypeVar("M")

# Statement shapes kept compiled; a shape is a statement with its bound values left out.
_SHAPES = 500


@dataclass
class _Shape:
    compiled: SQLCompiler
    sql: str
    bind_processors: tuple[tuple[str, Any], ...]
    row: Any
    # Known after the first run: some types' processing depends on the type the server sends.
    result_processors: tuple[Callable[[Any], Any] | None, ...] | None = None


_compiled_cache: LRUCache[Any, Any] = LRUCache(_SHAPES)
_shapes: LRUCache[int, Any] = LRUCache(_SHAPES)
_UNSEEN = object()


def _runs_on_driver(statement: Select[*tuple[Any, ...]]) -> bool:
    if statement._for_update_arg is not None:  # locks belong to the session's transaction
        return False
    # Columns only: a selected entity (a mapped class) would need the ORM to load it.
    return all(isinstance(column, ColumnElement) for column in statement._raw_columns)


def _shape_of(compiled: SQLCompiler, dialect: Dialect) -> _Shape | None:
    if compiled._post_compile_expanded_state is not None or "POSTCOMPILE" in compiled.string:
        return None
    if compiled.literal_execute_params or compiled.post_compile_params:
        return None
    names = [column[0] for column in compiled._result_columns]
    processors = compiled._bind_processors
    return _Shape(
        compiled=compiled,
        sql=compiled.string,
        bind_processors=tuple((name, processors.get(name)) for name in compiled.positiontup or ()),
        row=_row_class(names),
    )


def _row_class(names: list[str]) -> Any:
    fields = namedtuple("Row", names, rename=True)  # type: ignore[misc]

    class Row(fields):
        """A row as SQLAlchemy's `Row` reads: by position, by name, and as `_mapping`."""

        __slots__ = ()

        @property
        def _mapping(self) -> dict[str, Any]:
            return dict(self._asdict())

    return Row


@dataclass(frozen=True)
class _Driver:
    """The session's connection as the driver has it, and the session's side of it."""

    connection: Any  # asyncpg's
    session_connection: AsyncConnection
    dialect: Dialect


async def _driver_of(session: AsyncSession) -> _Driver:
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    return _Driver(raw.driver_connection, connection, connection.dialect)


async def rows(session: AsyncSession, statement: Select[*tuple[Any, ...]]) -> Sequence[Any]:
    """The rows of a column select, with fields by the columns' names (as `Row` has them)."""
    if not _runs_on_driver(statement):
        return list((await session.execute(statement)).all())
    driver = await _driver_of(session)
    dialect = driver.dialect
    compiled, extracted, collected, _hit = statement._compile_w_cache(
        dialect,
        compiled_cache=_compiled_cache,
        column_keys=[],
        for_executemany=False,
        schema_translate_map=None,
    )
    shape = _shapes.get(id(compiled), _UNSEEN)
    if shape is _UNSEEN:
        shape = _shape_of(compiled, dialect) if isinstance(compiled, SQLCompiler) else None
        _shapes[id(compiled)] = shape
    if not isinstance(shape, _Shape) or shape.compiled is not compiled or collected is not None:
        return list((await session.execute(statement)).all())
    values = shape.compiled.construct_params(extracted_parameters=extracted, escape_names=False)
    return await _fetch(driver, shape, values)


def one_of(
    column: ColumnElement[Any] | InstrumentedAttribute[Any], values: Iterable[Any]
) -> ColumnElement[bool]:
    """`column IN (values)` as `column = ANY(array)`: one statement for any number of values,
    which runs on the driver (an IN list is expanded when it runs, through the session)."""
    return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))


def one_of_bound(
    column: ColumnElement[Any] | InstrumentedAttribute[Any], name: str
) -> ColumnElement[bool]:
    """`one_of` for a statement built once: the values are bound as `name` when it runs."""
    return column == any_(bindparam(name, type_=ARRAY(column.type)))


class Prepared:
    """A constant statement of the hot path, compiled once; its values are bound by name."""

    def __init__(self, statement: Select[*tuple[Any, ...]]) -> None:
        if not _runs_on_driver(statement):
            raise ValueError("only a select of columns without row locks can be prepared")
        self.statement = statement
        self._shape: _Shape | None = None

    def _shape_for(self, dialect: Dialect) -> _Shape:
        if self._shape is None:
            compiled = self.statement.compile(dialect=dialect)
            assert isinstance(compiled, SQLCompiler)
            shape = _shape_of(compiled, dialect)
            if shape is None:
                raise ValueError("this statement expands its parameters when it runs")
            self._shape = shape
        return self._shape

    async def rows(self, session: AsyncSession, **values: Any) -> Sequence[Any]:
        driver = await _driver_of(session)
        shape = self._shape_for(driver.dialect)
        return await _fetch(driver, shape, shape.compiled.construct_params(values))


def built_once(shape: Hashable, build: Callable[[], Select[*tuple[Any, ...]]]) -> Prepared:
    """The statement `build()` makes, built and compiled once per `shape` and per place `build`
    is written; its values are bound by name (`bindparam`) when it runs. Whatever else `build`
    reads (a filter given or not, the language) must be part of `shape`."""
    key = (build.__code__, shape)
    prepared = _built.get(key)
    if prepared is None:
        prepared = _built[key] = Prepared(build())
    return prepared


_built: dict[Hashable, Prepared] = {}


async def _fetch(driver: _Driver, shape: _Shape, values: Mapping[str, Any]) -> list[Any]:
    arguments = [
        process(values[name]) if process else values[name]
        for name, process in shape.bind_processors
    ]
    try:
        if shape.result_processors is None:
            shape.result_processors = await _result_processors(
                driver.connection, driver.dialect, shape
            )
        records = await driver.connection.fetch(shape.sql, *arguments)
    except asyncpg.PostgresError as error:
        # Answered as the session's own errors are (kit.faults: 503 when the server is gone).
        raise sa_exc.DBAPIError(
            shape.sql, arguments, error, connection_invalidated=driver.connection.is_closed()
        ) from error
    except (asyncpg.InterfaceError, asyncpg.InternalClientError, OSError) as error:
        # The connection itself broke (the server went away mid-statement, or the driver's
        # protocol is out of step since): the pool must not hand it out again, which it would,
        # since SQLAlchemy did not see this statement fail. Answered as unreachable (503).
        await driver.session_connection.invalidate(error)
        raise sa_exc.DBAPIError(shape.sql, arguments, error, connection_invalidated=True) from error
    make, processors = shape.row._make, shape.result_processors
    if not any(processors):
        return [make(record) for record in records]
    return [
        make(
            process(value) if process else value
            for process, value in zip(processors, record, strict=True)
        )
        for record in records
    ]


async def _result_processors(
    driver: Any, dialect: Dialect, shape: _Shape
) -> tuple[Callable[[Any], Any] | None, ...]:
    # As SQLAlchemy does with the cursor's description: each column's type and the server's.
    sent = [attribute.type.oid for attribute in (await driver.prepare(shape.sql)).get_attributes()]
    return tuple(
        column[3]._cached_result_processor(dialect, oid)
        for column, oid in zip(shape.compiled._result_columns, sent, strict=True)
    )


def attached(session: AsyncSession, model: type[M], values: Iterable[Any]) -> M:
    """An instance of `model` from the values of its `loaded_columns` in order, as if the session
    had loaded it: later changes to it are flushed, and `session.get` finds it."""
    instance: M = sa_inspect(model).class_manager.new_instance()
    state = sa_inspect(instance)
    state.dict.update(zip(_loaded(model)[1], values, strict=True))
    make_transient_to_detached(instance)  # deferred columns stay unloaded, as the ORM leaves them
    found = session.sync_session.identity_map.get(state.key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    session.add(instance)
    return instance


def loaded_columns(model: type[Any]) -> tuple[Any, ...]:
    """The columns the ORM loads for `model` (all but the deferred ones), in the table's order."""
    return _loaded(model)[0]


_loaded_of: dict[type[Any], tuple[tuple[Any, ...], tuple[str, ...]]] = {}


def _loaded(model: type[Any]) -> tuple[tuple[Any, ...], tuple[str, ...]]:
    found = _loaded_of.get(model)
    if found is None:
        mapper = sa_inspect(model)
        pairs = [
            (column, prop.key)
            for column in model.__table__.c
            if not (prop := mapper.get_property_by_column(column)).deferred
        ]
        found = tuple(c for c, _ in pairs), tuple(k for _, k in pairs)
        _loaded_of[model] = found
    return found
