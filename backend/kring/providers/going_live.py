"""When a provider's profile is live, in one place: the administrative fee is paid and, for a
professional provider (registered with the KvK), staff have confirmed the certificate of conduct
(VOG). The database holds the second half as well (`professional_live_needs_vog`)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.payment import Payment, PaymentStatus
from kring.models.provider import WIZARD_STEPS, ProviderProfile, ProviderStatus, VogStatus
from kring.models.user import User, UserStatus

# The steps that must be done before paying: everything up to and including services.
STEPS_BEFORE_PAYMENT = WIZARD_STEPS[: WIZARD_STEPS.index("payment")]

# What keeps a profile from going live, in the order a provider deals with it.
Missing = Literal["steps", "fee", "vog", "vog_waiting", "vog_rejected"]
_VOG_MISSING: dict[VogStatus, Missing] = {
    VogStatus.missing: "vog",
    VogStatus.waiting: "vog_waiting",
    VogStatus.rejected: "vog_rejected",
}


async def fee_paid(db: AsyncSession, profile_id: uuid.UUID) -> bool:
    paid = await db.scalar(
        select(
            exists().where(Payment.profile_id == profile_id, Payment.status == PaymentStatus.paid)
        )
    )
    return bool(paid)


def vog_required(profile: ProviderProfile) -> bool:
    """A professional provider, one registered with the KvK, needs a confirmed VOG."""
    return profile.has_kvk


def may_be_live(profile: ProviderProfile, paid: bool) -> bool:
    return paid and (not vog_required(profile) or profile.vog_status == VogStatus.confirmed)


def missing(profile: ProviderProfile, paid: bool) -> list[Missing]:
    """What the provider still has to do (or wait for) before the profile goes live."""
    if profile.status in (
        ProviderStatus.live,
        ProviderStatus.suspended,
        ProviderStatus.offline,
        ProviderStatus.erased,
    ):
        return []
    found: list[Missing] = []
    if any(step not in profile.completed_steps for step in STEPS_BEFORE_PAYMENT):
        found.append("steps")
    if not paid:
        found.append("fee")
    if vog_required(profile) and profile.vog_status != VogStatus.confirmed:
        found.append(_VOG_MISSING[profile.vog_status])
    return found


async def settle(
    db: AsyncSession,
    profile: ProviderProfile,
    *,
    now: datetime | None = None,
    paid: bool | None = None,
) -> bool:
    """Put a paid profile live, or keep it offline until its VOG is confirmed, as the rule says.

    Call it after anything the rule reads changed (payment, KvK registration, the VOG). A profile
    that is not paid moves with its payment instead, and a suspended one waits for staff. True
    when the profile went live just now.
    """
    if profile.status in (ProviderStatus.suspended, ProviderStatus.offline, ProviderStatus.erased):
        # Suspended waits for staff, offline for the account's reactivation (which applies the
        # same rule in kring.providers.lifecycle), erased for nothing.
        return False
    if paid is None:
        # Called in the middle of a change: the half-made row must not be flushed to ask this.
        with db.no_autoflush:
            paid = await fee_paid(db, profile.id)
    if not paid:
        return False
    if not may_be_live(profile, paid):
        profile.status = ProviderStatus.awaiting_vog
        return False
    if profile.status == ProviderStatus.live:
        return False
    profile.live_at = profile.live_at or now or datetime.now(UTC)
    with db.no_autoflush:
        account = await db.scalar(select(User.status).where(User.id == profile.user_id))
    if account != UserStatus.active:
        # Paid and ready, but the account is deactivated: it waits offline for reactivation
        # (the database's trigger would make the same choice; this keeps the answer true).
        profile.status = ProviderStatus.offline
        return False
    profile.status = ProviderStatus.live
    return True
