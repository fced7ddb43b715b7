"""The bare twins of Kring's signed-in GETs: /me, an organisation's members (its portal admin),
a provider's inbox, statistics and reviews, a partner's dossiers, and staff's lists. Each
checks the session first (`kit.person`: one query), then runs Kring's statements for the
endpoint."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Request
from uuid6 import uuid7

from bench.bare import sql
from bench.bare.kit import PAGE, cut, display_name, figures, person, pool, provider, rating, staff
from bench.bare.models import (
    AccountRead,
    Address,
    ContactRequestRead,
    DossierSummary,
    DutchAddressRead,
    HelperSummary,
    InboxPage,
    Me,
    MemberRead,
    MembershipInfo,
    MembershipSummary,
    OrganisationRead,
    OverdueDossier,
    Page,
    PartnerAccessRequestSummary,
    PromotionRequestSummary,
    ProviderResponseTimes,
    ProviderReviewRead,
    ProviderStatistics,
    ProviderSummary,
    WeekCount,
)

router = APIRouter(prefix="/api/v1")
# The name parts a list reads, shown as one name.
NAME_PARTS = ("first_name", "prefix", "last_name")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PACKAGE_NAMES = {
    "basic": "Basic package",
    "plus": "Plus package",
    "luxe": "Luxe package",
    "fee": "Fee package",
}


@router.get("/me")
async def me(request: Request) -> Me:
    async with pool(request).acquire() as db:
        who = await person(db, request, setup=True)
    home = None
    if who["home_street"] is not None:
        home = {k: who[f"home_{k}"] for k in ("street", "house_number", "postcode", "city")}
        home["house_number_addition"] = who["home_house_number_addition"]
    return Me(
        id=who["user_id"],
        **{k: who[k] for k in ("email", "initials", "first_name", "prefix", "last_name")},
        **{k: who[k] for k in ("language", "phone_for_questions", "birth_date", "gender")},
        home_address=home,
        staff_role=who["staff_role"],
        staff_tasks=[],  # the bench's /me is a portal admin, not staff
        memberships=[
            MembershipInfo(
                organisation_id=organisation_id,
                organisation_name=name,
                kind=kind,
                portal_admin=portal_admin,
            )
            for organisation_id, name, kind, portal_admin, _membership_id in who["memberships"]
        ],
        active_organisation_id=who["acting_organisation_id"],
    )


def _dutch_address(row: Any, prefix: str) -> DutchAddressRead | None:
    parts = {k: row[f"{prefix}_{k}"] for k in ("street", "house_number", "postcode", "city")}
    if any(value is None for value in parts.values()):
        return None
    return DutchAddressRead(**parts, house_number_addition=row[f"{prefix}_house_number_addition"])


@router.get("/organisations/{organisation_id}/members")
async def members(organisation_id: uuid.UUID, request: Request) -> Page[MemberRead]:
    async with pool(request).acquire() as db:
        who = await person(db, request)
        if who["acting_organisation_id"] != organisation_id:
            raise HTTPException(404)
        rows = await db.fetch(sql.MEMBERS, organisation_id, PAGE + 1)
    shown, next_cursor = cut(rows, "members", ("sort_last", "sort_first", "id"))
    computed = {"full_name", "account_status", "has_second_factor", "address", "postal_address"}
    copied = set(MemberRead.model_fields) - computed
    # The bench's caller is the organisation's portal admin, who sees every card's addresses.
    items = [
        MemberRead(
            **{k: r[k] for k in copied},
            full_name=display_name(r),
            account_status=r["status"],
            has_second_factor=r["has_factor"],
            address=_dutch_address(r, "home"),
            postal_address=_dutch_address(r, "postal"),
        )
        for r in shown
    ]
    return Page[MemberRead](items=items, next_cursor=next_cursor)


@router.get("/provider/contact-requests")
async def inbox(request: Request) -> InboxPage:
    now = datetime.now(UTC)
    async with pool(request).acquire() as db:
        profile = await provider(db, request)
        counts = await db.fetchrow(sql.INBOX_COUNTS, now, profile["id"])
        rows = await db.fetch(sql.INBOX_PAGE, profile["id"], PAGE + 1)
        shown, next_cursor = cut(
            rows, "inbox", ("answered_rank", "deadline_at", "created_at", "id")
        )
        details = json.dumps({"requests": [str(r["id"]) for r in shown]})
        address = request.client.host if request.client else None
        agent = (request.headers.get("user-agent") or "")[:300] or None
        await db.fetchrow(
            sql.INBOX_AUDIT, profile["user_id"], profile["id"], address, agent, details, uuid7()
        )
    items = [
        ContactRequestRead(
            **{k: r[k] for k in ContactRequestRead.model_fields if k in r},
            received_at=r["created_at"],
            overdue=r["status"] == "new" and r["deadline_at"] < now,
        )
        for r in shown
    ]
    return InboxPage(items=items, next_cursor=next_cursor, **dict(counts))


@router.get("/provider/statistics")
async def statistics(request: Request) -> ProviderStatistics:
    now = datetime.now(UTC)
    last = now.astimezone(AMSTERDAM).date()
    first = last - timedelta(weeks=12) + timedelta(days=1)
    start = datetime.combine(first, time.min, tzinfo=AMSTERDAM)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=AMSTERDAM)
    async with pool(request).acquire() as db:
        profile = await provider(db, request)
        row = await db.fetchrow(sql.STATISTICS, now, profile["id"], start, end)
        weeks = await db.fetch(sql.STATISTICS_PER_WEEK, profile["id"], start, end)
    counted = {w["week"].date(): w["requests"] for w in weeks}
    monday = first - timedelta(days=first.weekday())
    per_week = []
    while monday <= last:
        per_week.append(WeekCount(week_start=monday, requests=counted.get(monday, 0)))
        monday += timedelta(days=7)
    return ProviderStatistics(
        **figures(row),
        period_from=first,
        period_to=last,
        rating=rating(profile["rating_count"], profile["rating_sum"]),
        per_week=per_week,
    )


@router.get("/provider/reviews")
async def own_reviews(request: Request) -> Page[ProviderReviewRead]:
    async with pool(request).acquire() as db:
        profile = await provider(db, request)
        rows = await db.fetch(sql.OWN_REVIEWS, profile["id"], PAGE + 1)
    shown, next_cursor = cut(rows, "own-reviews", ("created_at", "id"))
    items = [
        ProviderReviewRead(
            **{k: r[k] for k in ProviderReviewRead.model_fields if k in r},
            hidden=r["hidden_at"] is not None,
        )
        for r in shown
    ]
    return Page[ProviderReviewRead](items=items, next_cursor=next_cursor)


@router.get("/admin/users")
async def admin_users(request: Request) -> Page[AccountRead]:
    async with pool(request).acquire() as db:
        await staff(db, request)
        rows = await db.fetch(sql.ADMIN_USERS, PAGE + 1)
        shown, next_cursor = cut(rows, "accounts", ("email_key", "id"))
        ids = [r["id"] for r in shown]
        memberships = await db.fetch(sql.ADMIN_USERS_MEMBERSHIPS, ids)
        with_factor = {r["user_id"] for r in await db.fetch(sql.ADMIN_USERS_FACTORS, ids)}
        branch_ids = [r["staff_branch_id"] for r in shown if r["staff_branch_id"]]
        branches = (
            {b["id"]: b["name"] for b in await db.fetch(sql.ADMIN_USERS_BRANCHES, branch_ids)}
            if branch_ids
            else {}
        )
    of: dict[uuid.UUID, list[MembershipSummary]] = {i: [] for i in ids}
    for m in memberships:
        of[m["user_id"]].append(
            MembershipSummary(
                id=m["id"],
                organisation_id=m["organisation_id"],
                organisation_name=m["name"],
                organisation_kind=m["kind"],
                portal_admin=m["portal_admin"],
                portal_employee=m["portal_employee"],
                umbrella_link_reason=m["umbrella_link_reason"],
            )
        )
    copied = ("id", "email", "full_name", "status", "staff_role", "language", "last_login_at")
    items = [
        AccountRead(
            **{k: r[k] for k in copied},
            has_second_factor=r["id"] in with_factor,
            memberships=of[r["id"]],
            staff_branch_id=r["staff_branch_id"],
            staff_branch_name=branches.get(r["staff_branch_id"]),
        )
        for r in shown
    ]
    return Page[AccountRead](items=items, next_cursor=next_cursor)


def _address(row: Any, prefix: str) -> Address | None:
    if row[f"{prefix}_street"] is None:
        return None
    return Address(
        **{k: row[f"{prefix}_{k}"] for k in ("street", "house_number", "postcode", "city")}
    )


@router.get("/admin/organisations")
async def admin_organisations(request: Request) -> Page[OrganisationRead]:
    async with pool(request).acquire() as db:
        await staff(db, request)
        rows = await db.fetch(sql.ADMIN_ORGANISATIONS, PAGE + 1)
    shown, next_cursor = cut(rows, "organisations", ("sort_name", "id"))
    copied = ("id", "kind", "name", "country", "registration_number", "phone", "email")
    items = [
        OrganisationRead(
            **{k: r[k] for k in copied},
            visiting_address=_address(r, "visit"),
            postal_address=_address(r, "postal"),
            ad_contract=r["ad_contract"],
            contact_card={
                "name": r["branch_name"],
                "phone": r["branch_phone"],
                "email": r["branch_email"],
                "opening_hours": r["branch_opening_hours"],
            }
            if r["branch_name"] is not None
            else None,
        )
        for r in shown
    ]
    return Page[OrganisationRead](items=items, next_cursor=next_cursor)


def _vog(r: Any) -> dict[str, Any] | None:
    if r["vog_key"] is None:
        return None
    status = (
        "confirmed" if r["vog_confirmed_at"] else "rejected" if r["vog_rejected_at"] else "waiting"
    )
    return {
        "status": status,
        "version": r["vog_key"].rsplit("/", 1)[-1].removesuffix(".pdf"),
        "bytes": r["vog_bytes"],
        "uploaded_at": r["vog_uploaded_at"],
        "issued_on": r["vog_issued_on"],
        "confirmed_at": r["vog_confirmed_at"],
        "rejected_at": r["vog_rejected_at"],
        "rejection_reason": r["vog_rejection_reason"],
    }


@router.get("/admin/providers")
async def admin_providers(request: Request) -> Page[ProviderSummary]:
    async with pool(request).acquire() as db:
        await staff(db, request)
        rows = await db.fetch(sql.ADMIN_PROVIDERS, PAGE + 1)
    shown, next_cursor = cut(rows, "admin-providers", ("created_at", "id"))
    items = []
    for r in shown:
        vog = _vog(r)
        professional = bool(r["has_kvk"])
        items.append(
            ProviderSummary(
                **{k: r[k] for k in ProviderSummary.model_fields if k in r},
                name=display_name(r),
                professional=professional,
                vog=vog,
                vog_missing=professional and (vog is None or vog["status"] != "confirmed"),
            )
        )
    return Page[ProviderSummary](items=items, next_cursor=next_cursor)


def _invoice(r: Any) -> dict[str, Any] | None:
    if r["invoice_id"] is None:
        return None
    return {
        "id": r["invoice_id"],
        "number": r["invoice_number"],
        "issued_on": r["invoice_issued_on"],
        "package_cents": r["invoice_package_cents"],
        "fee_credit_cents": r["invoice_fee_credit_cents"],
        "total_cents": r["invoice_total_cents"],
        "net_cents": r["invoice_total_cents"] - r["invoice_vat_cents"],
        "vat_cents": r["invoice_vat_cents"],
        "pdf_url": f"/api/v1/provider/invoices/{r['invoice_id']}/pdf",
    }


@router.get("/admin/promotion-requests")
async def admin_promotions(request: Request) -> Page[PromotionRequestSummary]:
    async with pool(request).acquire() as db:
        await staff(db, request)
        rows = await db.fetch(sql.ADMIN_PROMOTIONS, PAGE + 1)
    shown, next_cursor = cut(rows, "promotion-requests", ("created_at", "id"))
    copied = ("id", "package", "status", "message", "price_cents", "starts_on", "ends_on")
    items = [
        PromotionRequestSummary(
            **{k: r[k] for k in copied},
            name=PACKAGE_NAMES[r["package"]],
            requested_at=r["created_at"],
            invoice=_invoice(r),
            **{k: r[k] for k in ("profile_id", "provider_name", "provider_email")},
        )
        for r in shown
    ]
    return Page[PromotionRequestSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/partner-access-requests")
async def admin_partner_access(request: Request) -> Page[PartnerAccessRequestSummary]:
    async with pool(request).acquire() as db:
        await staff(db, request)
        rows = await db.fetch(sql.ADMIN_PARTNER_ACCESS, PAGE + 1)
    shown, next_cursor = cut(rows, "partner-access-requests", ("deadline_at", "id"))
    now = datetime.now(UTC)
    copied = (
        "id",
        "status",
        "organisation_id",
        "country",
        "registration_number",
        "job_title",
        "work_email",
        "work_phone",
        "reason",
        "deadline_at",
        "decided_at",
        "refusal_reason",
        "user_id",
        "requester_name",
        "requester_email",
    )
    items = [
        PartnerAccessRequestSummary(
            **{k: r[k] for k in copied},
            organisation_name=r["organisation_shown"],
            requested_at=r["created_at"],
            overdue=r["status"] == "requested" and r["deadline_at"] < now,
        )
        for r in shown
    ]
    return Page[PartnerAccessRequestSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/provider-response-times")
async def response_times(request: Request) -> Page[ProviderResponseTimes]:
    now = datetime.now(UTC)
    async with pool(request).acquire() as db:
        await staff(db, request)
        rows = await db.fetch(sql.RESPONSE_TIMES, now, PAGE + 1)
    shown, next_cursor = cut(rows, "response-times", ("overdue", "email", "profile_id"))
    items = [
        ProviderResponseTimes(
            **figures(r), **{k: r[k] for k in ("profile_id", "name", "email", "overdue")}
        )
        for r in shown
    ]
    return Page[ProviderResponseTimes](items=items, next_cursor=next_cursor)


async def _listed(db: Any, request: Request, who: Any, shown: list[tuple[Any, str]]) -> None:
    """One `dossier.listed` audit row per dossier shown (its id, its details as JSON), in one
    executemany, as Kring's `audit.record_many`."""
    address = request.client.host if request.client else None
    agent = (request.headers.get("user-agent") or "")[:300] or None
    await db.executemany(
        sql.DOSSIER_AUDIT,
        [(who["user_id"], i, address, agent, details, uuid7()) for i, details in shown],
    )


