"""Private messages between neighbours: one conversation per pair of people (and one per pair
and post), opened by the first message. Two people may write when they share a neighbourhood
(residents of it, or its worker); a suspended resident writes nothing, and a block either way
refuses new messages. A conversation is readable by its two members only (404 for anyone
else, staff included). About an anonymous post, the worker who posted it stays "the
neighbourhood worker" to the other side.

A municipality's or social service's member, who lives in none of its neighbourhoods, writes to
the volunteers of those it serves in a conversation of the organisation (`send_for_organisation`;
the volunteers domain decides who is one): both sides write in it while the volunteer lives in a
neighbourhood the organisation serves and the member still belongs to it, and a block either way
refuses it as any other."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import delete, exists, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.kit import throttle
from kring.kit.clock import Clock
from kring.kit.db import new_id
from kring.kit.errors import Forbidden, InvalidInput, NotFound, TooManyRequests
from kring.kit.i18n import N_, _
from kring.kit.pagination import Page, PageRequest
from kring.models.neighbour_message import (
    Conversation,
    ConversationMember,
    NeighbourMessage,
    PersonBlock,
)
from kring.models.neighbourhood import NeighbourhoodServiceOrganisation, Resident
from kring.models.organisation import Membership
from kring.models.user import User, neighbour_name
from kring.neighbour_messages.repository import (
    INBOX,
    NEWEST_MESSAGES,
    ConversationRepository,
    blocked_between,
    standing,
    visible_post,
)
from kring.neighbour_messages.schemas import (
    ConversationCreate,
    ConversationRead,
    ConversationSummary,
    NeighbourMessageRead,
    UnreadTotals,
)

SUBJECT = "neighbour_conversation"
MESSAGES_PER_WINDOW = 30
WINDOW_SECONDS = 600
EXCERPT_LENGTH = 120
CANNOT_WRITE = N_("You cannot write to this person.")
SUSPENDED = N_("Your account is suspended: you can read messages, not write them.")
TOO_MANY = N_("You sent many messages in a short time. Try again in {minutes} minutes.")
NOT_YOURSELF = N_("You cannot write to yourself.")


def excerpt(text: str | None, length: int = EXCERPT_LENGTH) -> str | None:
    if text is None:
        return None
    flat = " ".join(text.split())
    if len(flat) <= length:
        return flat
    return flat[:length].rstrip() + "…"


def _other_name(row: Any) -> str:
    if row.masked:
        return _("the neighbourhood worker")
    name = neighbour_name(row.other_first_name, row.other_last_name)
    if row.other_speaks_for_organisation:
        return f"{name} ({row.organisation_name})"
    return name


def _summary(row: Any) -> ConversationSummary:
    masked = bool(row.masked)
    return ConversationSummary(
        id=row.conversation_id,
        post_id=row.post_id,
        post_title=row.post_title,
        organisation_name=row.organisation_name,
        other_user_id=None if masked else row.other_user_id,
        other_name=_other_name(row),
        other_is_neighbourhood_worker=masked,
        last_message_at=row.last_message_at,
        last_message_excerpt=excerpt(row.last_body),
        last_message_mine=bool(row.last_mine),
        unread_count=int(row.unread_count or 0),
    )


async def may_write_to(db: AsyncSession, principal: Principal, other_id: uuid.UUID) -> None:
    """404 when the two share no neighbourhood (or the other is no active person); 403 for a
    suspended resident, and for a block either way."""
    if other_id == principal.user_id:
        raise InvalidInput.on("to_user_id", NOT_YOURSELF)
    found = (await db.execute(standing(principal.user_id, other_id))).one()
    if not found.other_active or not found.shared:
        raise NotFound()
    if found.suspended and not found.serves:
        raise Forbidden(SUSPENDED)
    if found.blocked:
        raise Forbidden(CANNOT_WRITE)


async def _throttle(redis: Redis, principal: Principal) -> None:
    wait = await throttle.take(
        redis,
        f"kring:limit:neighbour-message:user:{principal.user_id}",
        MESSAGES_PER_WINDOW,
        WINDOW_SECONDS,
    )
    if wait is not None:
        raise TooManyRequests(TOO_MANY, retry_after=wait)


async def _conversation_of(
    db: AsyncSession,
    one: uuid.UUID,
    other: uuid.UUID,
    post_id: uuid.UUID | None,
    organisation_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """The pair's conversation (of the post, or of the organisation `one` speaks for), made if
    there is none; two at once make one (the unique indexes: the second insert waits for the
    first and then does nothing)."""
    first, second = sorted((one, other))
    statement = insert(Conversation).values(
        id=new_id(),
        first_user_id=first,
        second_user_id=second,
        post_id=post_id,
        organisation_id=organisation_id,
        organisation_user_id=None if organisation_id is None else one,
    )
    if organisation_id is not None:
        statement = statement.on_conflict_do_nothing(
            index_elements=["first_user_id", "second_user_id", "organisation_id"],
            index_where=Conversation.organisation_id.is_not(None),
        )
    elif post_id is None:
        statement = statement.on_conflict_do_nothing(
            index_elements=["first_user_id", "second_user_id"],
            index_where=Conversation.post_id.is_(None) & Conversation.organisation_id.is_(None),
        )
    else:
        statement = statement.on_conflict_do_nothing(
            index_elements=["first_user_id", "second_user_id", "post_id"],
            index_where=Conversation.post_id.is_not(None),
        )
    await db.execute(statement)
    found = await db.scalar(
        ConversationRepository(db)
        .readable(first)
        .with_only_columns(Conversation.id)
        .where(
            Conversation.second_user_id == second,
            Conversation.post_id.is_(None) if post_id is None else Conversation.post_id == post_id,
            Conversation.organisation_id.is_(None)
            if organisation_id is None
            else Conversation.organisation_id == organisation_id,
        )
    )
    assert found is not None
    await db.execute(
        insert(ConversationMember)
        .values(
            [
                {"conversation_id": found, "user_id": first},
                {"conversation_id": found, "user_id": second},
            ]
        )
        .on_conflict_do_nothing()
    )
    return found


async def _send(
    db: AsyncSession, conversation_id: uuid.UUID, sender: uuid.UUID, body: str, now: datetime
) -> None:
    """The message, the conversation's last moment on both member rows, and the sender's
    reading (writing, they have read what came before)."""
    db.add(
        NeighbourMessage(
            id=new_id(),
            conversation_id=conversation_id,
            sender_user_id=sender,
            body=body,
            created_at=now,
        )
    )
    await db.flush()
    await db.execute(
        update(Conversation).where(Conversation.id == conversation_id).values(last_message_at=now)
    )
    await db.execute(
        update(ConversationMember)
        .where(ConversationMember.conversation_id == conversation_id)
        .values(last_message_at=now)
    )
    await db.execute(
        update(ConversationMember)
        .where(
            ConversationMember.conversation_id == conversation_id,
            ConversationMember.user_id == sender,
        )
        .values(last_read_at=now)
    )


async def start(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    redis: Redis,
    body: ConversationCreate,
    page: PageRequest,
) -> ConversationRead:
    """Open (or reuse) the conversation of the pair, or of the pair and the post, and send
    the first message. With a post and nobody named, it goes to the post's author."""
    other_id = body.to_user_id
    if body.post_id is not None:
        post = (await db.execute(visible_post(principal.user_id, body.post_id))).first()
        if post is None:
            raise NotFound()
        other_id = other_id or post.author_user_id
    assert other_id is not None
    await may_write_to(db, principal, other_id)
    await _throttle(redis, principal)
    conversation_id = await _conversation_of(db, principal.user_id, other_id, body.post_id)
    await _send(db, conversation_id, principal.user_id, body.body, clock.now())
    await audit.record(
        db,
        principal,
        "neighbour_message.sent",
        subject_type=SUBJECT,
        subject_id=conversation_id,
        organisation_id=None,
    )
    return await read(db, principal, conversation_id, page)


