"""The concierge demo: Mehmet Yilmaz (buur6, Wittevrouwen) subscribes, funded by Gemeente
Utrecht under the Wmo with EUR 150 a month; he asked for help with his new phone, which Coby
Conciërge (concierge@kring.demo) works: two options proposed (Lotte, a volunteer neighbour, for
free, and the demo provider), and one cost booked this month."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.concierge import (
    ConciergeCase,
    ConciergeCost,
    ConciergeOption,
    ConciergeSubscription,
)
from kring.models.neighbourhood import Resident
from kring.models.organisation import Organisation
from kring.models.provider import ProviderProfile
from kring.models.skill import Skill
from kring.models.user import User

SUBSCRIBER = "buur6@kring.demo"
CONCIERGE = "concierge@kring.demo"
VOLUNTEER = "buur7@kring.demo"
PROVIDER = "provider@kring.demo"


async def _user_id(db: AsyncSession, email: str) -> uuid.UUID | None:
    found: uuid.UUID | None = await db.scalar(select(User.id).where(User.email == email))
    return found


async def seed_concierge(db: AsyncSession, now: datetime) -> None:
    today = now.astimezone(ZoneInfo("Europe/Amsterdam")).date()
    subscriber = await _user_id(db, SUBSCRIBER)
    coby = await _user_id(db, CONCIERGE)
    utrecht = await db.scalar(
        select(Organisation.id).where(Organisation.name == "Gemeente Utrecht")
    )
    lotte = await db.scalar(
        select(Resident.id).join(User, User.id == Resident.user_id).where(User.email == VOLUNTEER)
    )
    provider = await db.scalar(
        select(ProviderProfile.id)
        .join(User, User.id == ProviderProfile.user_id)
        .where(User.email == PROVIDER, ProviderProfile.status == "live")
    )
    phone_help = await db.scalar(select(Skill.id).where(Skill.slug == "computerhulp"))
    if subscriber is None or coby is None:
        return
    # Loading the demo again adds nothing.
    if await db.scalar(
        select(ConciergeSubscription.id).where(ConciergeSubscription.user_id == subscriber)
    ):
        return
    subscription = ConciergeSubscription(
        user_id=subscriber,
        organisation_id=utrecht,
        starts_on=(today.replace(day=1) - timedelta(days=40)).replace(day=1),
        monthly_budget_cents=15_000,
        funding="wmo",
        created_by_user_id=coby,
    )
    db.add(subscription)
    await db.flush()
    case = ConciergeCase(
        subscription_id=subscription.id,
        subject="Hulp met mijn nieuwe telefoon",
        description=(
            "Ik krijg WhatsApp niet aan de praat en wil foto's van mijn kleinkinderen zien."
        ),
        skill_id=phone_help,
        channel="phone",
        status="proposed",
        concierge_user_id=coby,
        created_at=now - timedelta(days=2),
    )
    db.add(case)
    await db.flush()
    options = []
    if lotte is not None:
        options.append(
            ConciergeOption(
                case_id=case.id,
                kind="volunteer",
                resident_id=lotte,
                description="Lotte komt donderdagmiddag langs en helpt met WhatsApp.",
                cost_cents=0,
                created_by_user_id=coby,
            )
        )
    if provider is not None:
        options.append(
            ConciergeOption(
                case_id=case.id,
                kind="provider",
                provider_profile_id=provider,
                description="Een uur computerhulp aan huis.",
                cost_cents=4_500,
                created_by_user_id=coby,
            )
        )
    db.add_all(options)
    db.add(
        ConciergeCost(
            subscription_id=subscription.id,
            amount_cents=2_500,
            spent_on=today,
            description="Taxi naar de huisarts",
            recorded_by_user_id=coby,
        )
    )
    await db.flush()
