"""What Kring's kit does for the bare endpoints, in a few lines each: the session check (one
query), keyset cursors in Kring's encoding, names, member prices, ratings and folded text."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import unicodedata
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import asyncpg
from fastapi import HTTPException, Request

from bench.bare import sql
from bench.bare.models import Rating

PAGE = 20  # Kring's default page size; a list reads one row more to know of a next page
COOKIE = "kring_session"  # dev on http://127.0.0.1: no __Host- prefix
SECRET = os.environ.get("BARE_SECRET_KEY", "").encode()
IDLE_MINUTES = int(os.environ.get("BARE_SESSION_IDLE_MINUTES", "30"))


def pool(request: Request) -> asyncpg.Pool:
    return request.app.state.pool


async def person(db: asyncpg.Connection, request: Request, *, setup: bool = False) -> Any:
    """The session joined to its person (401 without a live one); staff and members must have
    proven a second factor in the session, except on /me (`setup`), as in Kring."""
    token = request.cookies.get(COOKIE)
    found = None
    if token:
        digest = hmac.new(SECRET, token.encode(), hashlib.sha256).digest()
        found = await db.fetchrow(sql.AUTH, digest, IDLE_MINUTES)
    if found is None:
        raise HTTPException(401)
    who = dict(found)
    who["memberships"] = json.loads(found["memberships"])
    active = found["active_organisation_id"]
    who["acting_organisation_id"] = next(
        (active for m in who["memberships"] if uuid.UUID(m[0]) == active), None
    )
    second_factor_needed = found["staff_role"] is not None or bool(who["memberships"])
    if not setup and second_factor_needed and found["mfa_verified_at"] is None:
        raise HTTPException(403)
    return who


async def provider(db: asyncpg.Connection, request: Request) -> Any:
    """The signed-in person's whole profile row, as Kring's provider principal loads it."""
    who = await person(db, request)
    profile = await db.fetchrow(sql.OWN_PROFILE, who["user_id"])
    if profile is None:
        raise HTTPException(404)
    return profile


async def staff(db: asyncpg.Connection, request: Request) -> Any:
    """Any staff role: each list the bench reads is open to every role."""
    who = await person(db, request)
    if who["staff_role"] is None:
        raise HTTPException(403)
    return who


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    return value


def cut(
    rows: Sequence[Any], name: str, keys: Sequence[str], size: int = PAGE
) -> tuple[list[Any], str | None]:
    """The page's rows and the next cursor, encoded as Kring's `kit.pagination` does."""
    if len(rows) <= size:
        return list(rows), None
    last = rows[size - 1]
    payload = json.dumps([name, [_plain(last[k]) for k in keys]], separators=(",", ":"))
    return list(rows[:size]), base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def display_name(row: Any) -> str:
    return " ".join(p for p in (row["first_name"], row["prefix"], row["last_name"]) if p)


def member_price(cents: int) -> int:
    """The customer price minus 10%, rounded half-up."""
    return int((Decimal(cents) * Decimal("0.9")).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def rating(count: int, total: int) -> Rating:
    return Rating(average=round(total / count, 1) if count else None, count=count)


def fold(text: str) -> str:
    """`Liège` -> `liege`: what Kring's search compares."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", plain.lower()).strip()


def figures(row: Any) -> dict[str, Any]:
    """Response figures, rounded as Kring rounds them."""
    return {
        "requests": row["requests"],
        "appointments": row["appointments"],
        "answered": row["answered"],
        "median_response_minutes": round(row["median"], 1) if row["median"] is not None else None,
        "within_deadline_share": round(row["share"], 3) if row["share"] is not None else None,
    }
