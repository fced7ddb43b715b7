"""The migrations build the schema the models describe, and unwind to nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import asyncpg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Connection

import kring.models  # noqa: F401
from kring.kit import migrations
from kring.kit.db import Base, create_engine
from tests.fixtures.services import ServiceAddresses, asyncpg_dsn, create_database, drop_database


@pytest.fixture
def scratch_database(services: ServiceAddresses) -> Iterator[str]:
    name = f"kring_migrations_{uuid.uuid4().hex[:8]}"
    url = create_database(services.admin_url, name)
    yield url
    drop_database(services.admin_url, name)


async def _tables(url: str) -> set[str]:
    connection = await asyncpg.connect(asyncpg_dsn(url))
    try:
        rows = await connection.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    finally:
        await connection.close()
    return {row["tablename"] for row in rows}


async def test_upgrade_to_head_then_downgrade_to_base_and_up_again(scratch_database: str) -> None:
    migrations.upgrade(scratch_database)
    model_tables = set(Base.metadata.tables)
    assert model_tables <= await _tables(scratch_database)

    migrations.downgrade(scratch_database, "base")
    assert await _tables(scratch_database) == {"alembic_version"}

    migrations.upgrade(scratch_database)
    assert model_tables <= await _tables(scratch_database)


async def test_the_migrated_schema_matches_the_models(services: ServiceAddresses) -> None:
    """A model change without its migration fails here (types compared too)."""

    def differences(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))

    engine = create_engine(services.database_url, pool_size=1)
    try:
        async with engine.connect() as connection:
            diff = await connection.run_sync(differences)
    finally:
        await engine.dispose()
    # Expression indexes with a sort order cannot be compared by autogenerate (it reads them
    # back as other expressions); everything else must match.
    uncomparable = (
        "ix_outbox_pending_handed_over",
        "ix_project_current_first",  # also ix_project_current_first_organisation
    )
    assert [d for d in diff if not any(name in repr(d) for name in uncomparable)] == []
