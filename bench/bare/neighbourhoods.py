"""The bare twin of Kring's neighbourhood feed (issue 22): the session check (`kit.person`),
the person's place in the neighbourhood (404 outside it), Kring's feed statement and the same
JSON (Kring's response models; the bench asks in English)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from bench.bare import neighbourhoods_sql as sql
from bench.bare.kit import PAGE, cut, person, pool
from bench.bare.models import Page
from kring.posts.schemas import Author, PostSummary

router = APIRouter(prefix="/api/v1")
ANONYMOUS = "a neighbour, via the neighbourhood worker"


def _author(row: Any) -> Author:
    if row["on_behalf"]:
        if row["anonymous"] or not row["posted_for_name"]:
            return Author(label=ANONYMOUS)
        return Author(label=f"{row['posted_for_name']}, via the neighbourhood worker")
    initial = (row["author_last_name"] or "").strip()[:1].upper()
    first = row["author_first_name"]
    return Author(label=f"{first} {initial}." if initial else first, user_id=row["author_id"])


def _photo(row: Any, size: str) -> str | None:
    key = row["photo_key"]
    if key is None:
        return None
    return f"/api/v1/posts/{row['id']}/photo/{size}?v={key.rsplit('/', 1)[-1]}"


def _item(row: Any) -> PostSummary:
    return PostSummary(
        id=row["id"],
        neighbourhood_id=row["neighbourhood_id"],
        kind=row["kind"],
        title=row["title"],
        body=row["body"],
        wanted_on=row["wanted_on"],
        day_part=row["day_part"],
        status=row["status"],
        solved_by_neighbour=row["solved_by_neighbour"],
        reply_count=row["reply_count"],
        created_at=row["created_at"],
        author=_author(row),
        is_mine=row["is_mine"],
        hidden=row["hidden"],
        photo_url=_photo(row, "large"),
        photo_thumbnail_url=_photo(row, "small"),
    )


@router.get("/neighbourhoods/{neighbourhood_id}/posts")
async def feed(neighbourhood_id: uuid.UUID, request: Request) -> Page[PostSummary]:
    """The first page, newest first."""
    async with pool(request).acquire() as db:
        who = await person(db, request)
        standing = await db.fetchrow(sql.STANDING, who["user_id"], neighbourhood_id)
        if standing["resident_id"] is None and not standing["is_worker"]:
            raise HTTPException(404)
        rows = await db.fetch(sql.FEED, who["user_id"], neighbourhood_id, PAGE + 1)
    shown, next_cursor = cut(rows, "posts", ("created_at", "id"))
    return Page[PostSummary](items=[_item(r) for r in shown], next_cursor=next_cursor)
