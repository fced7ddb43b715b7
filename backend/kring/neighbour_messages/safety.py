"""Blocks and reports. A person blocks (and reports) only people they share a neighbourhood or a
conversation with; a post, reply or message is reported only by someone who sees it. Anything
else is not found. Reporting the same thing twice while the first report is open changes
nothing."""

from __future__ import annotations

import uuid
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import delete, or_, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.kit import throttle
from kring.kit.clock import Clock
from kring.kit.db import new_id
from kring.kit.errors import InvalidInput, NotFound, TooManyRequests
from kring.kit.i18n import N_
from kring.models.neighbour_message import (
    NeighbourhoodReport,
    NeighbourMessage,
    PersonBlock,
    ReportStatus,
    ReportSubject,
)
from kring.models.neighbourhood_post import NeighbourhoodPost, NeighbourhoodReply
from kring.models.user import neighbour_name
from kring.neighbour_messages.repository import (
    ConversationRepository,
    blocks_of,
    converses_with,
    shares_neighbourhood,
)
from kring.neighbour_messages.schemas import BlockRead, ReportCreate, ReportRead
from kring.neighbourhoods.service import reachable_neighbourhoods

NOT_YOURSELF = N_("You cannot report yourself or what you wrote.")
TOO_MANY_REPORTS = N_("You sent many reports in a short time. Try again in {minutes} minutes.")
REPORTS_PER_HOUR = 20


async def _knows(db: AsyncSession, user_id: uuid.UUID, other_id: uuid.UUID) -> bool:
    """They share a neighbourhood or a conversation (and are not the same person)."""
    if user_id == other_id:
        return False
    return bool(
        await db.scalar(
            select(
                or_(
                    shares_neighbourhood(user_id, other_id),
                    converses_with(user_id, other_id),
                )
            )
        )
    )


async def _shared_neighbourhood(
    db: AsyncSession, user_id: uuid.UUID, other_id: uuid.UUID
) -> uuid.UUID | None:
    mine = reachable_neighbourhoods(user_id).subquery()
    found: uuid.UUID | None = await db.scalar(
        select(mine.c.neighbourhood_id)
        .where(mine.c.neighbourhood_id.in_(reachable_neighbourhoods(other_id)))
        .limit(1)
    )
    return found


# --- blocks ------------------------------------------------------------------------------------


async def blocks(db: AsyncSession, principal: Principal) -> list[BlockRead]:
    return [
        BlockRead(
            user_id=row.blocked_user_id,
            name=neighbour_name(row.first_name, row.last_name),
            blocked_at=row.created_at,
        )
        for row in (await db.execute(blocks_of(principal.user_id))).all()
    ]


async def block(db: AsyncSession, principal: Principal, user_id: uuid.UUID) -> list[BlockRead]:
    """No messages either way from now on; blocking twice changes nothing."""
    if not await _knows(db, principal.user_id, user_id):
        raise NotFound()
    added = await db.execute(
        insert(PersonBlock)
        .values(blocker_user_id=principal.user_id, blocked_user_id=user_id)
        .on_conflict_do_nothing()
        .returning(PersonBlock.blocked_user_id)
    )
    if added.first() is not None:
        await audit.record(
            db,
            principal,
            "person.blocked",
            subject_type="user",
            subject_id=user_id,
            organisation_id=None,
        )
    return await blocks(db, principal)


async def unblock(db: AsyncSession, principal: Principal, user_id: uuid.UUID) -> None:
    if not await _knows(db, principal.user_id, user_id):
        raise NotFound()
    removed = await db.execute(
        delete(PersonBlock)
        .where(
            PersonBlock.blocker_user_id == principal.user_id,
            PersonBlock.blocked_user_id == user_id,
        )
        .returning(PersonBlock.blocked_user_id)
    )
    if removed.first() is not None:
        await audit.record(
            db,
            principal,
            "person.unblocked",
            subject_type="user",
            subject_id=user_id,
            organisation_id=None,
        )


# --- reports -----------------------------------------------------------------------------------


async def _post_subject(db: AsyncSession, user_id: uuid.UUID, post_id: uuid.UUID) -> Any:
    post = NeighbourhoodPost
    return (
        await db.execute(
            select(post.author_user_id.label("reported"), post.neighbourhood_id).where(
                post.id == post_id,
                post.neighbourhood_id.in_(reachable_neighbourhoods(user_id)),
                or_(post.hidden_at.is_(None), post.author_user_id == user_id),
            )
        )
    ).first()


