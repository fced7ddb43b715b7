"""The bare twins of Kring's public GETs: health, categories, skills, function codes, places, the
search (keywords only) and a provider's public profile."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, HTTPException, Request

from bench.bare import sql
from bench.bare.kit import PAGE, cut, display_name, fold, member_price, pool, rating
from bench.bare.models import (
    Category,
    FunctionCode,
    Health,
    Page,
    PlaceMatch,
    PlaceRead,
    PriceFrom,
    ProviderCard,
    PublicProfile,
    PublicService,
    ReviewRead,
    SearchResults,
    Skill,
)

router = APIRouter(prefix="/api/v1")
PUBLIC = "/api/v1/providers"
HEALTH = Health(status="ok")
FUNCTION_CODES = [
    FunctionCode(code=code, label=label)
    for code, label in {
        100: "Director",
        140: "System/application administrator",
        200: "Administrative employee",
        210: "HR manager",
        220: "HR adviser",
        221: "Planner",
    }.items()
]
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PARTS = ("morning", "afternoon", "evening")
PHOTO_VARIANTS = ("large", "medium", "small")
FIRST_REVIEWS = 10


@router.get("/health")
async def health() -> Health:
    return HEALTH


@router.get("/function-codes")
async def function_codes() -> list[FunctionCode]:
    return FUNCTION_CODES


@router.get("/categories")
async def categories(request: Request) -> list[Category]:
    rows = await pool(request).fetch(sql.CATEGORIES)
    return [Category(id=r["id"], slug=r["slug"], name=r["name_en"]) for r in rows]


SKILL_GROUPS = {
    "household": "Household",
    "errands": "Shopping and transport",
    "company": "Company and activities",
    "personal_care": "Personal care",
    "paperwork": "Paperwork and money",
    "digital": "Computer and phone",
    "lessons": "Language and lessons",
    "odd_jobs": "Odd jobs",
    "garden_pets": "Garden and pets",
    "family": "Children and family",
}


@router.get("/skills")
async def skills(request: Request) -> list[Skill]:
    rows = await pool(request).fetch(sql.SKILLS)
    return [
        Skill(
            id=r["id"],
            slug=r["slug"],
            group=r["skill_group"],
            group_name=SKILL_GROUPS[r["skill_group"]],
            name=r["name_en"],
        )
        for r in rows
    ]


@router.get("/places")
async def places(request: Request, q: str, limit: int = 10) -> list[PlaceMatch]:
    folded = fold(q)
    rows = await pool(request).fetch(sql.PLACES, folded, f"{folded}%", f"% {folded}%", limit)
    return [PlaceMatch(**{k: r[k] for k in PlaceMatch.model_fields}) for r in rows]


@router.get("/providers/search")
async def search(request: Request, q: str = "") -> SearchResults:
    terms = " & ".join(f"{term}:*" for term in fold(q).split()[:8])
    async with pool(request).acquire() as db:
        rows = await db.fetch(sql.SEARCH, terms, PAGE + 1)
        shown, next_cursor = cut(rows, "search-relevance", [f"key_{n}" for n in range(5)])
        found = await db.fetch(sql.CATEGORIES_OF, [r["id"] for r in shown])
    of: dict[uuid.UUID, list[Category]] = {r["id"]: [] for r in shown}
    for c in found:
        of[c["profile_id"]].append(Category(id=c["id"], slug=c["slug"], name=c["name"]))
    items = []
    for r in shown:
        photo = r["photo_key"]
        lowest = r["lowest_price_cents"]
        items.append(
            ProviderCard(
                id=r["id"],
                name=r["name"],
                company_name=r["company_name"],
                introduction=r["introduction"],
                photo_url=f"{PUBLIC}/{r['id']}/photo/small?v={photo.rsplit('/', 1)[-1]}"
                if photo is not None
                else None,
                categories=of[r["id"]],
                rating=rating(r["rating_count"], r["rating_sum"]),
                distance_km=None,
                price_from=PriceFrom(
                    price_cents=lowest,
                    member_price_cents=member_price(lowest),
                    unit=r["lowest_unit"],
                )
                if lowest is not None
                else None,
            )
        )
    total = rows[0]["total"] if rows else 0
    return SearchResults(items=items, next_cursor=next_cursor, place=None, total=total)


@router.get("/providers/{profile_id}")
async def public_profile(profile_id: uuid.UUID, request: Request) -> PublicProfile:
    async with pool(request).acquire() as db:
        p = await db.fetchrow(sql.PUBLIC_PROFILE, profile_id)
        if p is None:
            raise HTTPException(404)
        user = await db.fetchrow(sql.PUBLIC_PROFILE_USER, p["user_id"])
        categories = await db.fetch(sql.CATEGORIES_OF, [profile_id])
        services = await db.fetch(sql.PUBLIC_PROFILE_SERVICES, profile_id)
        places = await db.fetch(sql.PUBLIC_PROFILE_PLACES, profile_id)
        reviews = await db.fetch(sql.PUBLIC_PROFILE_REVIEWS, profile_id, FIRST_REVIEWS + 1)
    shown, next_cursor = cut(reviews, "provider-reviews", ("created_at", "id"), FIRST_REVIEWS)
    photo, video = p["photo_key"], p["video_key"]
    bits = p["day_parts"]
    return PublicProfile(
        id=p["id"],
        name=display_name(user),
        first_name=user["first_name"],
        company_name=p["company_name"],
        introduction=p["introduction"],
        profile_text=p["profile_text"],
        photo_urls={
            v: f"{PUBLIC}/{p['id']}/photo/{v}?v={photo.rsplit('/', 1)[-1]}" for v in PHOTO_VARIANTS
        }
        if photo
        else None,
        video={
            "url": f"{PUBLIC}/{p['id']}/video?v={video.rsplit('/', 1)[-1].split('.', 1)[0]}",
            "media_type": p["video_media_type"],
        }
        if video and p["video_media_type"]
        else None,
        categories=[Category(id=c["id"], slug=c["slug"], name=c["name"]) for c in categories],
        services=[
            PublicService(
                **{k: s[k] for k in ("id", "name", "price_cents", "unit", "description")},
                member_price_cents=member_price(s["price_cents"]),
            )
            for s in services
        ],
        price_note=p["price_note"],
        price_list={"url": f"{PUBLIC}/{p['id']}/price-list", "bytes": p["price_list_bytes"]}
        if p["price_list_key"] and p["price_list_bytes"]
        else None,
        badges={
            **{k: p[k] for k in ("identity_document_seen", "seen_in_person", "introduction_video")},
            "certificate_of_conduct": bool(p["vog_key"] and p["vog_confirmed_at"]),
        },
        rating=rating(p["rating_count"], p["rating_sum"]),
        work_area_kind=p["work_area_kind"],
        radius_km=p["radius_km"],
        places=[PlaceRead(**{k: r[k] for k in PlaceRead.model_fields}) for r in places],
        latitude=round(p["latitude"], 2) if p["latitude"] is not None else None,
        longitude=round(p["longitude"], 2) if p["longitude"] is not None else None,
        day_parts={
            day: [part for n, part in enumerate(PARTS) if bits & (1 << (d * 3 + n))]
            for d, day in enumerate(DAYS)
            if bits & (0b111 << (d * 3))
        },
        reviews=Page[ReviewRead](
            items=[ReviewRead(**dict(r)) for r in shown], next_cursor=next_cursor
        ),
    )
