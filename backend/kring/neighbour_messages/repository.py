"""Reading conversations, messages, blocks and reports. A person's conversations start from
`ConversationRepository.readable` (they are one of its two members); whom a person may write
to, block or report starts from `reachable_neighbourhoods` (a neighbourhood both reach)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import aliased

from kring.kit.pagination import Keyset, SortKey
from kring.kit.repository import Repository
from kring.models.neighbour_message import (
    Conversation,
    ConversationMember,
    NeighbourhoodReport,
    NeighbourMessage,
    PersonBlock,
)
from kring.models.neighbourhood import Neighbourhood, NeighbourhoodWorker, Resident
from kring.models.neighbourhood_post import NeighbourhoodPost
from kring.models.organisation import Organisation
from kring.models.user import User
from kring.neighbourhoods.service import reachable_neighbourhoods

Member = ConversationMember
Message = NeighbourMessage
Report = NeighbourhoodReport
NEVER: ColumnElement[datetime] = literal_column("'-infinity'::timestamptz")

INBOX = Keyset(
    "neighbour_conversations",
    (
        SortKey(Member.last_message_at.expression, True, datetime),
        SortKey(Member.conversation_id.expression, True),
    ),
)
NEWEST_MESSAGES = Keyset(
    "neighbour_messages",
    (SortKey(Message.created_at.expression, True, datetime), SortKey(Message.id.expression, True)),
)
OPEN_REPORTS = Keyset(
    "neighbourhood_reports_open",
    (SortKey(Report.created_at.expression, False, datetime), SortKey(Report.id.expression)),
)
HANDLED_REPORTS = Keyset(
    "neighbourhood_reports_handled",
    (SortKey(Report.handled_at.expression, True, datetime), SortKey(Report.id.expression, True)),
)


def shares_neighbourhood(user_id: Any, other_id: Any) -> ColumnElement[bool]:
    """Both reach one neighbourhood: residents of it, or one (or both) serving it."""
    mine = reachable_neighbourhoods(user_id).subquery()
    return exists(
        select(mine.c.neighbourhood_id).where(
            mine.c.neighbourhood_id.in_(reachable_neighbourhoods(other_id))
        )
    )


def serves_shared(user_id: Any, other_id: Any) -> ColumnElement[bool]:
    """`user_id` serves, as its worker, a neighbourhood `other_id` reaches."""
    return exists().where(
        NeighbourhoodWorker.user_id == user_id,
        NeighbourhoodWorker.neighbourhood_id.in_(reachable_neighbourhoods(other_id)),
    )


def blocked_between(user_id: Any, other_id: Any) -> ColumnElement[bool]:
    """A block either way."""
    return exists().where(
        or_(
            and_(PersonBlock.blocker_user_id == user_id, PersonBlock.blocked_user_id == other_id),
            and_(PersonBlock.blocker_user_id == other_id, PersonBlock.blocked_user_id == user_id),
        )
    )


def converses_with(user_id: Any, other_id: Any) -> ColumnElement[bool]:
    """The two have a conversation (of any post)."""
    first, second = func.least(user_id, other_id), func.greatest(user_id, other_id)
    return exists().where(
        Conversation.first_user_id == first, Conversation.second_user_id == second
    )


def standing(user_id: uuid.UUID, other_id: uuid.UUID) -> Select[Any]:
    """One round trip: whether the other is an active person the two share a neighbourhood
    with, whether the writer is a suspended resident who serves none of it, and blocks."""
    return select(
        exists().where(User.id == other_id, User.status == "active").label("other_active"),
        shares_neighbourhood(user_id, other_id).label("shared"),
        select(Resident.suspended_at.is_not(None))
        .where(Resident.user_id == user_id)
        .scalar_subquery()
        .label("suspended"),
        serves_shared(user_id, other_id).label("serves"),
        blocked_between(user_id, other_id).label("blocked"),
    )


def visible_post(user_id: uuid.UUID, post_id: uuid.UUID) -> Any:
    """A post in a neighbourhood the person reaches (a hidden one only for its author)."""
    post = NeighbourhoodPost
    return select(post.id, post.author_user_id, post.neighbourhood_id, post.anonymous).where(
        post.id == post_id,
        post.neighbourhood_id.in_(reachable_neighbourhoods(user_id)),
        or_(post.hidden_at.is_(None), post.author_user_id == user_id),
    )


def _other(user_id: uuid.UUID) -> ColumnElement[uuid.UUID]:
    return case(
        (Conversation.first_user_id == user_id, Conversation.second_user_id),
        else_=Conversation.first_user_id,
    )


def unread_of(member: Any) -> ColumnElement[bool]:
    """A member's conversation has a message after they last read it (writing reads it)."""
    unread: ColumnElement[bool] = member.last_message_at > func.coalesce(member.last_read_at, NEVER)
    return unread


def _unread_messages(user_id: uuid.UUID) -> Any:
    return (
        select(func.count())
        .where(
            Message.conversation_id == Member.conversation_id,
            Message.sender_user_id != user_id,
            Message.created_at > func.coalesce(Member.last_read_at, NEVER),
        )
        .scalar_subquery()
    )


