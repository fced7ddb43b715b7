"""The bare twin of Kring's hot GETs, for `bench.sidebyside`: what the same SQL costs with the
least around it. FastAPI with Pydantic response models of Kring's JSON shapes (`models`), an
asyncpg pool (min = max = 10, as Kring's pool keeps) on Kring's database, and nothing else: no
ORM, middleware, unit of work or dependency graph. Every endpoint runs Kring's own statements
(`sql`, the one place to keep in step with Kring); a signed-in one first checks the session
cookie with one query (`kit.person`). Answers in English (the bench asks for it).

    BARE_DATABASE_URL=postgresql://... uvicorn bench.bare:app --port 8001 --log-level warning

BARE_SECRET_KEY is Kring's `KRING_SECRET_KEY` (the cookie is looked up by its HMAC), and
BARE_SESSION_IDLE_MINUTES its `KRING_SESSION_IDLE_MINUTES`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI

from bench.bare import (
    care,
    hours,
    matching,
    neighbourhood_lists,
    neighbourhoods,
    orders,
    public,
    signed_in,
)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    dsn = os.environ["BARE_DATABASE_URL"].replace("postgresql+asyncpg://", "postgresql://")
    app.state.pool = await asyncpg.create_pool(dsn, min_size=10, max_size=10)
    try:
        yield
    finally:
        await app.state.pool.close()


app = FastAPI(lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
app.include_router(public.router)
app.include_router(signed_in.router)
app.include_router(matching.router)
app.include_router(hours.router)
app.include_router(orders.router)
app.include_router(care.router)
app.include_router(neighbourhoods.router)
app.include_router(neighbourhood_lists.router)
