"""The impact figures' reads: every one starts from the organisation's served neighbourhoods
(`served_neighbourhoods`), and each is one set-based statement (GROUPING SETS: the totals and
every dimension in one pass), never a query per neighbourhood or skill."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Interval,
    Select,
    and_,
    bindparam,
    distinct,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlalchemy.ext.asyncio import AsyncSession

from kring.kit.i18n import current_language
from kring.models.neighbourhood import Neighbourhood, Resident, ResidentSkill
from kring.models.neighbourhood_post import NeighbourhoodPost, PostKind, PostStatus
from kring.models.skill import Skill

Post = NeighbourhoodPost
AMSTERDAM = "Europe/Amsterdam"
EVERYTHING: ColumnElement[Any] = literal_column("()")  # the empty grouping set: the totals row


def _hours(later: Any) -> Any:
    # date_part is a double (EXTRACT a numeric): the medians sort doubles, much faster.
    return func.date_part("epoch", later - Post.created_at) / 3600


def _median(column: Any) -> Any:
    # percentile_cont skips NULLs: requests without a reply (or not solved) do not count.
    return func.percentile_cont(0.5).within_group(column)


async def help_figures(
    session: AsyncSession,
    neighbourhoods: Select[Any],
    start: datetime,
    end: datetime,
    as_of: datetime,
    wait: timedelta,
) -> Sequence[Any]:
    """The help requests posted in [start, end) in `neighbourhoods`, withdrawn and hidden ones
    left out: rows for the totals, each neighbourhood, each skill (None: no skill chosen) and
    each month (`grouped_*` tells which)."""
    mark = Post.created_at + bindparam("wait", wait, type_=Interval)
    requests = (
        select(
            Post.neighbourhood_id,
            Post.skill_id,
            func.date_trunc("month", Post.created_at, AMSTERDAM).label("month"),
            and_(Post.status == PostStatus.solved.value, Post.solved_by_user_id.is_not(None)).label(
                "by_neighbour"
            ),
            _hours(Post.first_reply_at).label("to_first_reply"),
            _hours(Post.solved_at).label("to_solved"),
            # Open and without a reply when its waiting time was over, before `as_of`.
            and_(
                mark <= as_of,
                or_(Post.first_reply_at.is_(None), Post.first_reply_at > mark),
                or_(Post.solved_at.is_(None), Post.solved_at > mark),
            ).label("unanswered"),
        )
        .where(
            Post.neighbourhood_id.in_(neighbourhoods),
            Post.kind == PostKind.help_request.value,
            Post.hidden_at.is_(None),
            Post.status != PostStatus.withdrawn.value,
            Post.created_at >= start,
            Post.created_at < end,
        )
        .subquery()
    )
    r = requests.c
    statement = select(
        func.grouping(r.neighbourhood_id).label("grouped_neighbourhood"),
        func.grouping(r.skill_id).label("grouped_skill"),
        func.grouping(r.month).label("grouped_month"),
        r.neighbourhood_id,
        r.skill_id,
        r.month,
        func.count().label("help_requests"),
        func.count().filter(r.by_neighbour).label("solved_by_neighbour"),
        _median(r.to_first_reply).label("median_hours_to_first_reply"),
        _median(r.to_solved).label("median_hours_to_solved"),
        func.count().filter(r.unanswered).label("unanswered_after_48h"),
    ).group_by(func.grouping_sets(EVERYTHING, r.neighbourhood_id, r.skill_id, r.month))
    return (await session.execute(statement)).all()


async def people_figures(session: AsyncSession, neighbourhoods: Select[Any]) -> Sequence[Any]:
    """Residents now, and those who volunteer for organisations: in total, per neighbourhood
    (every one of `neighbourhoods`, with its name) and per skill they offer."""
    skill = ResidentSkill.skill_id
    resident = distinct(Resident.id)
    statement = (
        select(
            func.grouping(Neighbourhood.id).label("grouped_neighbourhood"),
            func.grouping(skill).label("grouped_skill"),
            Neighbourhood.id.label("neighbourhood_id"),
            Neighbourhood.name,
            skill.label("skill_id"),
            func.count(resident).label("residents"),
            func.count(resident).filter(Resident.volunteers_for_organisations).label("volunteers"),
        )
        .select_from(Neighbourhood)
        .outerjoin(Resident, Resident.neighbourhood_id == Neighbourhood.id)
        .outerjoin(ResidentSkill, ResidentSkill.resident_id == Resident.id)
        .where(Neighbourhood.id.in_(neighbourhoods))
        .group_by(
            func.grouping_sets(EVERYTHING, tuple_(Neighbourhood.id, Neighbourhood.name), skill)
        )
    )
    return (await session.execute(statement)).all()


async def skill_names(session: AsyncSession, skill_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The skills' names in the request's language."""
    if not skill_ids:
        return {}
    name = getattr(Skill, f"name_{current_language()}")
    rows = await session.execute(select(Skill.id, name).where(Skill.id.in_(skill_ids)))
    return {id_: str(found) for id_, found in rows}


async def serves(
    session: AsyncSession, neighbourhoods: Select[Any], neighbourhood_id: uuid.UUID
) -> bool:
    found = await session.scalar(
        select(Neighbourhood.id).where(
            Neighbourhood.id == neighbourhood_id, Neighbourhood.id.in_(neighbourhoods)
        )
    )
    return found is not None
