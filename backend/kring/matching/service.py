"""Matching a dossier: how many helpers are near the help seeker (before the fee is paid too),
and the best-scoring matchable helpers with the parts of their score and what does not fit.
Kring suggests and explains; people decide. Every read is in the dossier's access log."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.dossiers import service as dossiers
from kring.kit.day_parts import bits_to_day_parts
from kring.kit.errors import Conflict
from kring.kit.i18n import N_, current_language
from kring.matching import score, words
from kring.matching.repository import MatchingRepository
from kring.matching.schemas import (
    HelpersNear,
    OpenProposal,
    Origin,
    SharedSkill,
    Suggestion,
    Suggestions,
)
from kring.models.dossier import Dossier, DossierStatus

# Suggestions are for a dossier that may be matched: paid and submitted (searching), or
# matched or paused (another helper may be wanted too).
SUGGESTING = (DossierStatus.searching, DossierStatus.matched, DossierStatus.paused)


def photo_url(helper_id: uuid.UUID) -> str:
    return f"/api/v1/helpers/{helper_id}/photo/small"


async def _access(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID, staff: bool
) -> Any:
    if staff:
        return await dossiers.staff_reader_access(db, principal, dossier_id)
    return await dossiers.reader_access(db, principal, dossier_id)


def _located(dossier: Dossier) -> tuple[float, float]:
    if dossier.status == DossierStatus.closed:
        raise Conflict(N_("This dossier is closed."))
    if dossier.latitude is None or dossier.longitude is None:
        raise Conflict(
            N_(
                "The help seeker's address could not be placed on the map: check the address "
                "in the dossier."
            )
        )
    return dossier.latitude, dossier.longitude


async def _record(
    db: AsyncSession, principal: Principal, action: str, access: Any, **details: Any
) -> None:
    await audit.record(
        db,
        principal,
        action,
        subject_type="dossier",
        subject_id=access.dossier.id,
        details=access.audit_details(principal, **details),
    )


async def count_helpers_near(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID, *, staff: bool = False
) -> HelpersNear:
    """Matchable helpers whose work area covers the help seeker's address; any status but
    closed, as long as the address is on the map."""
    access = await _access(db, principal, dossier_id, staff)
    latitude, longitude = _located(access.dossier)
    count = await MatchingRepository(db).count_near(latitude, longitude)
    await _record(db, principal, "dossier.helpers_near_viewed", access, count=count)
    return HelpersNear(count=count)


async def list_suggestions(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID, *, staff: bool = False
) -> Suggestions:
    """The best 20 by score (docs/matching.md), with their reasons and misfits."""
    access = await _access(db, principal, dossier_id, staff)
    dossier: Dossier = access.dossier
    latitude, longitude = _located(dossier)
    if dossier.status not in SUGGESTING:
        raise Conflict(
            N_(
                "Suggestions come once the registration fee is paid and the dossier is "
                "submitted for matching."
            )
        )
    repository = MatchingRepository(db)
    language = current_language()
    asked = await repository.dossier_skills(dossier.id)
    names = {row.id: getattr(row, f"name_{language}") for row in asked}
    candidates = await repository.candidates(latitude, longitude, dossier.day_parts)
    best = score.ranked(
        candidates, frozenset(names), dossier.day_parts, frozenset(dossier.languages)
    )
    ids = [row.id for row, _, _ in best]
    shown = await repository.shown(ids)
    proposals = await repository.open_proposals(dossier.id, ids)
    items = []
    for row, points, total in best:
        card = shown[row.id]
        offered = set(row.skill_ids)
        shared = [skill_id for skill_id in names if skill_id in offered]
        spoken = set(row.languages)
        proposal = proposals.get(row.id)
        items.append(
            Suggestion(
                helper_id=row.id,
                first_name=card.first_name,
                photo_url=photo_url(row.id) if card.photo_key else None,
                introduction=card.introduction,
                kind=card.kind,
                hourly_rate_cents=card.hourly_rate_cents,
                distance_km=round(row.distance_km, 1),
                latitude=round(row.latitude, 2),
                longitude=round(row.longitude, 2),
                score=round(total, 1),
                parts=words.parts(
                    row,
                    points,
                    first_name=dossier.first_name,
                    shared_skills=len(shared),
                    asked_skills=len(names),
                    asked_parts=dossier.day_parts,
                    shared_languages=[c for c in dossier.languages if c in spoken],
                    language=language,
                ),
                misfits=words.misfits(
                    row,
                    missing_skills=[names[s] for s in names if s not in offered],
                    asked_parts=dossier.day_parts,
                    missing_languages=[c for c in dossier.languages if c not in spoken],
                    language=language,
                ),
                shared_skills=[SharedSkill(id=s, name=names[s]) for s in shared],
                languages=list(row.languages),
                day_parts=bits_to_day_parts(row.day_parts),
                open_proposal=(
                    OpenProposal(id=proposal[0], status=proposal[1]) if proposal else None
                ),
            )
        )
    await _record(
        db,
        principal,
        "dossier.suggestions_viewed",
        access,
        helpers=[str(item.helper_id) for item in items],
    )
    return Suggestions(
        origin=Origin(latitude=round(latitude, 2), longitude=round(longitude, 2)), items=items
    )