@router.get("/dossiers")
async def dossiers(request: Request) -> Page[DossierSummary]:
    async with pool(request).acquire() as db, db.transaction():
        who = await person(db, request)
        rows = await db.fetch(sql.DOSSIERS, who["user_id"], PAGE + 1)
        shown, next_cursor = cut(rows, "dossiers", ("created_at", "id"))
        listed = [(r["id"], json.dumps({"as": r["my_role"]})) for r in shown]
        await _listed(db, request, who, listed)
    items = [DossierSummary(**dict(r)) for r in shown]
    return Page[DossierSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/helpers")
async def admin_helpers(request: Request) -> Page[HelperSummary]:
    async with pool(request).acquire() as db, db.transaction():
        await staff(db, request)
        rows = await db.fetch(sql.ADMIN_HELPERS, PAGE + 1)
    shown, next_cursor = cut(rows, "admin-helpers", ("created_at", "id"))
    items = [
        HelperSummary(
            **{k: v for k, v in dict(r).items() if k not in NAME_PARTS}, name=display_name(r)
        )
        for r in shown
    ]
    return Page[HelperSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/dossiers")
async def admin_dossiers(request: Request) -> Page[DossierSummary]:
    async with pool(request).acquire() as db, db.transaction():
        who = await staff(db, request)
        rows = await db.fetch(sql.ADMIN_DOSSIERS, PAGE + 1)
        shown, next_cursor = cut(rows, "dossiers", ("created_at", "id"))
        details = json.dumps({"as": "staff", "staff_role": who["staff_role"]})
        await _listed(db, request, who, [(r["id"], details) for r in shown])
    items = [DossierSummary(**dict(r)) for r in shown]
    return Page[DossierSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/hours/overdue")
async def overdue_hours(request: Request, limit: int = 100) -> list[OverdueDossier]:
    async with pool(request).acquire() as db, db.transaction():
        await staff(db, request)
        this_month = datetime.now(AMSTERDAM).date().replace(day=1)
        rows = await db.fetch(sql.OVERDUE_HOURS, this_month, limit)
    return [OverdueDossier(**dict(r)) for r in rows]
