"""The matrix's matching objects: the provider (Bert) is also a helper, with a proposal waiting
for him and a running engagement, both on the dossier the partner manages; the other provider
(Gerda) the same on the other party's dossier; each engagement has an hour waiting for approval.
Unknown calendar tokens for the feed route."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.working_days import AMSTERDAM
from kring.models.helper import HelperProfile
from kring.models.match import Engagement, MatchProposal
from kring.models.timesheet import TimesheetEntry
from kring.models.user import User
from tests.proposals.helpers import helper_profile

CALENDAR_TOKEN = "unknown-token-0123456789abcdef"


async def _helper(session: AsyncSession, user: User) -> HelperProfile:
    # The helpers domain's world may have made the profile already.
    found = await session.scalar(select(HelperProfile).where(HelperProfile.user_id == user.id))
    return found or await helper_profile(session, user)


async def matching_objects(
    session: AsyncSession, helper_user: User, dossier_id: str
) -> dict[str, str]:
    """A waiting proposal and a running engagement (from a confirmed proposal)."""
    profile = await _helper(session, helper_user)
    now = datetime.now(UTC)
    common = {
        "dossier_id": uuid.UUID(dossier_id),
        "helper_id": profile.id,
        "message": "Boodschappen op maandag.",
        "skill_ids": profile.skill_ids[:1],
        "day_parts": 1,
        "expires_at": now + timedelta(days=7),
    }
    waiting = MatchProposal(status="sent", **common)
    confirmed = MatchProposal(
        status="confirmed",
        answered_at=now,
        partner_confirmed_at=now,
        helper_confirmed_at=now,
        **common,
    )
    session.add_all([waiting, confirmed])
    await session.flush()
    engagement = Engagement(
        dossier_id=confirmed.dossier_id,
        helper_id=profile.id,
        proposal_id=confirmed.id,
        status="active",
        day_parts=1,
        started_at=now,
    )
    session.add(engagement)
    profile.proposals_received += 2  # as sending them counts
    await session.flush()
    # An hour logged today (a duration: never in the future), waiting for approval.
    entry = TimesheetEntry(
        engagement_id=engagement.id,
        dossier_id=engagement.dossier_id,
        helper_id=profile.id,
        work_date=datetime.now(AMSTERDAM).date(),
        minutes=60,
        status="submitted",
    )
    session.add(entry)
    await session.commit()
    return {
        "helper_id": str(profile.id),
        "proposal_id": str(waiting.id),
        "engagement_id": str(engagement.id),
        "entry_id": str(entry.id),
        "month": datetime.now(AMSTERDAM).strftime("%Y-%m"),
        "today": datetime.now(AMSTERDAM).date().isoformat(),
        "token": CALENDAR_TOKEN,
    }