async def write(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    redis: Redis,
    conversation_id: uuid.UUID,
    body: str,
    page: PageRequest,
) -> ConversationRead:
    """A message in one of my conversations, if I may still write to the other side."""
    conversation = await ConversationRepository(db).get(principal.user_id, conversation_id)
    other_id = (
        conversation.second_user_id
        if conversation.first_user_id == principal.user_id
        else conversation.first_user_id
    )
    try:
        if conversation.organisation_id is None:
            await may_write_to(db, principal, other_id)
        else:
            await _may_write_in_organisation_conversation(db, principal, conversation, other_id)
    except NotFound:
        # They see the conversation: it is the writing that is refused.
        raise Forbidden(CANNOT_WRITE) from None
    await _throttle(redis, principal)
    await _send(db, conversation.id, principal.user_id, body, clock.now())
    await audit.record(
        db,
        principal,
        "neighbour_message.sent",
        subject_type=SUBJECT,
        subject_id=conversation.id,
        organisation_id=None,
    )
    return await read(db, principal, conversation.id, page)


async def _may_write_in_organisation_conversation(
    db: AsyncSession, principal: Principal, conversation: Conversation, other_id: uuid.UUID
) -> None:
    """Both active, no block, the volunteer still in a served neighbourhood (and not a
    suspended resident when they write), the member still the organisation's."""
    member = conversation.organisation_user_id
    volunteer = other_id if principal.user_id == member else principal.user_id
    found = (
        await db.execute(
            select(
                exists().where(User.id == other_id, User.status == "active").label("active"),
                select(Resident.suspended_at.is_not(None))
                .where(
                    Resident.user_id == volunteer,
                    Resident.neighbourhood_id.in_(
                        select(NeighbourhoodServiceOrganisation.neighbourhood_id).where(
                            NeighbourhoodServiceOrganisation.organisation_id
                            == conversation.organisation_id
                        )
                    ),
                )
                .scalar_subquery()
                .label("suspended"),
                exists()
                .where(
                    Membership.user_id == member,
                    Membership.organisation_id == conversation.organisation_id,
                    Membership.portal_employee.is_(True),
                )
                .label("member"),
                blocked_between(principal.user_id, other_id).label("blocked"),
            )
        )
    ).one()
    if not found.active or found.suspended is None or not found.member:
        raise NotFound()
    if found.suspended and principal.user_id == volunteer:
        raise Forbidden(SUSPENDED)
    if found.blocked:
        raise Forbidden(CANNOT_WRITE)


