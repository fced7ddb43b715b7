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
    Uuid,
    and_,
    any_,
    bindparam,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY, BIT
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.geo import EARTH_RADIUS_KM, LONGITUDE_SCALE
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
    at_place = (
        select(HelperWorkPlace.place_id)
        .join(Place, Place.id == HelperWorkPlace.place_id)
        .where(
            HelperWorkPlace.helper_id == h.id,
            haversine(Place.latitude, Place.longitude, lat, lon) <= _f(score.PLACE_COVERS_KM),
        )
        .exists()
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


def _count() -> Select[Any]:
    return select(func.count()).select_from(h).where(*covering())


# The flat-map point the nearest-first index (ix_helper_profile_matchable_near) is built on.
FLAT_HOME: ColumnElement[Any] = literal_column(
    f"point(helper_profile.longitude * {LONGITUDE_SCALE}::double precision,"
    " helper_profile.latitude)"
)


def _suggestions() -> Select[Any]:
    lat, lon = _point()
    skills = bindparam("skills", type_=ARRAY(Uuid()))
    wanted_parts = bindparam("day_parts", type_=literal(0).type)
    languages = bindparam("languages", type_=ARRAY(h.languages.type.item_type))
    distance = haversine(h.latitude, h.longitude, lat, lon)
    flat_spot = func.point(lon * _f(LONGITUDE_SCALE), lat)
    # The nearest covering helpers who can come on at least one day-part asked for, nearest
    # first through the GiST index on (coverage, flat home): the box test and the order are
    # answered inside the index.
    near = (
        select(h.id.label("id"), distance.label("distance_km"))
        .where(*covering(), h.day_parts.op("&")(wanted_parts) != 0)
        .order_by(FLAT_HOME.op("<->")(flat_spot))
        .limit(score.POOL)
        .cte("near")
        .prefix_with("MATERIALIZED")
    )
    skill = func.unnest(h.skill_ids).table_valued("skill_id").render_derived(name="offered")
    shared_skills = (
        select(func.count())
        .select_from(skill)
        .where(skill.c.skill_id == any_(skills))
        .scalar_subquery()
    )
    shared_parts = func.bit_count(cast(h.day_parts.op("&")(wanted_parts), BIT(21)))
    asked_parts = func.bit_count(cast(wanted_parts, BIT(21)))
    reach = case(
        (h.work_area == HelperWorkArea.radius, cast(h.radius_km, Float)),
        else_=_f(score.PLACES_REACH_KM),
    )
    p_distance = _f(score.DISTANCE) * func.greatest(
        _f(0.0), _f(1.0) - near.c.distance_km / reach, type_=Float
    )
    p_skills = (
        _f(score.SKILLS)
        * cast(shared_skills, Float)
        / func.greatest(_f(1.0), cast(func.cardinality(skills), Float), type_=Float)
    )
    p_parts = (
        _f(score.DAY_PARTS)
        * cast(shared_parts, Float)
        / func.greatest(_f(1.0), cast(asked_parts, Float), type_=Float)
    )
    p_language = case((h.languages.op("&&")(languages), _f(score.LANGUAGE)), else_=_f(0.0))
    p_rating = case(
        (h.rating_count == 0, _f(score.RATING / 2)),
        else_=_f(score.RATING)
        * (cast(h.rating_sum, Float) / cast(h.rating_count, Float) - _f(1.0))
        / _f(4.0),
    )
    speed = func.least(
        _f(1.0),
        func.greatest(
            _f(0.0),
            (_f(score.SLOW_ANSWER_HOURS) - h.answer_hours_avg)
            / _f(score.SLOW_ANSWER_HOURS - score.FAST_ANSWER_HOURS),
        ),
    )
    p_responsiveness = case(
        (h.proposals_received == 0, _f(score.RESPONSIVENESS / 2)),
        (h.proposals_answered == 0, _f(0.0)),
        else_=_f(score.RESPONSIVENESS)
        * cast(h.proposals_answered, Float)
        / cast(h.proposals_received, Float)
        * speed,
    )
    total = (p_distance + p_skills + p_parts + p_language + p_rating + p_responsiveness).label(
        "score"
    )
    return (
        select(
            h.id,
            User.first_name,
            h.photo_key,
            h.introduction,
            h.kind,
            h.hourly_rate_cents,
            near.c.distance_km,
            h.latitude,
            h.longitude,
            h.languages,
            h.day_parts,
            h.skill_ids,
            h.work_area,
            h.radius_km,
            h.rating_count,
            h.rating_sum,
            h.proposals_received,
            h.proposals_answered,
            h.answer_hours_avg,
            p_distance.label("p_distance"),
            p_skills.label("p_skills"),
            p_parts.label("p_day_parts"),
            p_language.label("p_language"),
            p_rating.label("p_rating"),
            p_responsiveness.label("p_responsiveness"),
            total,
        )
        .select_from(near)
        .join(h, h.id == near.c.id)
        .join(User, User.id == h.user_id)
        .order_by(literal_column("score").desc(), near.c.distance_km, h.id)
        .limit(score.SHOWN)
    )


class MatchingRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def count_near(self, latitude: float, longitude: float) -> int:
        found = await built_once("count", _count).rows(self.session, lat=latitude, lon=longitude)
        return int(found[0][0])

    async def suggestions(
        self,
        latitude: float,
        longitude: float,
        skill_ids: list[uuid.UUID],
        day_parts: int,
        languages: list[str],
    ) -> Sequence[Any]:
        return await built_once("suggestions", _suggestions).rows(
            self.session,
            lat=latitude,
            lon=longitude,
            skills=skill_ids,
            day_parts=day_parts,
            languages=languages,
        )

    async def dossier_skills(self, dossier_id: uuid.UUID) -> Sequence[Any]:
        """The skills asked for: id and the three names, in the skills list's order."""
        return (
            await self.session.execute(
                select(Skill.id, Skill.name_nl, Skill.name_fr, Skill.name_en)
                .join(DossierSkill, DossierSkill.skill_id == Skill.id)
                .where(DossierSkill.dossier_id == dossier_id)
                .order_by(Skill.skill_group, Skill.position, Skill.id)
            )
        ).all()

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
