"""Demo data that waits for staff, so the staff console has work to show: a promotion package
request to confirm (Karin's, a neighbour of Pieter: his own promotion page stays free for the
provider journey to ask for a package), and a professional provider whose VOG waits for a
verifier with no badges set yet (Vera's)."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.dev.demo_vog import demo_vog_pdf
from kring.kit import money as pricing
from kring.kit.day_parts import day_parts_to_bits
from kring.kit.db import new_id
from kring.kit.storage import Storage
from kring.models.payment import Payment, PaymentStatus
from kring.models.promotion import PromotionRequest, PromotionRequestStatus
from kring.models.provider import (
    WIZARD_STEPS,
    Category,
    ProviderCategory,
    ProviderProfile,
    ProviderService,
    ProviderStatus,
    WorkAreaKind,
)
from kring.models.user import User
from kring.providers.service import TERMS_VERSION, settle
from kring.search.indexing import refresh_search_text

DEMO_WAITING_VOG = "vog@kring.demo"
DEMO_WAITING_PROMOTION = "aanbieder1@kring.demo"  # Karin: Kapsalon Karin aan huis


async def seed_waiting_promotion(db: AsyncSession, now: datetime) -> None:
    """Karin asked for the plus package a day ago; added once (not again after staff answered)."""
    profile_id = await db.scalar(
        select(ProviderProfile.id)
        .join(User, User.id == ProviderProfile.user_id)
        .where(User.email == DEMO_WAITING_PROMOTION, ProviderProfile.status == ProviderStatus.live)
    )
    if profile_id is None:
        return
    asked_before = await db.scalar(
        select(PromotionRequest.id).where(PromotionRequest.profile_id == profile_id).limit(1)
    )
    if asked_before is not None:
        return
    db.add(
        PromotionRequest(
            profile_id=profile_id,
            package="plus",
            status=PromotionRequestStatus.requested,
            message="Graag meer klanten in Utrecht en omgeving. Bel me gerust.",
            created_at=now - timedelta(days=1),
        )
    )
    await db.flush()


async def seed_waiting_vog(db: AsyncSession, storage: Storage, vera: User, now: datetime) -> None:
    """Vera registered her plumbing business with the KvK and paid the fee; her VOG (a demo PDF)
    was uploaded two days ago and waits for a verifier, so her profile is not live yet and no
    badge is set. Confirming the VOG puts her live."""
    vera.home_street, vera.home_house_number = "Twijnstraat", "21"
    vera.home_postcode, vera.home_city = "3511 ZH", "Utrecht"
    profile_id = new_id()
    data = demo_vog_pdf(vera.display_name)
    key = f"providers/{profile_id}/vog/{secrets.token_hex(8)}.pdf"
    storage.put(key, data)
    profile = ProviderProfile(
        id=profile_id,
        user_id=vera.id,
        status=ProviderStatus.draft,
        completed_steps=list(WIZARD_STEPS),
        service_kinds=["home_services"],
        heard_from="Via een collega",
        terms_version=TERMS_VERSION,
        terms_accepted_at=now - timedelta(days=3),
        has_kvk=True,
        company_name="Loodgieter Vermeulen",
        kvk_number="87654321",
        latitude=52.0842,
        longitude=5.1227,
        introduction="Lekkage, verstopping of een nieuwe kraan: ik kom snel en werk netjes.",
        profile_text="Ik ben Vera, erkend loodgieter met tien jaar ervaring in Utrecht.",
        work_area_kind=WorkAreaKind.radius,
        radius_km=20,
        day_parts=day_parts_to_bits(
            {d: ["morning", "afternoon", "evening"] for d in ("monday", "wednesday", "friday")}
        ),
        vog_key=key,
        vog_bytes=len(data),
        vog_uploaded_at=now - timedelta(days=2),
    )
    db.add(profile)
    await db.flush()
    category = await db.scalar(select(Category).where(Category.slug == "loodgieters"))
    if category is not None:
        db.add(ProviderCategory(profile_id=profile.id, category_id=category.id))
    db.add(
        ProviderService(
            profile_id=profile.id,
            name="Loodgieterswerk",
            price_cents=5200,
            unit="hour",
            description="Lekkages, kranen, afvoer en cv-leidingen.",
            position=0,
        )
    )
    fee = pricing.split_vat(pricing.ADMIN_FEE_CENTS)
    db.add(
        Payment(
            profile_id=profile.id,
            purpose="admin_fee",
            gateway="sandbox",
            external_id="tr_demo_vera",
            amount_cents=fee.total_cents,
            vat_cents=fee.vat_cents,
            status=PaymentStatus.paid,
            checkout_url="http://127.0.0.1:8000/sandbox/payments/tr_demo_vera",
            paid_at=now - timedelta(days=3),
        )
    )
    await db.flush()
    # Paid, with a VOG still to confirm: the rule keeps her waiting (`awaiting_vog`).
    await settle(db, profile, now=now)
    await db.flush()
    await refresh_search_text(db, profile)
