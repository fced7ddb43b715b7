"""Database helpers, against the real PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.db import contains_pattern


@pytest.mark.parametrize(
    ("text", "search", "found"),
    [
        ("Zorggroep De Linde", "linde", True),
        ("50% korting", "50%", True),
        ("50 euro korting", "50%", False),  # % is not a wildcard here
        ("a_b", "a_b", True),
        ("axb", "a_b", False),  # neither is _
        ("C:\\zorg", "\\zorg", True),
        ("C:zorg", "\\zorg", False),
    ],
)
async def test_a_search_text_matches_only_literally(
    session: AsyncSession, text: str, search: str, found: bool
) -> None:
    matched = await session.scalar(select(literal(text).ilike(contains_pattern(search))))
    assert matched is found
