"""A provider's profile follows its account: offline while the account is deactivated, live
again on reactivation (when it was live before), emptied when the account is erased.

Set-based statements over many accounts at once (the lifecycle job passes batches of 10,000);
every step is audited per profile. Files are deleted through the outbox, after the commit, so a
rollback never leaves a row pointing at a deleted file.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, case, cast, delete, func, literal, select, union_all, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import SYSTEM
from kring.kit import outbox
from kring.kit.db import new_id
from kring.models.contact import ContactRequest, Review
from kring.models.payment import Payment, PaymentStatus
from kring.models.promotion import PromotionRequest, PromotionRequestStatus, ProviderInvoice
from kring.models.provider import (
    STORED_FILE_COLUMNS,
    ProviderFiscalRecord,
    ProviderProfile,
    ProviderService,
    ProviderStatus,
    ProviderWorkPlace,
)
from kring.models.user import User
from kring.providers.tasks import DELETE_FILES

# What erasure writes over each column of the profile. Every column is either here or in
# KEPT_ON_ERASURE (a test checks that), so a new column must be decided on.
ERASED_VALUES: dict[str, Any] = {
    "completed_steps": [],
    "heard_from": None,
    "has_kvk": False,
    "company_name": None,
    "kvk_number": None,
    "work_street": None,
    "work_house_number": None,
    "work_house_number_addition": None,
    "work_postcode": None,
    "work_city": None,
    "address_is_work_address": False,
    "latitude": None,
    "longitude": None,
    "introduction": "",
    "profile_text": "",
    "work_area_kind": None,
    "radius_km": None,
    "day_parts": 0,
    "price_note": "",
    "photo_key": None,
    "photo_x": 0.5,
    "photo_y": 0.33,
    "photo_zoom": 1.0,
    "identity_document_seen": False,
    "seen_in_person": False,
    "introduction_video": False,
    "vog_key": None,
    "vog_bytes": None,
    "vog_uploaded_at": None,
    "vog_issued_on": None,
    "vog_confirmed_at": None,
    "vog_rejected_at": None,
    "vog_rejection_reason": None,
    "suspended_reason": None,
    "price_list_key": None,
    "price_list_bytes": None,
    "video_key": None,
    "video_media_type": None,
    "video_bytes": None,
    "video_uploaded_at": None,
    "search_title": "",
    "search_body": "",
}
# Nothing here says who the provider was: the statistics (ratings, when it went live, what
# kind of services and categories) and the terms the invoices were made under.
KEPT_ON_ERASURE = frozenset(
    {
        "id",
        "created_at",
        "modified_at",
        "user_id",
        "status",
        "live_at",
        "service_kinds",
        "terms_version",
        "terms_accepted_at",
        "rating_count",
        "rating_sum",
        "search_vector",  # generated from search_title and search_body
        "coverage",  # generated from the work area
    }
)
# Invoices and receipts are kept 7 years after the end of the year they belong to.
FISCAL_RETENTION_YEARS = 7


async def take_offline(
    db: AsyncSession,
    user_ids: list[uuid.UUID],
    *,
    by: str,
    actor_user_id: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    """The live profiles of these (deactivated) accounts leave the search and stop receiving."""
    ids = list(
        await db.scalars(
            update(ProviderProfile)
            .where(
                ProviderProfile.user_id.in_(user_ids),
                ProviderProfile.status == ProviderStatus.live,
            )
            .values(status=ProviderStatus.offline)
            .returning(ProviderProfile.id)
            .execution_options(synchronize_session=False)
        )
    )
    await audit.record_many(
        db,
        SYSTEM,
        "provider.taken_offline",
        subject_type="provider",
        subject_ids=ids,
        details={"by": by},
        person_id=actor_user_id,
    )
    return ids


async def bring_back_online(
    db: AsyncSession,
    user_ids: list[uuid.UUID],
    *,
    by: str,
    actor_user_id: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    """Offline profiles (they were live, so paid) of these reactivated accounts are live again,
    or wait for the VOG if staff rejected a professional's VOG in the meantime."""
    # The caller has flushed the accounts' new status: the database lets a profile be live
    # only while its account is active. The VOG half of the rule is kring.providers.going_live.
    waits_for_vog = ProviderProfile.has_kvk & ProviderProfile.vog_confirmed_at.is_(None)
    ids = list(
        await db.scalars(
            update(ProviderProfile)
            .where(
                ProviderProfile.user_id.in_(user_ids),
                ProviderProfile.status == ProviderStatus.offline,
            )
            .values(
                status=case((waits_for_vog, ProviderStatus.awaiting_vog), else_=ProviderStatus.live)
            )
            .returning(ProviderProfile.id)
            .execution_options(synchronize_session=False)
        )
    )
    await audit.record_many(
        db,
        SYSTEM,
        "provider.back_online",
        subject_type="provider",
        subject_ids=ids,
        details={"by": by},
        person_id=actor_user_id,
    )
    return ids


def _keep_until(last_document: date) -> date:
    return date(last_document.year + FISCAL_RETENTION_YEARS + 1, 1, 1)


