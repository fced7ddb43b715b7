from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.kit.clock import SYSTEM_CLOCK
from tests.invoices.helpers import World, world


@pytest.fixture
async def w(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> AsyncIterator[World]:
    """The invoices world, in the test's rolled-back transaction; the clock is the system's
    again afterwards."""
    built = await world(app, session, settings)
    yield built
    app.state.clock = SYSTEM_CLOCK
