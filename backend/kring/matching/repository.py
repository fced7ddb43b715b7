"""Matching in SQL: the matchable helpers whose work area covers an address (counted), and the
best-scoring of the nearest of them (docs/matching.md). Core statements, built once."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Select,
    and_,
    bindparam,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.geo import EARTH_RADIUS_KM, KM_PER_DEGREE, LONGITUDE_SCALE
from kring.kit.rows import built_once, one_of_bound
from kring.matching import score
from kring.models.dossier import DossierSkill
from kring.models.helper import HelperProfile, HelperWorkArea, HelperWorkPlace
from kring.models.match import OPEN_PROPOSAL_STATUSES, MatchProposal
from kring.models.place import Place
from kring.models.skill import Skill
from kring.models.user import User

h = HelperProfile


def _f(value: float) -> ColumnElement[float]:
    # Float constants throughout: an integer would make SQLAlchemy cast to slow NUMERIC maths.
    return literal(value, Float)


def haversine(lat: Any, lon: Any, to_lat: Any, to_lon: Any) -> ColumnElement[float]:
    """Great-circle distance in km from a column pair to a (bound) point."""
    half = _f(0.5)
    d_lat = func.radians(lat - to_lat) * half
    d_lon = func.radians(lon - to_lon) * half
    a = func.sin(d_lat) * func.sin(d_lat) + func.cos(func.radians(to_lat)) * func.cos(
        func.radians(lat)
    ) * func.sin(d_lon) * func.sin(d_lon)
    return cast(_f(2 * EARTH_RADIUS_KM) * func.asin(func.least(_f(1.0), func.sqrt(a))), Float)


def _point() -> tuple[Any, Any]:
    return bindparam("lat", type_=Float), bindparam("lon", type_=Float)


def covering() -> list[Any]:
    """Matchable, the box of their work area holds the point (GiST), and exactly: within their
    radius of home, or within 5 km of one of their places."""
    lat, lon = _point()
    spot = func.point(lon, lat)
    here = func.box(spot, spot)
    # Their places near the address: the places within 5 km (a cheap box first, then the
    # distance), then who chose them (by place), a small set looked up once per statement.
    reach_lat = _f(score.PLACE_COVERS_KM / KM_PER_DEGREE)
    reach_lon = reach_lat / func.cos(func.radians(lat))
    places_near = select(Place.id).where(
        Place.latitude.between(lat - reach_lat, lat + reach_lat),
        Place.longitude.between(lon - reach_lon, lon + reach_lon),
        haversine(Place.latitude, Place.longitude, lat, lon) <= _f(score.PLACE_COVERS_KM),
    )
    at_place = h.id.in_(
        select(HelperWorkPlace.helper_id).where(HelperWorkPlace.place_id.in_(places_near))
    )
    return [
        h.matchable,
        h.coverage.op("&&")(here),
        or_(
            and_(
                h.work_area == HelperWorkArea.radius,
                haversine(h.latitude, h.longitude, lat, lon) <= h.radius_km,
            ),
            and_(h.work_area == HelperWorkArea.places, at_place),
        ),
    ]


# Helpers near stops counting here: in a city centre tens of thousands cover an address, and
# counting them all took up to 0.6 s on every dossier page; "more than 1,000" says enough.
NEAR_CAP = 1000


def _count() -> Select[Any]:
    covering_ids = select(h.id).where(*covering()).limit(bindparam("cap")).subquery()
    return select(func.count()).select_from(covering_ids)


# The flat-map point the nearest-first index (ix_helper_profile_matchable_near) is built on.
FLAT_HOME: ColumnElement[Any] = literal_column(
    f"point(helper_profile.longitude * {LONGITUDE_SCALE}::double precision,"
    " helper_profile.latitude)"
)


# What the score reads, carried from the index (INCLUDE) through the candidates.
SCORED = (
    h.id,
    h.latitude,
    h.longitude,
    h.work_area,
    h.radius_km,
    h.day_parts,
    h.skill_ids,
    h.languages,
    h.rating_count,
    h.rating_sum,
    h.proposals_received,
    h.proposals_answered,
    h.answer_hours_avg,
)


def _candidates() -> Select[Any]:
    """The nearest covering helpers who can come on at least one day-part asked for, nearest
    first from the GiST index on (flat home, coverage): the box test and the order are answered
    inside the index, and the columns the score reads come from it too (INCLUDE: an index-only
    scan, no table page per candidate)."""
    lat, lon = _point()
    wanted_parts = bindparam("day_parts", type_=literal(0).type)
    flat_spot = func.point(lon * _f(LONGITUDE_SCALE), lat)
    columns: list[Any] = [
        *SCORED,
        haversine(h.latitude, h.longitude, lat, lon).label("distance_km"),
    ]
    return (
        select(*columns)
        .where(*covering(), h.day_parts.op("&")(wanted_parts) != 0)
        .order_by(FLAT_HOME.op("<->")(flat_spot))
        .limit(score.POOL)
    )


def _shown() -> Select[Any]:
    """What a suggestion shows besides its score, for the few shown."""
    columns: list[Any] = [
        h.id,
        User.first_name,
        h.photo_key,
        h.introduction,
        h.kind,
        h.hourly_rate_cents,
    ]
    return select(*columns).join(User, User.id == h.user_id).where(one_of_bound(h.id, "ids"))


class MatchingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def count_near(self, latitude: float, longitude: float) -> tuple[int, bool]:
        """How many cover the point, up to NEAR_CAP, and whether there are more."""
        found = await built_once("count", _count).rows(
            self.session, lat=latitude, lon=longitude, cap=NEAR_CAP + 1
        )
        count = int(found[0][0])
        return min(count, NEAR_CAP), count > NEAR_CAP

    async def candidates(self, latitude: float, longitude: float, day_parts: int) -> Sequence[Any]:
        return await built_once("candidates", _candidates).rows(
            self.session, lat=latitude, lon=longitude, day_parts=day_parts
        )

    async def shown(self, helper_ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
        if not helper_ids:
            return {}
        found = await built_once("shown", _shown).rows(self.session, ids=helper_ids)
        return {row.id: row for row in found}

    async def dossier_skills(self, dossier_id: uuid.UUID) -> Sequence[Any]:
        """The skills asked for: id and the three names, in the skills list's order."""

        def build() -> Select[Any]:
            columns: list[Any] = [Skill.id, Skill.name_nl, Skill.name_fr, Skill.name_en]
            return (
                select(*columns)
                .join(DossierSkill, DossierSkill.skill_id == Skill.id)
                .where(DossierSkill.dossier_id == bindparam("dossier_id"))
                .order_by(Skill.skill_group, Skill.position, Skill.id)
            )

        return await built_once("skills", build).rows(self.session, dossier_id=dossier_id)

    async def open_proposals(
        self, dossier_id: uuid.UUID, helper_ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, tuple[uuid.UUID, str]]:
        if not helper_ids:
            return {}

        def build() -> Select[Any]:
            columns: tuple[Any, ...] = (
                MatchProposal.helper_id,
                MatchProposal.id,
                MatchProposal.status,
            )
            return select(*columns).where(
                MatchProposal.dossier_id == bindparam("dossier_id"),
                one_of_bound(MatchProposal.helper_id, "helper_ids"),
                or_(*(MatchProposal.status == status for status in OPEN_PROPOSAL_STATUSES)),
            )

        found = await built_once("open", build).rows(
            self.session, dossier_id=dossier_id, helper_ids=helper_ids
        )
        return {row.helper_id: (row.id, row.status) for row in found}
