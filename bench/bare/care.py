"""The bare twins of Kring's lists of issue 21: an organisation's projects, its portal admin's
open threads and open invoices, and staff's projects, waiting questions and invoices. Each
checks the session (`kit.person`: one query, the memberships with it), runs Kring's statement
(`care_sql`) and, where Kring audits the list (threads, invoices), writes its one audit row
naming what was shown in a transaction of its own; the same JSON (Kring's response models)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Request
from uuid6 import uuid7

from bench.bare import care_sql as sql
from bench.bare.kit import PAGE, cut, person, pool, staff
from bench.bare.models import Page
from kring.correspondence.schemas import QueueItem, ThreadSummary
from kring.invoices.schemas import InvoiceSummary
from kring.projects.schemas import ProjectSummary, StaffProjectSummary

router = APIRouter(prefix="/api/v1")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PROJECT_KEYS = ("ends_key", "name_key", "id")


def _today() -> date:
    """The day it is in Amsterdam: what "current" and "overdue" are measured against."""
    return datetime.now(AMSTERDAM).date()


def _membership(who: Any, organisation_id: uuid.UUID) -> Any:
    """The membership (organisation, name, kind, portal admin, id) of the organisation the
    person acts for; another organisation is not found, as in Kring."""
    if who["acting_organisation_id"] != organisation_id:
        raise HTTPException(404)
    return next(m for m in who["memberships"] if uuid.UUID(m[0]) == organisation_id)


async def _audited(
    db: Any, request: Request, statement: str, who: Any, organisation_id: Any, details: Any
) -> None:
    address = request.client.host if request.client else None
    agent = (request.headers.get("user-agent") or "")[:300] or None
    async with db.transaction():
        await db.execute(
            statement, who["user_id"], organisation_id, address, agent, json.dumps(details), uuid7()
        )


def _project(row: Any, today: date) -> dict[str, Any]:
    return {
        **{k: row[k] for k in ProjectSummary.model_fields if k != "current"},
        "current": row["ends_on"] is None or row["ends_on"] >= today,
    }


@router.get("/organisations/{organisation_id}/projects")
async def projects(organisation_id: uuid.UUID, request: Request) -> Page[ProjectSummary]:
    """The first page of the default view (mine)."""
    async with pool(request).acquire() as db:
        who = await person(db, request)
        membership_id = uuid.UUID(_membership(who, organisation_id)[4])
        rows = await db.fetch(sql.PROJECTS_MINE, membership_id, organisation_id, PAGE + 1)
    shown, next_cursor = cut(rows, "projects", PROJECT_KEYS)
    today = _today()
    items = [ProjectSummary(**_project(r, today)) for r in shown]
    return Page[ProjectSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/projects")
async def admin_projects(request: Request) -> Page[StaffProjectSummary]:
    async with pool(request).acquire() as db:
        await staff(db, request)
        rows = await db.fetch(sql.ADMIN_PROJECTS, PAGE + 1)
    shown, next_cursor = cut(rows, "projects", PROJECT_KEYS)
    today = _today()
    items = [
        StaffProjectSummary(
            **_project(r, today),
            organisation_id=r["organisation_id"],
            organisation_name=r["organisation_name"],
            leader_id=r["leader_id"],
        )
        for r in shown
    ]
    return Page[StaffProjectSummary](items=items, next_cursor=next_cursor)


@router.get("/organisations/{organisation_id}/correspondence")
async def threads(organisation_id: uuid.UUID, request: Request) -> Page[ThreadSummary]:
    """The first page of the default view (open), audited."""
    async with pool(request).acquire() as db:
        who = await person(db, request)
        _membership(who, organisation_id)
        rows = await db.fetch(sql.THREADS_OPEN, organisation_id, who["user_id"], PAGE + 1)
        shown, next_cursor = cut(rows, "correspondence", ("last_message_at", "id"))
        details = {"threads": [str(r["id"]) for r in shown], "view": "open"}
        await _audited(db, request, sql.THREADS_AUDIT, who, organisation_id, details)
    items = [ThreadSummary(**dict(r)) for r in shown]
    return Page[ThreadSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/questions")
async def questions(request: Request) -> Page[QueueItem]:
    """An admin's queue (every thread; the bench's staff is an admin), waiting ones, audited."""
    now = datetime.now(UTC)
    async with pool(request).acquire() as db:
        who = await staff(db, request)
        rows = await db.fetch(sql.QUESTIONS_WAITING, PAGE + 1)
        shown, next_cursor = cut(rows, "questions_waiting", ("awaiting_answer_since", "id"))
        details = {"threads": [str(r["id"]) for r in shown], "view": "waiting", "as": "staff"}
        await _audited(db, request, sql.THREADS_AUDIT, who, None, details)
    items = [
        QueueItem(
            **dict(r),
            waiting_days=max(0, (now - r["awaiting_answer_since"]).days)
            if r["awaiting_answer_since"] is not None
            else None,
        )
        for r in shown
    ]
    return Page[QueueItem](items=items, next_cursor=next_cursor)


def _invoice(row: Any, today: date) -> InvoiceSummary:
    status = (
        "paid" if row["paid_at"] is not None else "overdue" if row["due_on"] < today else "open"
    )
    fields = {k: row[k] for k in InvoiceSummary.model_fields if k != "status"}
    return InvoiceSummary(**fields, status=status)


@router.get("/organisations/{organisation_id}/invoices")
async def invoices(organisation_id: uuid.UUID, request: Request) -> Page[InvoiceSummary]:
    """The first page of the default view (open), for a portal admin only, audited."""
    async with pool(request).acquire() as db:
        who = await person(db, request)
        if not _membership(who, organisation_id)[3]:
            raise HTTPException(403)
        rows = await db.fetch(sql.INVOICES_OPEN, organisation_id, PAGE + 1)
        shown, next_cursor = cut(rows, "open_invoices", ("due_on", "id"))
        details = {"invoices": [str(r["id"]) for r in shown], "view": "open"}
        await _audited(db, request, sql.INVOICES_AUDIT, who, organisation_id, details)
    today = _today()
    items = [_invoice(r, today) for r in shown]
    return Page[InvoiceSummary](items=items, next_cursor=next_cursor)


@router.get("/admin/invoices")
async def admin_invoices(request: Request) -> Page[InvoiceSummary]:
    """Every invoice, the newest first, audited."""
    async with pool(request).acquire() as db:
        who = await staff(db, request)
        rows = await db.fetch(sql.ADMIN_INVOICES, PAGE + 1)
        shown, next_cursor = cut(rows, "invoices", ("issued_on", "id"))
        details = {"invoices": [str(r["id"]) for r in shown]}
        await _audited(db, request, sql.INVOICES_AUDIT, who, None, details)
    today = _today()
    items = [_invoice(r, today) for r in shown]
    return Page[InvoiceSummary](items=items, next_cursor=next_cursor)
