"""Whom a provider's invoices and receipts are made out to, also after the provider is erased."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.provider import ProviderFiscalRecord, ProviderProfile, ProviderStatus
from kring.models.user import User


@dataclass(frozen=True)
class BilledParty:
    name: str
    company_name: str | None
    kvk_number: str | None


async def billed_party(db: AsyncSession, profile: ProviderProfile, user: User) -> BilledParty:
    """The profile and account; once erased, the fiscal record kept for the tax retention."""
    if profile.status != ProviderStatus.erased:
        return BilledParty(user.display_name, profile.company_name, profile.kvk_number)
    record = await db.scalar(
        select(ProviderFiscalRecord).where(ProviderFiscalRecord.profile_id == profile.id)
    )
    if record is None:  # the retention has ended: the document names nobody
        return BilledParty("-", None, None)
    return BilledParty(record.name, record.company_name, record.kvk_number)
