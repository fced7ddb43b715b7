"""The bare twin of Kring's suggestions (`GET /dossiers/{id}/suggestions`): the session, the
dossier as its reader reaches it, Kring's statements on asyncpg, Kring's score and words (pure
functions), one audit row; the same JSON."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from uuid6 import uuid7

from bench.bare import sql
from bench.bare.kit import person, pool
from bench.matching import Candidate, statements
from kring.kit.i18n import negotiate
from kring.matching import cards, score
from kring.matching.schemas import Origin, Suggestions

router = APIRouter(prefix="/api/v1")
CANDIDATES, SHOWN, _COUNT = statements()
SUGGESTING = ("searching", "matched", "paused")


@router.get("/dossiers/{dossier_id}/suggestions")
async def suggestions(dossier_id: str, request: Request) -> Suggestions:
    language = negotiate(request.headers.get("accept-language"))
    async with pool(request).acquire() as db, db.transaction():
        who = await person(db, request)
        dossier = await db.fetchrow(sql.MATCH_DOSSIER, dossier_id, who["user_id"])
        if dossier is None:
            raise HTTPException(404)
        if dossier["status"] not in SUGGESTING or dossier["latitude"] is None:
            raise HTTPException(409)
        asked = await db.fetch(sql.MATCH_SKILLS, dossier["id"])
        names = {row["id"]: row[f"name_{language}"] for row in asked}
        found = await db.fetch(
            CANDIDATES.sql,
            *CANDIDATES.arguments(
                lat=dossier["latitude"], lon=dossier["longitude"], day_parts=dossier["day_parts"]
            ),
        )
        best = score.ranked(
            [Candidate(row) for row in found],
            frozenset(names),
            dossier["day_parts"],
            frozenset(dossier["languages"]),
        )
        ids = [row.id for row, _, _ in best]
        shown: dict[Any, Any] = {}
        proposals: dict[Any, tuple[Any, str]] = {}
        if ids:
            shown = {
                r["id"]: Candidate(r) for r in await db.fetch(SHOWN.sql, *SHOWN.arguments(ids=ids))
            }
            proposals = {
                r["helper_id"]: (r["id"], r["status"])
                for r in await db.fetch(sql.MATCH_OPEN_PROPOSALS, dossier["id"], ids)
            }
        address = request.client.host if request.client else None
        agent = (request.headers.get("user-agent") or "")[:300] or None
        details = json.dumps({"as": dossier["my_role"], "helpers": [str(i) for i in ids]})
        await db.execute(
            sql.MATCH_AUDIT, who["user_id"], dossier["id"], address, agent, details, uuid7()
        )
    items = [
        cards.suggestion(
            row,
            points,
            total,
            shown[row.id],
            proposals.get(row.id),
            first_name=dossier["first_name"],
            asked=names,
            asked_parts=dossier["day_parts"],
            languages=list(dossier["languages"]),
            language=language,
        )
        for row, points, total in best
    ]
    origin = Origin(
        latitude=round(dossier["latitude"], 2), longitude=round(dossier["longitude"], 2)
    )
    return Suggestions(origin=origin, items=items)
