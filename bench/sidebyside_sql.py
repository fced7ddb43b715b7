"""Kring's SQL for each endpoint of `bench.sidebyside`, as Kring sends it now: serves each GET
in this process (Kring's app on the bench database, signed in as the bench does) and prints
every statement with its parameters, to compare with `bench.bare.sql` when Kring changes.
BEGIN/COMMIT and the pool's pre-ping do not pass through here (they frame every request); the
hot reads `kring.kit.rows` sends straight to the driver do.

    KRING_BENCH_DATABASE_URL=postgresql://... python -m bench.sidebyside_sql [label ...]

Seeds what the labels read (everything without labels) when it is missing.
"""

from __future__ import annotations

import asyncio
import os
import sys
from typing import Any

import httpx
from sqlalchemy import event

from bench.sidebyside import ENDPOINTS, HEADERS
from bench.sidebyside_seed import seed, sign_in, sign_out


async def capture(database_url: str, wanted: set[str]) -> None:
    from kring.config import Settings
    from kring.kit import db
    from kring.kit import rows as rows_module
    from kring.main import create_app

    seeded = await seed(database_url, wanted or None)
    who = {w for label, _template, w in ENDPOINTS if w and (not wanted or label in wanted)}
    cookies, sessions = await sign_in(database_url, who)
    settings = Settings(
        env="dev",
        database_url=database_url,
        log_level="WARNING",
        session_idle_minutes=60,
        public_url="http://127.0.0.1:8000",
    )
    app = create_app(settings)
    # What the app's lifespan would set up, less the queue: none of these GETs enqueues.
    app.state.engine = db.create_engine(database_url, pool_size=1)
    app.state.sessionmaker = db.create_sessionmaker(app.state.engine)
    statements: list[tuple[str, Any]] = []

    @event.listens_for(app.state.engine.sync_engine, "before_cursor_execute")
    def kept(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        statements.append((statement, parameters))

    # The hot reads go to the driver without the engine (`kit.rows`): kept on their way too.
    fetch = rows_module._fetch

    async def fetched(driver: Any, shape: Any, values: Any) -> Any:
        statements.append((shape.sql, [values[name] for name, _p in shape.bind_processors]))
        return await fetch(driver, shape, values)

    rows_module._fetch = fetched  # type: ignore[assignment]

    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url=settings.public_url) as client:
            for label, template, who in ENDPOINTS:
                if wanted and label not in wanted:
                    continue
                path = template.format(**seeded)
                headers = {**HEADERS, **({"Cookie": cookies[who]} if who else {})}
                await client.get(path, headers=headers)  # the first may prepare and cache
                statements.clear()
                answer = await client.get(path, headers=headers)
                print(
                    f"=== {label}: GET {path} -> {answer.status_code}, {len(statements)} statements"
                )
                for statement, parameters in statements:
                    print(f"{statement}\n  -- parameters: {parameters}\n")
    finally:
        rows_module._fetch = fetch  # type: ignore[assignment]
        await app.state.engine.dispose()
        await sign_out(database_url, sessions)


def main() -> None:
    database_url = os.environ.get("KRING_BENCH_DATABASE_URL")
    if not database_url:
        sys.exit("Set KRING_BENCH_DATABASE_URL to the bench's database (seeded by a bench run).")
    asyncio.run(capture(database_url, set(sys.argv[1:])))


if __name__ == "__main__":
    main()