async def send_for_organisation(
    db: AsyncSession,
    member_id: uuid.UUID,
    organisation_id: uuid.UUID,
    volunteer_ids: list[uuid.UUID],
    body: str,
    now: datetime,
) -> dict[uuid.UUID, uuid.UUID]:
    """The member writes `body` to each volunteer in the organisation's conversation with them
    (the caller checked they are its volunteers); those with a block either way are left out.
    Per volunteer written to: the conversation."""
    blocked = set(
        await db.scalars(
            select(User.id).where(User.id.in_(volunteer_ids), blocked_between(member_id, User.id))
        )
    )
    written: dict[uuid.UUID, uuid.UUID] = {}
    for volunteer_id in volunteer_ids:
        if volunteer_id in blocked or volunteer_id == member_id:
            continue
        conversation_id = await _conversation_of(db, member_id, volunteer_id, None, organisation_id)
        await _send(db, conversation_id, member_id, body, now)
        written[volunteer_id] = conversation_id
    return written


async def inbox(
    db: AsyncSession, principal: Principal, page: PageRequest
) -> Page[ConversationSummary]:
    """My conversations, the last message first."""
    repository = ConversationRepository(db)
    return await repository.page(
        repository.summaries(principal.user_id), INBOX, page, item=_summary
    )


async def unread(db: AsyncSession, principal: Principal) -> UnreadTotals:
    conversations, messages = await ConversationRepository(db).unread_totals(principal.user_id)
    return UnreadTotals(conversations=conversations, messages=messages)


async def read(
    db: AsyncSession, principal: Principal, conversation_id: uuid.UUID, page: PageRequest
) -> ConversationRead:
    """One of my conversations with a page of its messages, the newest first."""
    repository = ConversationRepository(db)
    row = await repository.summary(principal.user_id, conversation_id)
    if row is None:
        raise NotFound()
    me = principal.user_id
    found = await repository.page(
        repository.messages(conversation_id),
        NEWEST_MESSAGES,
        page,
        item=lambda m: NeighbourMessageRead(
            id=m.id, mine=m.sender_user_id == me, body=m.body, created_at=m.created_at
        ),
    )
    other = row.other_user_id
    return ConversationRead(
        **_summary(row).model_dump(),
        messages=found.items,
        next_cursor=found.next_cursor,
        blocked_by_me=other is not None and await repository.i_blocked(me, other),
    )


async def mark_read(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    conversation_id: uuid.UUID,
) -> ConversationSummary:
    """Everything in the conversation so far is read."""
    repository = ConversationRepository(db)
    await repository.get(principal.user_id, conversation_id)
    await db.execute(
        update(ConversationMember)
        .where(
            ConversationMember.conversation_id == conversation_id,
            ConversationMember.user_id == principal.user_id,
        )
        .values(last_read_at=clock.now())
    )
    row = await repository.summary(principal.user_id, conversation_id)
    return _summary(row)


async def erase_people(db: AsyncSession, user_ids: list[uuid.UUID]) -> None:
    """Erased accounts' conversations go, for both sides (their words are in them), with the
    blocks by and of them. Reports stay, as moderation's record."""
    await db.execute(
        delete(Conversation).where(
            or_(Conversation.first_user_id.in_(user_ids), Conversation.second_user_id.in_(user_ids))
        )
    )
    await db.execute(
        delete(PersonBlock).where(
            or_(
                PersonBlock.blocker_user_id.in_(user_ids),
                PersonBlock.blocked_user_id.in_(user_ids),
            )
        )
    )
