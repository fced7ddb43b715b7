"""The bare twins of the neighbourhoods' other lists (issue 22): neighbours who can help, my
posts, the worker's unanswered list, a post's replies, my conversations, and staff's
neighbourhoods and reports queue. Each checks what Kring checks: the session (`kit.person`), then
the person's place in the neighbourhood (`STANDING`: 404 outside it, 403 on the unanswered list
for anyone but its worker), the post through the neighbourhoods the person reaches (404
otherwise), or the staff task (403 for a staff role without it); runs Kring's statements
(`neighbourhood_lists_sql`) and, where Kring audits the list (the reports queue), writes its
audit row naming what was shown, in a transaction of its own. The same JSON (Kring's response
models; the bench asks in English)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from uuid6 import uuid7

from bench.bare import neighbourhood_lists_sql as sql
from bench.bare.kit import PAGE, cut, person, pool
from bench.bare.models import Page
from bench.bare.neighbourhoods import _author, _item
from bench.bare.neighbourhoods_sql import STANDING
from kring.auth.staff_roles import StaffTask, may
from kring.config import Settings
from kring.models.user import StaffRole, neighbour_name
from kring.neighbour_messages.schemas import ConversationSummary, QueuedReport
from kring.neighbour_messages.service import excerpt
from kring.neighbourhoods.schemas import AreaPlace, Helper, NeighbourhoodAdminSummary, SkillShown
from kring.posts.schemas import Author, PostSummary, ReplyRead, UnansweredItem

router = APIRouter(prefix="/api/v1")
UNANSWERED_AFTER = timedelta(hours=Settings.model_fields["unanswered_after_hours"].default)
WORKER = "the neighbourhood worker"
NEIGHBOURHOOD_COLUMNS = (
    "id",
    "name",
    "country",
    "description",
    "latitude",
    "longitude",
    "archived_at",
    "resident_count",
)
REPORT_COLUMNS = (
    "id",
    "subject_type",
    "subject_id",
    "neighbourhood_id",
    "neighbourhood_name",
    "reporter_user_id",
    "reported_user_id",
    "reason",
    "status",
    "created_at",
    "handled_at",
    "outcome",
)


async def _standing(db: Any, who: Any, neighbourhood_id: uuid.UUID) -> Any:
    """The person's place in the neighbourhood; 404 for anyone who neither lives there nor
    serves it."""
    standing = await db.fetchrow(STANDING, who["user_id"], neighbourhood_id)
    if standing["resident_id"] is None and not standing["is_worker"]:
        raise HTTPException(404)
    return standing


async def _staff_for(db: Any, request: Request, task: StaffTask) -> Any:
    """A staff member whose role has the task (Kring's `staff_for`): 403 otherwise."""
    who = await person(db, request)
    role = who["staff_role"]
    if role is None or not may(frozenset({StaffRole(role)}), task):
        raise HTTPException(403)
    return who


@router.get("/neighbourhoods/{neighbourhood_id}/helpers")
async def helpers(
    neighbourhood_id: uuid.UUID,
    request: Request,
    skill: Annotated[str | None, Query(min_length=2, max_length=60)] = None,
) -> Page[Helper]:
    """The first page, nearest first from my residence (a worker living elsewhere: the
    neighbourhood's centre)."""
    async with pool(request).acquire() as db:
        who = await person(db, request)
        await _standing(db, who, neighbourhood_id)
        skill_id = None
        if skill is not None:
            skill_id = await db.fetchval(sql.SKILL, skill)
            if skill_id is None:
                raise HTTPException(422)
        origin = await db.fetchrow(sql.ORIGIN, who["user_id"], neighbourhood_id)
        if origin is None:
            origin = await db.fetchrow(sql.CENTRE, neighbourhood_id)
        latitude, longitude = origin
        head = (*sql.DISTANCE, latitude, 2, 2, longitude, 2, 2, 2, 2, neighbourhood_id)
        if skill_id is None:
            rows = await db.fetch(sql.HELPERS, *head, who["user_id"], PAGE + 1)
        else:
            rows = await db.fetch(sql.HELPERS_OF_SKILL, *head, who["user_id"], skill_id, PAGE + 1)
        shown, next_cursor = cut(rows, "neighbourhood_helpers", ("distance_km", "id"))
        skills: dict[uuid.UUID, list[SkillShown]] = {row["id"]: [] for row in shown}
        if shown:
            ids = [row["id"] for row in shown]
            for row in await db.fetch(sql.helper_skills(len(ids)), *ids):
                skills[row["resident_id"]].append(
                    SkillShown(id=row["id"], slug=row["slug"], name=row["name_en"])
                )
    items = [
        Helper(
            user_id=row["user_id"],
            display_name=neighbour_name(row["first_name"], row["last_name"]),
            distance_km=float(row["distance_km"]),
            skills=skills[row["id"]],
            about=row["about"],
            volunteers_for_organisations=row["volunteers"],
        )
        for row in shown
    ]
    return Page[Helper](items=items, next_cursor=next_cursor)


@router.get("/me/posts")
async def my_posts(request: Request) -> Page[PostSummary]:
    """The first page of the posts I wrote, newest first."""
    async with pool(request).acquire() as db:
        who = await person(db, request)
        rows = await db.fetch(sql.MY_POSTS, who["user_id"], PAGE + 1)
    shown, next_cursor = cut(rows, "posts", ("created_at", "id"))
    return Page[PostSummary](items=[_item(r) for r in shown], next_cursor=next_cursor)


@router.get("/neighbourhoods/{neighbourhood_id}/unanswered")
async def unanswered(neighbourhood_id: uuid.UUID, request: Request) -> Page[UnansweredItem]:
    """For the neighbourhood's worker only: the first page, oldest first."""
    async with pool(request).acquire() as db:
        who = await person(db, request)
        standing = await _standing(db, who, neighbourhood_id)
        if not standing["is_worker"]:
            raise HTTPException(403)
        now = datetime.now(UTC)
        rows = await db.fetch(
            sql.UNANSWERED,
            who["user_id"],
            neighbourhood_id,
            "help_request",
            "open",
            now - UNANSWERED_AFTER,
            PAGE + 1,
        )
    shown, next_cursor = cut(rows, "unanswered", ("created_at", "id"))
    items = [
        UnansweredItem(
            **_item(r).model_dump(),
            waiting_hours=int((now - r["created_at"]).total_seconds() // 3600),
        )
        for r in shown
    ]
    return Page[UnansweredItem](items=items, next_cursor=next_cursor)


@router.get("/posts/{post_id}/replies")
async def replies(post_id: uuid.UUID, request: Request) -> Page[ReplyRead]:
    """The first page, oldest first; the worker answering under a post on behalf is named as
    the post."""
    async with pool(request).acquire() as db:
        who = await person(db, request)
        me = who["user_id"]
        post = await db.fetchrow(sql.READABLE_POST, me, me, me, post_id)
        if post is None:
            raise HTTPException(404)
        # The post's summary only names the worker's replies under a post on behalf, as Kring.
        summary = await db.fetchrow(sql.POST_SUMMARY, me, post_id) if post["on_behalf"] else None
        rows = await db.fetch(sql.REPLIES, me, post_id, me, PAGE + 1)
    masked = _author(summary) if summary is not None else None
    shown, next_cursor = cut(rows, "replies", ("created_at", "id"))
    items = [
        ReplyRead(
            id=r["id"],
            body=r["body"],
            author=masked
            if masked is not None and r["author_user_id"] == post["author_user_id"]
            else Author(
                label=neighbour_name(r["first_name"], r["last_name"]), user_id=r["author_user_id"]
            ),
            is_mine=r["is_mine"],
            hidden=r["hidden"],
            created_at=r["created_at"],
        )
        for r in shown
    ]
    return Page[ReplyRead](items=items, next_cursor=next_cursor)


@router.get("/conversations")
async def conversations(request: Request) -> Page[ConversationSummary]:
    """The first page of my conversations, the last message first."""
    async with pool(request).acquire() as db:
        who = await person(db, request)
        me = who["user_id"]
        rows = await db.fetch(sql.CONVERSATIONS, me, 1, 1, me, me, me, me, me, PAGE + 1)
    shown, next_cursor = cut(
        rows, "neighbour_conversations", ("last_message_at", "conversation_id")
    )
    items = [
        ConversationSummary(
            id=r["conversation_id"],
            post_id=r["post_id"],
            post_title=r["post_title"],
            other_user_id=None if r["masked"] else r["other_user_id"],
            other_name=WORKER
            if r["masked"]
            else neighbour_name(r["other_first_name"], r["other_last_name"]),
            other_is_neighbourhood_worker=r["masked"],
            last_message_at=r["last_message_at"],
            last_message_excerpt=excerpt(r["last_body"]),
            last_message_mine=bool(r["last_mine"]),
            unread_count=int(r["unread_count"] or 0),
        )
        for r in shown
    ]
    return Page[ConversationSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/neighbourhoods")
async def admin_neighbourhoods(request: Request) -> list[NeighbourhoodAdminSummary]:
    """All of them, archived ones too, by name, with their areas."""
    async with pool(request).acquire() as db:
        await _staff_for(db, request, StaffTask.manage_neighbourhoods)
        rows = await db.fetch(sql.ADMIN_NEIGHBOURHOODS)
        found: dict[uuid.UUID, tuple[list[str], list[AreaPlace]]] = {
            row["id"]: ([], []) for row in rows
        }
        if rows:
            ids = list(found)
            for area in await db.fetch(sql.areas(len(ids)), *ids):
                postcodes, places = found[area["neighbourhood_id"]]
                if area["postcode_area"] is not None:
                    postcodes.append(area["postcode_area"])
                else:
                    places.append(AreaPlace(id=area["id"], name=area["name"]))
    return [
        NeighbourhoodAdminSummary(
            **{k: row[k] for k in NEIGHBOURHOOD_COLUMNS},
            postcode_areas=found[row["id"]][0],
            places=found[row["id"]][1],
        )
        for row in rows
    ]


@router.get("/admin/neighbourhood-reports")
async def neighbourhood_reports(request: Request) -> Page[QueuedReport]:
    """The first page of the open reports, the oldest first; audited as Kring does."""
    async with pool(request).acquire() as db:
        who = await _staff_for(db, request, StaffTask.moderate_neighbourhoods)
        rows = await db.fetch(sql.REPORTS, " ", " ", "open", PAGE + 1)
        now = datetime.now(UTC)
        shown, next_cursor = cut(rows, "neighbourhood_reports_open", ("created_at", "id"))
        items = [
            QueuedReport(
                **{k: r[k] for k in REPORT_COLUMNS},
                reporter_name=r["reporter_name"] or "",
                reported_name=r["reported_name"] or "",
                age_hours=max(0, int((now - r["created_at"]).total_seconds() // 3600)),
            )
            for r in shown
        ]
        details = {"reports": [str(item.id) for item in items], "view": "open"}
        address = request.client.host if request.client else None
        agent = (request.headers.get("user-agent") or "")[:300] or None
        async with db.transaction():
            await db.execute(
                sql.REPORTS_AUDIT,
                who["user_id"],
                None,
                "neighbourhood_report.listed",
                "neighbourhood_report",
                None,
                "success",
                address,
                agent,
                json.dumps(details),
                uuid7(),
            )
    return Page[QueuedReport](items=items, next_cursor=next_cursor)