def _last_message(column: Any) -> Any:
    return (
        select(column)
        .where(Message.conversation_id == Member.conversation_id)
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
        .scalar_subquery()
    )


class ConversationRepository(Repository[Conversation, uuid.UUID]):
    """A person's conversations: they are one of its two members; any other is not found
    (staff too: staff read a message only through a report)."""

    model = Conversation

    async def i_blocked(self, user_id: uuid.UUID, other_id: uuid.UUID) -> bool:
        """`user_id` blocked `other_id` (not the other way: that stays theirs to know)."""
        found = await self.session.scalar(
            select(
                exists().where(
                    PersonBlock.blocker_user_id == user_id, PersonBlock.blocked_user_id == other_id
                )
            )
        )
        return bool(found)

    def readable(self, user_id: uuid.UUID) -> Select[Any]:
        return select(Conversation).where(
            or_(Conversation.first_user_id == user_id, Conversation.second_user_id == user_id)
        )

    def summaries(self, user_id: uuid.UUID) -> Select[Any]:
        """The list's columns: my member row joined to the conversation."""
        other = _other(user_id)
        post = NeighbourhoodPost
        return (
            self.readable(user_id)
            .join(
                Member,
                and_(Member.conversation_id == Conversation.id, Member.user_id == user_id),
            )
            .with_only_columns(
                Member.conversation_id,
                Member.last_message_at,
                Conversation.post_id,
                select(post.title)
                .where(post.id == Conversation.post_id)
                .scalar_subquery()
                .label("post_title"),
                select(Organisation.name)
                .where(Organisation.id == Conversation.organisation_id)
                .scalar_subquery()
                .label("organisation_name"),
                (Conversation.organisation_user_id == other).label("other_speaks_for_organisation"),
                other.label("other_user_id"),
                exists()
                .where(
                    post.id == Conversation.post_id, post.anonymous, post.author_user_id == other
                )
                .label("masked"),
                select(User.first_name)
                .where(User.id == other)
                .scalar_subquery()
                .label("other_first_name"),
                select(User.last_name)
                .where(User.id == other)
                .scalar_subquery()
                .label("other_last_name"),
                _last_message(Message.body).label("last_body"),
                (_last_message(Message.sender_user_id) == user_id).label("last_mine"),
                _unread_messages(user_id).label("unread_count"),
            )
        )

    async def summary(self, user_id: uuid.UUID, conversation_id: uuid.UUID) -> Any:
        statement = self.summaries(user_id).where(Conversation.id == conversation_id)
        return (await self.session.execute(statement)).first()

    async def unread_totals(self, user_id: uuid.UUID) -> tuple[int, int]:
        """Unread conversations and messages: my member rows in the inbox index whose last
        message is newer than my reading, and their messages since."""
        statement = select(
            func.count(), func.coalesce(func.sum(_unread_messages(user_id)), 0)
        ).where(Member.user_id == user_id, unread_of(Member))
        counted = (await self.session.execute(statement)).one()
        return int(counted[0]), int(counted[1])

    def messages(self, conversation_id: uuid.UUID) -> Any:
        return select(Message.id, Message.sender_user_id, Message.body, Message.created_at).where(
            Message.conversation_id == conversation_id
        )


def blocks_of(user_id: uuid.UUID) -> Any:
    return (
        select(
            PersonBlock.blocked_user_id,
            PersonBlock.created_at,
            User.first_name,
            User.last_name,
        )
        .join(User, User.id == PersonBlock.blocked_user_id)
        .where(PersonBlock.blocker_user_id == user_id)
        .order_by(PersonBlock.created_at.desc(), PersonBlock.blocked_user_id)
    )


Reporter = aliased(User, name="reporter")
Reported = aliased(User, name="reported")


class ReportRepository(Repository[NeighbourhoodReport, Any]):
    """Staff's queue: every report (the route's staff task decides who reads it)."""

    model = NeighbourhoodReport

    def readable(self, principal: Any) -> Select[Any]:
        return select(Report)

    def queue(self, principal: Any, view: str) -> Select[Any]:
        return (
            self.readable(principal)
            .with_only_columns(*queue_columns())
            .where(Report.status == view)
        )

    async def row(self, principal: Any, report_id: uuid.UUID) -> Any:
        statement = (
            self.readable(principal)
            .with_only_columns(*queue_columns())
            .where(Report.id == report_id)
        )
        return (await self.session.execute(statement)).first()


def queue_columns() -> tuple[Any, ...]:
    return (
        Report.id,
        Report.subject_type,
        Report.subject_id,
        Report.neighbourhood_id,
        select(Neighbourhood.name)
        .where(Neighbourhood.id == Report.neighbourhood_id)
        .scalar_subquery()
        .label("neighbourhood_name"),
        Report.reporter_user_id,
        select(Reporter.display_name_sql())
        .where(Reporter.id == Report.reporter_user_id)
        .scalar_subquery()
        .label("reporter_name"),
        Report.reported_user_id,
        select(Reported.display_name_sql())
        .where(Reported.id == Report.reported_user_id)
        .scalar_subquery()
        .label("reported_name"),
        Report.reason,
        Report.status,
        Report.created_at,
        Report.handled_at,
        Report.outcome,
    )
