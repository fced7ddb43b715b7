"""Core rows straight from the driver (`kit.rows`): the same rows as the session gives, in the
session's own transaction (or none yet), with SQLAlchemy's type processing, its errors, and the
session's path for anything the driver cannot run exactly as it would."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from decimal import Decimal
from typing import Any

import asyncpg
import pytest
from sqlalchemy import bindparam, cast, func, literal, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlalchemy.types import Numeric

from kring.kit import db
from kring.kit.rows import (
    Prepared,
    attached,
    built_once,
    loaded_columns,
    one_of,
    one_of_bound,
    rows,
)
from kring.models.place import Place
from kring.models.provider import Category, ProviderProfile
from kring.models.user import User, UserStatus
from tests.accounts.helpers import make_user


def _places(country: str, limit: int = 5) -> Any:
    return (
        select(
            Place.id,
            Place.name,
            Place.population,
            cast(Place.latitude, Numeric(9, 5)).label("latitude"),
            func.count().over().label("total"),
        )
        .where(Place.country == country)
        .order_by(Place.population.desc(), Place.id)
        .limit(limit)
    )


async def _in_transaction(session: AsyncSession) -> bool:
    def check(sync_session: Any) -> bool:
        return sync_session.connection().connection.dbapi_connection._transaction is not None

    return bool(await session.run_sync(check))


async def test_rows_are_the_sessions_rows_by_position_and_by_name(session: AsyncSession) -> None:
    statement = _places("NL")
    expected = (await session.execute(statement)).all()
    found = await rows(session, statement)
    assert len(found) == 5
    assert [tuple(row) for row in found] == [tuple(row) for row in expected]
    assert found[0]._fields == expected[0]._fields
    assert found[0].name == expected[0].name
    assert found[0]._mapping == dict(expected[0]._mapping)
    # Numeric comes back as SQLAlchemy would give it: a Decimal, not the driver's float.
    assert isinstance(found[0].latitude, Decimal)


async def test_each_statement_binds_its_own_values(session: AsyncSession) -> None:
    dutch, belgian = await rows(session, _places("NL", 3)), await rows(session, _places("BE", 2))
    assert len(dutch) == 3
    assert len(belgian) == 2
    assert {row.id for row in dutch}.isdisjoint({row.id for row in belgian})
    assert (await rows(session, _places("XX"))) == []


async def test_rows_see_the_sessions_own_uncommitted_changes(session: AsyncSession) -> None:
    user = await make_user(session, "rows@example.org")
    user.first_name = "Renske"
    await session.flush()
    (found,) = await rows(session, select(User.first_name).where(User.id == user.id))
    assert found.first_name == "Renske"


async def test_reads_on_the_driver_begin_no_transaction(engine: AsyncEngine) -> None:
    async with db.create_sessionmaker(engine)() as session:
        db.read_before_writing(session)
        assert await rows(session, _places("NL", 1))
        assert not await _in_transaction(session)
        # A row lock is the session's business: it goes through the session and begins one.
        await rows(session, select(Category.id).limit(1).with_for_update())
        assert await _in_transaction(session)
        await session.rollback()


async def test_what_the_driver_cannot_run_as_the_session_would_goes_through_the_session(
    session: AsyncSession,
) -> None:
    (category,) = await rows(session, select(Category).order_by(Category.position).limit(1))
    assert isinstance(category[0], Category)  # an entity, loaded by the ORM
    ids = [row.id for row in await rows(session, _places("NL", 3))]
    expanding = select(Place.id).where(Place.id.in_(ids)).order_by(Place.id)
    assert [row.id for row in await rows(session, expanding)] == sorted(ids)


async def test_a_failing_statement_raises_as_the_session_would(engine: AsyncEngine) -> None:
    async with db.create_sessionmaker(engine)() as session:
        db.read_before_writing(session)
        with pytest.raises(sa_exc.DBAPIError) as raised:
            await rows(session, select((literal(1) / literal(0)).label("q")))
        assert isinstance(raised.value.orig, asyncpg.DivisionByZeroError)
        assert not raised.value.connection_invalidated
        assert (await rows(session, select(literal(2).label("two"))))[0].two == 2


async def test_a_broken_connection_is_invalidated_and_answered_as_unreachable(
    engine: AsyncEngine,
) -> None:
    """The driver's connection caught mid-operation (as after PostgreSQL went away): the error
    says the connection is invalidated (503, kit.faults) and the pool never hands it out again."""
    async with db.create_sessionmaker(engine)() as session:
        db.read_before_writing(session)
        connection = await session.connection()
        driver = (await connection.get_raw_connection()).driver_connection
        busy = asyncio.create_task(driver.fetch("SELECT pg_sleep(0.5)"))
        await asyncio.sleep(0.1)
        with pytest.raises(sa_exc.DBAPIError) as raised:
            await rows(session, _places("NL", 1))
        assert raised.value.connection_invalidated
        assert isinstance(raised.value.orig, asyncpg.InterfaceError)
        with contextlib.suppress(Exception):
            await busy
        assert connection.invalidated
    async with db.create_sessionmaker(engine)() as session:
        db.read_before_writing(session)
        assert await rows(session, _places("NL", 1))


async def test_a_prepared_statement_binds_values_by_name(session: AsyncSession) -> None:
    user = await make_user(session, "prepared@example.org")
    prepared = Prepared(select(User.id, User.email).where(User.email == bindparam("email")))
    (found,) = await prepared.rows(session, email="prepared@example.org")
    assert found.id == user.id
    assert await prepared.rows(session, email="nobody@example.org") == []
    with pytest.raises(ValueError, match="only a select of columns"):
        Prepared(select(User))


async def test_an_attached_instance_is_the_sessions_own(session: AsyncSession) -> None:
    user = await make_user(session, "attached@example.org")
    user_id = user.id
    session.expunge_all()
    (row,) = await rows(session, select(*User.__table__.c).where(User.id == user_id))
    person = attached(session, User, row)
    assert person.email == "attached@example.org"
    assert person.status == UserStatus.active
    assert await session.get(User, user_id) is person
    assert attached(session, User, row) is person  # already in the session: that one
    person.first_name = "Anouk"
    await session.flush()
    assert await session.scalar(select(User.first_name).where(User.id == user_id)) == "Anouk"
    assert not session.dirty


async def test_an_attached_instance_needs_every_loaded_column(session: AsyncSession) -> None:
    with pytest.raises(ValueError, match="zip"):
        attached(session, User, [uuid.uuid4()])
    # Deferred columns are left out, as the ORM leaves them unloaded.
    names = {column.name for column in loaded_columns(ProviderProfile)}
    assert "search_body" not in names
    assert {"id", "user_id", "status"} <= names


@pytest.mark.parametrize("how_many", [0, 1, 3])
async def test_one_of_finds_what_an_in_list_finds(session: AsyncSession, how_many: int) -> None:
    ids = [row.id for row in await rows(session, _places("BE", how_many))] if how_many else []
    in_list = (await session.execute(select(Place.id).where(Place.id.in_(ids)))).scalars().all()
    found = await rows(session, select(Place.id).where(one_of(Place.id, ids)))
    assert sorted(row.id for row in found) == sorted(in_list)
    assert len(found) == how_many


async def test_a_statement_built_once_per_shape_binds_each_runs_values(
    session: AsyncSession,
) -> None:
    built: list[str] = []

    def of_country(country: str) -> Prepared:
        def build() -> Any:
            built.append(country)
            return (
                select(Place.id)
                .where(Place.country == country, one_of_bound(Place.id, "ids"))
                .order_by(Place.id)
            )

        return built_once(country, build)

    dutch = [row.id for row in await rows(session, _places("NL", 3))]
    belgian = [row.id for row in await rows(session, _places("BE", 2))]
    both = dutch + belgian
    assert [r.id for r in await of_country("NL").rows(session, ids=both)] == sorted(dutch)
    assert [r.id for r in await of_country("BE").rows(session, ids=both)] == sorted(belgian)
    assert [r.id for r in await of_country("NL").rows(session, ids=dutch[:1])] == dutch[:1]
    assert await of_country("NL").rows(session, ids=[]) == []
    assert built == ["NL", "BE"]  # once per shape, however often it runs
