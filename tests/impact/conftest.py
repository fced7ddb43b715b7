from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from tests.neighbourhoods.helpers import World, world


@pytest.fixture
async def w(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> AsyncIterator[World]:
    """The neighbourhoods world, in the test's rolled-back transaction; the system clock after."""
    yield await world(app, session, settings)
    if hasattr(app.state, "clock"):
        del app.state.clock
