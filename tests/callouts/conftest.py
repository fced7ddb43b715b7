from __future__ import annotations

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from tests.neighbourhoods.helpers import World, world


@pytest.fixture
async def w(app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings) -> World:
    """The neighbourhoods world, in the test's rolled-back transaction."""
    return await world(app, session, settings)
