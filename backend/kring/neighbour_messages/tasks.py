"""The batched e-mail about unread messages: every minute, each person with a message from the
other side unread for `NOTIFY_AFTER` and not mailed about since gets ONE e-mail saying how many
conversations wait for them (no message text, nothing of a person they blocked), and the
conversations are marked notified. Set-based statements; rows another worker holds are skipped
(`SKIP LOCKED`) and one run at a time claims (an advisory lock), so nobody is mailed twice."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kring.config import Settings
from kring.kit.db import unit_of_work
from kring.kit.links import portal_link
from kring.models.neighbour_message import ConversationMember, NeighbourMessage, PersonBlock
from kring.models.user import User
from kring.neighbour_messages.repository import NEVER, unread_of
from kring.notifications.service import mail_payload, queue_mails

NOTIFY_AFTER = timedelta(minutes=15)
BATCH_SIZE = 1000
# pg_try_advisory_xact_lock's key for this job: one claiming run at a time.
LOCK_KEY = 2026_12_07_22
Member = ConversationMember
Message = NeighbourMessage


def _unread_from_others(*extra: ColumnElement[bool]) -> ColumnElement[bool]:
    """A message in the member's conversation from the other side, after they last read it,
    from someone they did not block."""
    return exists().where(
        Message.conversation_id == Member.conversation_id,
        Message.sender_user_id != Member.user_id,
        Message.created_at > func.coalesce(Member.last_read_at, NEVER),
        ~exists().where(
            PersonBlock.blocker_user_id == Member.user_id,
            PersonBlock.blocked_user_id == Message.sender_user_id,
        ),
        *extra,
    )


def _due_people(now: datetime) -> Any:
    """People with such a message waiting `NOTIFY_AFTER` or more, not mailed about since."""
    return (
        select(Member.user_id)
        .join(User, and_(User.id == Member.user_id, User.status == "active"))
        .where(
            unread_of(Member),
            _unread_from_others(
                Message.created_at <= now - NOTIFY_AFTER,
                or_(Member.notified_at.is_(None), Message.created_at > Member.notified_at),
            ),
        )
        .distinct()
        .limit(BATCH_SIZE)
    )


def _claim(now: datetime) -> Any:
    """Every unread conversation of the due people: notified now; returns whose they are."""
    claimed = (
        select(Member.conversation_id, Member.user_id)
        .where(
            Member.user_id.in_(_due_people(now).scalar_subquery()),
            unread_of(Member),
            _unread_from_others(),
        )
        .with_for_update(skip_locked=True)
    )
    return (
        update(Member)
        .where(tuple_(Member.conversation_id, Member.user_id).in_(claimed))
        .values(notified_at=now)
        .returning(Member.user_id)
    )


async def notify_unread(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> int:
    """One e-mail per person due; the number of e-mails queued."""
    total = 0
    while True:
        async with unit_of_work(sessionmaker) as db:
            if not await db.scalar(select(func.pg_try_advisory_xact_lock(LOCK_KEY))):
                return total  # another worker is claiming
            counts = Counter((await db.scalars(_claim(now))).all())
            if not counts:
                return total
            people = (
                await db.execute(
                    select(User.id, User.email, User.language, User.first_name).where(
                        User.id.in_(list(counts))
                    )
                )
            ).all()
            await queue_mails(
                db,
                [
                    mail_payload(
                        to=person.email,
                        template="neighbour_messages_unread",
                        language=person.language,
                        context={
                            "first_name": person.first_name,
                            "count": str(counts[person.id]),
                            "link": portal_link(settings, "partner", "berichten"),
                        },
                    )
                    for person in people
                ],
            )
            total += len(people)