async def _keep_fiscal_records(db: AsyncSession, profile_ids: list[uuid.UUID]) -> None:
    """Who the invoices and receipts were made out to, as they show it, before it is erased."""
    documents = union_all(
        select(ProviderInvoice.profile_id, ProviderInvoice.issued_on.label("day")).where(
            ProviderInvoice.profile_id.in_(profile_ids)
        ),
        select(
            Payment.profile_id,
            cast(func.timezone("Europe/Amsterdam", Payment.paid_at), Date).label("day"),
        ).where(Payment.profile_id.in_(profile_ids), Payment.status == PaymentStatus.paid),
    ).subquery()
    last = (
        select(documents.c.profile_id, func.max(documents.c.day).label("day"))
        .group_by(documents.c.profile_id)
        .subquery()
    )
    rows = (
        await db.execute(
            select(
                ProviderProfile.id,
                User.display_name_sql().label("name"),
                ProviderProfile.company_name,
                ProviderProfile.kvk_number,
                last.c.day,
            )
            .join(last, last.c.profile_id == ProviderProfile.id)
            .join(User, User.id == ProviderProfile.user_id)
        )
    ).all()
    if not rows:
        return
    await db.execute(
        pg_insert(ProviderFiscalRecord)
        .values(
            [
                {
                    "id": new_id(),
                    "profile_id": row.id,
                    "name": row.name,
                    "company_name": row.company_name,
                    "kvk_number": row.kvk_number,
                    "keep_until": _keep_until(row.day),
                }
                for row in rows
            ]
        )
        .on_conflict_do_nothing(index_elements=["profile_id"])
    )


async def erase_profiles(
    db: AsyncSession,
    user_ids: list[uuid.UUID],
    *,
    now: datetime,
    by: str,
    actor_user_id: uuid.UUID | None = None,
) -> int:
    """Empty the profiles of these accounts; call it before the accounts' names are erased."""
    # Kept: invoices and payments (with a fiscal record of whom they were for), the reviews'
    # stars and dates, the requests' dates and states. Gone: every file, text, address,
    # service, day part and place, the customers' details on the requests, the reviews' words.
    file_columns = [getattr(ProviderProfile, name) for name in STORED_FILE_COLUMNS]
    profiles = (
        await db.execute(
            select(ProviderProfile.id, *file_columns)
            .where(
                ProviderProfile.user_id.in_(user_ids),
                ProviderProfile.status != ProviderStatus.erased,
            )
            .with_for_update()
        )
    ).all()
    if not profiles:
        return 0
    ids = [row.id for row in profiles]
    await _keep_fiscal_records(db, ids)
    for table in (ProviderService, ProviderWorkPlace):
        await db.execute(delete(table).where(table.profile_id.in_(ids)))
    await db.execute(
        update(ContactRequest)
        .where(ContactRequest.profile_id.in_(ids), ContactRequest.anonymised_at.is_(None))
        .values(
            name="",
            email="",
            phone="",
            member_number=None,
            location="",
            place_id=None,
            message="",
            note="",
            review_token_hash=None,  # an unused review link dies
            anonymised_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    await db.execute(
        update(Review)
        .where(Review.profile_id.in_(ids))
        .values(
            text="",
            author_name="",
            reply=None,
            replied_at=None,
            # Staff's reason may quote the review; that it was hidden stays (the rating).
            hidden_reason=case((Review.hidden_at.is_not(None), literal("")), else_=None),
        )
        .execution_options(synchronize_session=False)
    )
    await db.execute(
        update(PromotionRequest)
        .where(
            PromotionRequest.profile_id.in_(ids),
            PromotionRequest.status == PromotionRequestStatus.requested,
        )
        .values(status=PromotionRequestStatus.withdrawn, withdrawn_at=now)
        .execution_options(synchronize_session=False)
    )
    await db.execute(
        update(PromotionRequest)
        .where(PromotionRequest.profile_id.in_(ids))
        .values(message="")
        .execution_options(synchronize_session=False)
    )
    await db.execute(
        update(ProviderProfile)
        .where(ProviderProfile.id.in_(ids))
        .values(status=ProviderStatus.erased, **ERASED_VALUES)
        .execution_options(synchronize_session=False)
    )
    # Each profile's own folder too: it holds whatever versions a crash may have left behind.
    files = {row.id: [key for key in row[1:] if key] + [f"providers/{row.id}"] for row in profiles}
    await outbox.add_many(db, DELETE_FILES, [{"keys": keys} for keys in files.values()])
    await audit.record_many(
        db,
        SYSTEM,
        "provider.erased",
        subject_type="provider",
        subject_ids=ids,
        details={"by": by},
        details_of={profile_id: {"files": len(keys) - 1} for profile_id, keys in files.items()},
        person_id=actor_user_id,
    )
    return len(ids)


async def purge_fiscal_records(db: AsyncSession, today: date) -> int:
    """Fiscal records whose retention has ended go; the invoices then name nobody."""
    result = await db.execute(
        delete(ProviderFiscalRecord)
        .where(ProviderFiscalRecord.keep_until <= today)
        .returning(ProviderFiscalRecord.id)
    )
    return len(result.all())
