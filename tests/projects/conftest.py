from __future__ import annotations

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from tests.projects.helpers import World, world


@pytest.fixture
async def w(app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings) -> World:
    """The projects world, in the test's rolled-back transaction (`client` points the app at it)."""
    return await world(app, session, settings)
