"""Accounts for the load run: live providers and care professionals, each with an authenticator
(TOTP), added next to the demo accounts. Their secrets are derived from their addresses, so a
second run against the same database finds and uses them again."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth import mfa
from kring.auth.passwords import hash_password
from kring.config import Settings
from kring.dev.demo import DEMO_PASSWORD
from kring.kit.day_parts import day_parts_to_bits
from kring.models.mfa import MfaFactor
from kring.models.organisation import Membership, Organisation
from kring.models.provider import (
    WIZARD_STEPS,
    Category,
    ProviderCategory,
    ProviderProfile,
    ProviderService,
    ProviderStatus,
    WorkAreaKind,
)
from kring.models.user import User, UserStatus
from kring.providers.service import TERMS_VERSION
from kring.search.indexing import refresh_search_text

PASSWORD = DEMO_PASSWORD
ORGANISATION = "Zorggroep De Linde"  # a demo organisation
# Around Utrecht, where the visitors search.
CENTRE = (52.0907, 5.1214)
SERVICES = (
    ("klusjesmannen", "Kleine klussen", 3500, "Lampen, planken, kastjes en kranen."),
    ("kappers", "Knippen aan huis", 2750, "Knippen en föhnen, bij u thuis."),
    ("glazenwassers", "Ramen wassen", 4000, "Binnen en buiten, tot twee hoog."),
    ("computerhulp", "Computerhulp", 3000, "Mail, foto's, printer en updates."),
)


@dataclass(frozen=True)
class LoadAccount:
    email: str
    totp_secret: str
    kind: str  # "provider" or "member"
    organisation_id: str | None = None


def totp_secret_for(email: str) -> str:
    """A stable TOTP secret per address (load accounts only; never for real people)."""
    return base64.b32encode(hashlib.sha256(f"kring-load:{email}".encode()).digest()[:20]).decode()


async def _user(db: AsyncSession, settings: Settings, email: str, first: str, pw: str) -> User:
    now = datetime.now(UTC)
    user = User(
        email=email,
        first_name=first,
        last_name="Belasting",
        language="nl",
        status=UserStatus.active,
        password_hash=pw,
        password_changed_at=now,
        email_verified_at=now,
    )
    db.add(user)
    await db.flush()
    db.add(
        MfaFactor(
            user_id=user.id,
            kind="totp",
            confirmed_at=now,
            secret_encrypted=mfa.encrypt_secret(settings, totp_secret_for(email)),
        )
    )
    return user


async def _provider_profile(db: AsyncSession, user: User, number: int) -> None:
    now = datetime.now(UTC)
    slug, name, cents, description = SERVICES[number % len(SERVICES)]
    profile = ProviderProfile(
        user_id=user.id,
        status=ProviderStatus.live,
        live_at=now,
        completed_steps=list(WIZARD_STEPS),
        service_kinds=["home_services"],
        terms_version=TERMS_VERSION,
        terms_accepted_at=now,
        has_kvk=False,
        work_city="Utrecht",
        latitude=CENTRE[0] + (number % 7 - 3) * 0.01,
        longitude=CENTRE[1] + (number % 5 - 2) * 0.01,
        introduction=f"{name} in en om Utrecht, vriendelijk en op tijd.",
        work_area_kind=WorkAreaKind.radius,
        radius_km=25,
        day_parts=day_parts_to_bits({"monday": ["morning"], "thursday": ["afternoon"]}),
    )
    db.add(profile)
    await db.flush()
    category = await db.scalar(select(Category).where(Category.slug == slug))
    if category is not None:
        db.add(ProviderCategory(profile_id=profile.id, category_id=category.id))
    db.add(
        ProviderService(
            profile_id=profile.id,
            name=name,
            price_cents=cents,
            unit="hour",
            description=description,
            position=0,
        )
    )
    await db.flush()
    await refresh_search_text(db, profile)


async def seed(
    db: AsyncSession, settings: Settings, providers: int, members: int
) -> list[LoadAccount]:
    """Make sure `providers` provider and `members` member accounts exist; return them all."""
    if settings.env == "production":
        raise RuntimeError("load accounts are never added in production")
    password_hash = await hash_password(PASSWORD)
    organisation = await db.scalar(select(Organisation).where(Organisation.name == ORGANISATION))
    if organisation is None:
        raise RuntimeError(f"the demo organisation {ORGANISATION!r} is missing: seed-demo first")
    accounts = []
    wanted = [(f"load-provider-{n}@load.kring.demo", "provider", n) for n in range(providers)]
    wanted += [(f"load-member-{n}@load.kring.demo", "member", n) for n in range(members)]
    for email, kind, number in wanted:
        if await db.scalar(select(User.id).where(User.email == email)) is None:
            user = await _user(db, settings, email, f"Load{number}", password_hash)
            if kind == "provider":
                await _provider_profile(db, user, number)
            else:
                db.add(
                    Membership(
                        user_id=user.id,
                        organisation_id=organisation.id,
                        portal_employee=True,
                        function_code=221,
                        department="Planning",
                    )
                )
            await db.flush()
        accounts.append(
            LoadAccount(
                email=email,
                totp_secret=totp_secret_for(email),
                kind=kind,
                organisation_id=str(organisation.id) if kind == "member" else None,
            )
        )
    return accounts
