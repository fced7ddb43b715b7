"""The bare twin of Kring's dossier hours (`GET /dossiers/{id}/hours?month=`): the session, the
dossier as its reader reaches it, the month's entries with the names both sides see, the months
still waiting, one audit row; the same JSON (Kring's response models)."""

from __future__ import annotations

import json
from datetime import date

from fastapi import APIRouter, HTTPException, Request
from uuid6 import uuid7

from bench.bare import sql
from bench.bare.kit import person, pool
from kring.hours.schemas import DossierHours, EntryRead, MonthTotals
from kring.models.timesheet import EntryStatus

router = APIRouter(prefix="/api/v1")
ALL_RIGHTS = ("view", "manage", "approve_hours", "see_payments")
HELP_SEEKER_RIGHTS = ("view", "see_payments")


def _totals(entries: list[EntryRead], amounts: bool) -> MonthTotals:
    return MonthTotals(
        entries=len(entries),
        minutes=sum(entry.minutes for entry in entries),
        amount_cents=sum(entry.amount_cents or 0 for entry in entries) if amounts else None,
    )


@router.get("/dossiers/{dossier_id}/hours")
async def dossier_hours(dossier_id: str, month: str, request: Request) -> DossierHours:
    first = date(int(month[:4]), int(month[5:7]), 1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    async with pool(request).acquire() as db, db.transaction():
        who = await person(db, request)
        dossier = await db.fetchrow(sql.MATCH_DOSSIER, dossier_id, who["user_id"])
        if dossier is None:
            raise HTTPException(404)
        role = dossier["my_role"]
        if role == "manager":
            rights: tuple[str, ...] = ALL_RIGHTS
        elif role == "help_seeker":
            rights = HELP_SEEKER_RIGHTS
        else:
            rights = tuple(await db.fetchval(sql.PROXY_RIGHTS, dossier["id"], who["user_id"]))
        rows = await db.fetch(sql.DOSSIER_HOURS, dossier["id"], first, following)
        months = await db.fetch(sql.MONTHS_WAITING, dossier["id"])
        address = request.client.host if request.client else None
        agent = (request.headers.get("user-agent") or "")[:300] or None
        details = json.dumps({"as": role, "month": month})
        await db.execute(
            sql.HOURS_AUDIT, who["user_id"], dossier["id"], address, agent, details, uuid7()
        )
    amounts = "see_payments" in rights
    entries = [
        EntryRead(
            **{k: v for k, v in dict(r).items() if k not in ("payment_run_id", "decided_by_name")},
            decided_by_name=r["decided_by_name"] or None,
            paid=r["payment_run_id"] is not None,
        )
        for r in rows
    ]
    if not amounts:
        entries = [
            e.model_copy(update={"hourly_rate_cents": None, "amount_cents": None}) for e in entries
        ]
    return DossierHours(
        month=month,
        entries=entries,
        waiting=_totals([e for e in entries if e.status == EntryStatus.submitted], amounts),
        approved=_totals([e for e in entries if e.status == EntryStatus.approved], amounts),
        months_waiting=[r["month"].strftime("%Y-%m") for r in months],
        may_approve="approve_hours" in rights,
    )
