"""The certificate of conduct (VOG, "Verklaring Omtrent het Gedrag"): the provider uploads it as
a PDF (checked by content, like the price list); staff look at it and confirm it with its date
of issue, or reject it with a reason the provider is mailed. A new upload starts over."""

from __future__ import annotations

import calendar
import secrets
from datetime import UTC, date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.provider import ProviderPrincipal
from kring.config import Settings
from kring.kit.errors import Conflict, InvalidInput
from kring.kit.format import local_date
from kring.kit.i18n import N_
from kring.kit.links import portal_link
from kring.kit.storage import Storage
from kring.kit.working_days import AMSTERDAM
from kring.models.provider import ProviderProfile, VogStatus
from kring.models.user import User
from kring.notifications.service import queue_mail
from kring.providers import going_live
from kring.providers.uploads import is_pdf

# Dutch practice (Justis, and what employers and platforms ask): a VOG handed in is at most three
# months old. Counted from the upload, so the provider does not pay for staff's delay.
MAX_AGE_MONTHS = 3


def version(profile: ProviderProfile) -> str | None:
    """The stored file's own name: staff confirm or reject the version they looked at."""
    return version_of(profile.vog_key)


def version_of(key: str | None) -> str | None:
    """The version in a stored VOG's key."""
    if key is None:
        return None
    return key.rsplit("/", 1)[-1].removesuffix(".pdf")


def months_before(day: date, months: int) -> date:
    """`day` a number of calendar months earlier, on the month's last day when it is shorter
    (31 May - 3 months = 28/29 February), as PostgreSQL's `date - interval` counts."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def uploaded_on(profile: ProviderProfile) -> date:
    assert profile.vog_uploaded_at is not None  # checked by the callers
    return profile.vog_uploaded_at.astimezone(AMSTERDAM).date()


async def upload(
    db: AsyncSession, provider: ProviderPrincipal, storage: Storage, data: bytes
) -> None:
    """Store a new VOG (a real PDF) in place of the old one; staff's decision starts over, and a
    professional provider who was live waits for it offline."""
    profile = provider.profile
    if not is_pdf(data):
        raise InvalidInput.on("file", N_("Upload your certificate of conduct (VOG) as a PDF."))
    old = profile.vog_key
    # A new name per version, so a decision is never taken on a file that changed under it.
    key = f"providers/{profile.id}/vog/{secrets.token_hex(8)}.pdf"
    storage.put(key, data)
    profile.vog_key, profile.vog_bytes = key, len(data)
    profile.vog_uploaded_at = datetime.now(UTC)
    profile.vog_issued_on = profile.vog_confirmed_at = None
    profile.vog_rejected_at = profile.vog_rejection_reason = None
    await going_live.settle(db, profile, now=profile.vog_uploaded_at)
    # The row is checked before the old file goes: a refusal keeps the old one in place.
    await db.flush()
    if old and old != key:
        storage.delete(old)
    # A provider's profile is their own, not an organisation's they may also belong to.
    await audit.record(
        db,
        provider.principal,
        "provider.vog_uploaded",
        subject_type="provider_profile",
        subject_id=profile.id,
        organisation_id=None,
        details={"bytes": len(data)},
    )


def _same_version(profile: ProviderProfile, seen: str) -> None:
    if profile.vog_key is None:
        raise Conflict(N_("This provider has not uploaded a certificate of conduct (VOG)."))
    if seen != version(profile):
        raise Conflict(
            N_("The provider uploaded another certificate of conduct since; look at that one.")
        )


async def confirm(
    db: AsyncSession,
    settings: Settings,
    profile: ProviderProfile,
    user: User,
    *,
    issued_on: date,
    seen: str,
) -> bool:
    """Staff saw the VOG and its date of issue; the profile goes live if it was only waiting
    for this. True when it went live."""
    _same_version(profile, seen)
    if profile.vog_status == VogStatus.confirmed:
        raise Conflict(N_("This certificate of conduct is already confirmed."))
    received = uploaded_on(profile)
    if issued_on > received:
        raise InvalidInput.on(
            "issued_on",
            N_("The date of issue is after the day the VOG was uploaded ({uploaded_on})."),
            uploaded_on=received.isoformat(),
        )
    oldest = months_before(received, MAX_AGE_MONTHS)
    if issued_on < oldest:
        raise InvalidInput.on(
            "issued_on",
            N_(
                "This VOG was more than 3 months old when it was uploaded (on {uploaded_on}; "
                "issued on {oldest} or later is accepted). Reject it and ask for a new one."
            ),
            uploaded_on=received.isoformat(),
            oldest=oldest.isoformat(),
        )
    now = datetime.now(UTC)
    profile.vog_issued_on, profile.vog_confirmed_at = issued_on, now
    profile.vog_rejected_at = profile.vog_rejection_reason = None
    went_live = await going_live.settle(db, profile, now=now)
    await queue_mail(
        db,
        to=user.email,
        template="vog_confirmed",
        language=user.preferred_language,
        context={
            "first_name": user.first_name,
            "issued_on": local_date(issued_on, user.preferred_language),
            "live": went_live,
            "dashboard_url": portal_link(settings, "provider"),
        },
    )
    return went_live


async def reject(
    db: AsyncSession,
    settings: Settings,
    profile: ProviderProfile,
    user: User,
    *,
    reason: str,
    seen: str,
) -> None:
    """The VOG will not do; the provider is mailed why, and a professional provider who was
    live goes offline until a new one is confirmed."""
    _same_version(profile, seen)
    if profile.vog_status == VogStatus.rejected:
        raise Conflict(N_("This certificate of conduct is already rejected."))
    profile.vog_issued_on = profile.vog_confirmed_at = None
    profile.vog_rejected_at, profile.vog_rejection_reason = datetime.now(UTC), reason
    await going_live.settle(db, profile)
    await queue_mail(
        db,
        to=user.email,
        template="vog_rejected",
        language=user.preferred_language,
        context={
            "first_name": user.first_name,
            "reason": reason,
            "settings_url": portal_link(settings, "provider", "settings", tab="company"),
        },
    )
