"""Demo partner access requests, so the verifiers' queue has work to show: one past its 48-hour
deadline (Willem's, highlighted first) and one that came in this morning (Chantal's). The demo
partner (partner@kring.demo) has none: the partner journey asks for access itself."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.partner import PartnerAccessRequest, PartnerAccessStatus
from kring.models.user import User
from kring.partners.service import ANSWER_WITHIN

DEMO_OVERDUE_PARTNER = "wijkwerker@kring.demo"
DEMO_NEW_PARTNER = "casemanager@kring.demo"

_REQUESTS = (
    (
        DEMO_OVERDUE_PARTNER,
        timedelta(hours=50),
        {
            "organisation_name": "Wijkteam Utrecht Zuid",
            "job_title": "Wijkwerker",
            "work_email": "w.dewit@wijkteamzuid.example",
            "work_phone": "+31302345678",
            "reason": "Ik help ouderen in Hoograven die boodschappen en gezelschap zoeken.",
        },
    ),
    (
        DEMO_NEW_PARTNER,
        timedelta(hours=3),
        {
            "organisation_name": "Zorgbalans Casemanagement",
            "registration_number": "41234567",
            "job_title": "Casemanager dementie",
            "work_email": "c.bakker@zorgbalans.example",
            "work_phone": "+31203456789",
            "reason": "Mantelzorgers van mijn cliënten met dementie vragen om ontlasting thuis.",
        },
    ),
)


async def seed_partner_access_requests(db: AsyncSession, now: datetime) -> None:
    """Each request once, for demo people who never asked (not again after staff answered)."""
    for email, ago, details in _REQUESTS:
        user_id = await db.scalar(select(User.id).where(func.lower(User.email) == email))
        if user_id is None:
            continue
        asked = await db.scalar(
            select(PartnerAccessRequest.id).where(PartnerAccessRequest.user_id == user_id).limit(1)
        )
        if asked is not None:
            continue
        asked_at = now - ago
        db.add(
            PartnerAccessRequest(
                user_id=user_id,
                status=PartnerAccessStatus.requested,
                created_at=asked_at,
                deadline_at=asked_at + ANSWER_WITHIN,
                # Kring would have told staff 40 hours in: Willem's reminder went out already.
                reminded_at=asked_at + timedelta(hours=40) if ago > timedelta(hours=40) else None,
                **details,
            )
        )
