from __future__ import annotations

import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from tests.members.helpers import Parties, parties


@pytest.fixture
async def p(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> Parties:
    """`client` points the app at the test's transaction, so every party's client does too."""
    return await parties(app, session, settings)
