"""The impact figures (issue: impact figures) over the neighbourhood bench data: a municipality
serving all 100 bench neighbourhoods (40,000 help requests over about 16 months, a skill on two
in three, residents offering skills, one in four volunteering), then the figures of the last 12
months: each statement at the database under EXPLAIN ANALYZE, and the whole service call (both
statements, the skills' names and the response model), 20 runs each. Run with
`python -m bench.impact` and KRING_DATABASE_URL set (a migrated database)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import asyncpg
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from bench.sidebyside_neighbourhoods import seed_neighbourhoods
from kring.config import Settings
from kring.impact import repository, service
from kring.kit.clock import SYSTEM_CLOCK
from kring.neighbourhoods.service import served_neighbourhoods

MUNICIPALITY = "bench-municipality"
RUNS = 20

SEED_SQL = (
    """
    INSERT INTO organisation (id, kind, name, created_at, modified_at)
    VALUES (md5($1)::uuid, 'municipality', 'Bench gemeente', now(), now())
    ON CONFLICT DO NOTHING
    """,
    """
    INSERT INTO neighbourhood_service_organisation (neighbourhood_id, organisation_id,
                                                    organisation_kind)
    SELECT n.id, md5($1)::uuid, 'municipality' FROM neighbourhood n
    WHERE n.name LIKE 'Benchbuurt %'
    ON CONFLICT DO NOTHING
    """,
    # Two in three residents offer one to three skills; one in four volunteers.
    """
    INSERT INTO resident_skill (resident_id, skill_id)
    SELECT r.id, s.id
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS k FROM resident) r
    JOIN (SELECT id, row_number() OVER (ORDER BY slug) AS j FROM skill) s
      ON r.k % 3 <> 0 AND s.j IN (1 + r.k % 70, 1 + (r.k * 7) % 70, 1 + (r.k * 13) % 70)
    ON CONFLICT DO NOTHING
    """,
    """
    UPDATE resident SET volunteers_for_organisations = true
    WHERE abs(hashtext(id::text)) % 4 = 0 AND NOT volunteers_for_organisations
    """,
    # A skill on two in three help requests.
    """
    WITH s AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS j FROM skill)
    UPDATE neighbourhood_post p SET skill_id = s.id
    FROM s
    WHERE p.kind = 'help_request' AND p.skill_id IS NULL
      AND abs(hashtext(p.id::text)) % 3 <> 0 AND s.j = abs(hashtext(p.id::text)) % 70
    """,
)


@dataclass(frozen=True)
class Acting:
    organisation_id: uuid.UUID


def _percentiles(times: list[float]) -> str:
    times.sort()
    return f"median {times[len(times) // 2]:.1f} ms, p95 {times[int(len(times) * 0.95) - 1]:.1f} ms"


async def main() -> None:
    url = os.environ["KRING_DATABASE_URL"]
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    await seed_neighbourhoods(connection, "nobody@example.org")
    organisation_id = await connection.fetchval("SELECT md5($1)::uuid", MUNICIPALITY)
    for statement in SEED_SQL:
        await connection.execute(statement, *([MUNICIPALITY] if "$1" in statement else []))
    # Autovacuum keeps the visibility map in a live database: index-only scans need it.
    await connection.execute("VACUUM ANALYZE neighbourhood_post")
    await connection.execute("ANALYZE resident_skill")
    await connection.execute("ANALYZE resident")

    settings = Settings()
    period = service.period_of(SYSTEM_CLOCK, None, None)
    start = service._midnight(period.from_)
    end = service._midnight(period.to + timedelta(days=1))
    engine = create_async_engine(url.replace("postgresql://", "postgresql+asyncpg://"))
    served = served_neighbourhoods(organisation_id)

    captured: list[Any] = []

    class Capture:
        async def execute(self, statement: Any) -> Any:
            captured.append(statement)
            raise StopAsyncIteration

    for read in (
        repository.help_figures(
            Capture(),  # type: ignore[arg-type]
            served,
            start,
            end,
            min(SYSTEM_CLOCK.now(), end),
            timedelta(hours=settings.unanswered_after_hours),
        ),
        repository.people_figures(Capture(), served),  # type: ignore[arg-type]
    ):
        with contextlib.suppress(StopAsyncIteration):
            await read
    for name, statement in zip(("help requests", "people"), captured, strict=True):
        sql = str(
            statement.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
        )
        times = []
        plan: list[str] = []
        for _ in range(RUNS):
            plan = [row[0] for row in await connection.fetch("EXPLAIN (ANALYZE, BUFFERS) " + sql)]
            execution = next(line for line in plan if line.startswith("Execution Time"))
            times.append(float(execution.split(":")[1].split()[0]))
        print(f"  impact, {name} statement (EXPLAIN ANALYZE, {RUNS} runs): {_percentiles(times)}")
        shown = [line for line in plan if "Scan" in line or "Aggregate" in line]
        print("    " + "\n    ".join(shown))

    times = []
    figures = None
    for _ in range(RUNS):
        async with AsyncSession(engine) as db:
            began = time.perf_counter()
            figures = await service.impact(
                db,
                Acting(organisation_id),  # type: ignore[arg-type]
                SYSTEM_CLOCK,
                settings,
                period,
            )
            times.append((time.perf_counter() - began) * 1000)
    assert figures is not None
    print(
        f"  impact, the whole service call ({RUNS} runs): {_percentiles(times)};"
        f" {figures.totals.help_requests:,} help requests, {len(figures.by_neighbourhood)}"
        f" neighbourhoods, {len(figures.by_skill)} skills, {len(figures.by_month)} months"
    )
    await engine.dispose()
    await connection.close()


if __name__ == "__main__":
    asyncio.run(main())