async def _reply_subject(db: AsyncSession, user_id: uuid.UUID, reply_id: uuid.UUID) -> Any:
    post, reply = NeighbourhoodPost, NeighbourhoodReply
    return (
        await db.execute(
            select(reply.author_user_id.label("reported"), post.neighbourhood_id)
            .join(post, post.id == reply.post_id)
            .where(
                reply.id == reply_id,
                post.neighbourhood_id.in_(reachable_neighbourhoods(user_id)),
                or_(reply.hidden_at.is_(None), reply.author_user_id == user_id),
            )
        )
    ).first()


async def _message_subject(db: AsyncSession, user_id: uuid.UUID, message_id: uuid.UUID) -> Any:
    mine = ConversationRepository(db).readable(user_id).subquery()
    return (
        await db.execute(
            select(
                NeighbourMessage.sender_user_id.label("reported"),
                select(NeighbourhoodPost.neighbourhood_id)
                .where(NeighbourhoodPost.id == mine.c.post_id)
                .scalar_subquery()
                .label("neighbourhood_id"),
            )
            .join(mine, mine.c.id == NeighbourMessage.conversation_id)
            .where(NeighbourMessage.id == message_id)
        )
    ).first()


async def report(
    db: AsyncSession, principal: Principal, clock: Clock, redis: Redis, body: ReportCreate
) -> ReportRead:
    """A report to staff about what the reporter sees (else 404); the same open report again
    is the one already there."""
    me = principal.user_id
    reported: uuid.UUID
    neighbourhood_id: uuid.UUID | None = None
    if body.subject_type == ReportSubject.person:
        if body.subject_id == me:
            raise InvalidInput.on("subject_id", NOT_YOURSELF)
        if not await _knows(db, me, body.subject_id):
            raise NotFound()
        reported = body.subject_id
    else:
        finder = {
            ReportSubject.post: _post_subject,
            ReportSubject.reply: _reply_subject,
            ReportSubject.message: _message_subject,
        }[body.subject_type]
        found = await finder(db, me, body.subject_id)
        if found is None:
            raise NotFound()
        reported, neighbourhood_id = found.reported, found.neighbourhood_id
        if reported == me:
            raise InvalidInput.on("subject_id", NOT_YOURSELF)
    if neighbourhood_id is None:
        neighbourhood_id = await _shared_neighbourhood(db, me, reported)
    wait = await throttle.take(
        redis, f"kring:limit:neighbourhood-report:user:{me}", REPORTS_PER_HOUR, 3600
    )
    if wait is not None:
        raise TooManyRequests(TOO_MANY_REPORTS, retry_after=wait)
    added = (
        await db.execute(
            insert(NeighbourhoodReport)
            .values(
                id=new_id(),
                reporter_user_id=me,
                reported_user_id=reported,
                neighbourhood_id=neighbourhood_id,
                subject_type=body.subject_type.value,
                subject_id=body.subject_id,
                reason=body.reason,
                status=ReportStatus.open.value,
                created_at=clock.now(),
            )
            .on_conflict_do_nothing(
                index_elements=["reporter_user_id", "subject_type", "subject_id"],
                index_where=text("status = 'open'"),
            )
            .returning(NeighbourhoodReport.id)
        )
    ).first()
    if added is not None:
        await audit.record(
            db,
            principal,
            "neighbourhood_report.made",
            subject_type="neighbourhood_report",
            subject_id=added.id,
            organisation_id=None,
            details={"subject_type": body.subject_type.value, "subject": str(body.subject_id)},
        )
    row = (
        await db.execute(
            select(NeighbourhoodReport).where(
                NeighbourhoodReport.reporter_user_id == me,
                NeighbourhoodReport.subject_type == body.subject_type.value,
                NeighbourhoodReport.subject_id == body.subject_id,
                NeighbourhoodReport.status == ReportStatus.open.value,
            )
        )
    ).scalar_one()
    return ReportRead(
        id=row.id,
        subject_type=ReportSubject(row.subject_type),
        subject_id=row.subject_id,
        status=row.status,
        created_at=row.created_at,
    )
