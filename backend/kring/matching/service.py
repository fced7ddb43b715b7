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
from kring.kit.errors import Conflict
from kring.kit.i18n import N_, current_language
from kring.matching import cards, score
from kring.matching.repository import MatchingRepository
from kring.matching.schemas import HelpersNear, Origin, Suggestions
from kring.models.dossier import Dossier, DossierStatus

# Suggestions are for a dossier that may be matched: paid and submitted (searching), or
# matched or paused (another helper may be wanted too).
SUGGESTING = (DossierStatus.searching, DossierStatus.matched, DossierStatus.paused)


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
    count, more = await MatchingRepository(db).count_near(latitude, longitude)
    await _record(db, principal, "dossier.helpers_near_viewed", access, count=count)
    return HelpersNear(count=count, more=more)


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
    items = [
        cards.suggestion(
            row,
            points,
            total,
            shown[row.id],
            proposals.get(row.id),
            first_name=dossier.first_name,
            asked=names,
            asked_parts=dossier.day_parts,
            languages=list(dossier.languages),
            language=language,
        )
        for row, points, total in best
    ]
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
