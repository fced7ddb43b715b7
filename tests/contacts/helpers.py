"""A contact request as a customer leaves it, stored directly (for the jobs that act on it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.working_days import deadline_after
from kring.models.contact import ContactRequest
from kring.models.provider import ProviderProfile


async def open_request(
    session: AsyncSession,
    profile: ProviderProfile,
    arrived: datetime,
    *,
    name: str = "Jan",
    email: str = "jan@example.org",
) -> ContactRequest:
    """An unanswered request that arrived at `arrived`, with its working-day deadline."""
    row = ContactRequest(
        profile_id=profile.id,
        name=name,
        email=email,
        phone="+31301234567",
        location="Utrecht",
        for_whom="self",
        message="Hallo",
        language="nl",
        created_at=arrived,
        deadline_at=deadline_after(arrived),
    )
    session.add(row)
    await session.commit()
    return row
