"""The feed's rules: who writes (a resident not suspended, the worker serving the
neighbourhood), posts on behalf (workers only; anonymous ones name no one, ever), replies under
the post's row lock, solved and withdrawn by the author, the solved share, the worker's
unanswered list and referrals. Every change is audited."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings
from kring.kit import outbox, throttle, uploads
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, Forbidden, InvalidInput, NotFound, TooManyRequests
from kring.kit.i18n import N_, translate
from kring.kit.pagination import Page, PageRequest
from kring.kit.storage import Storage
from kring.models.neighbourhood import Neighbourhood
from kring.models.neighbourhood_post import NeighbourhoodPost, NeighbourhoodReply, PostKind
from kring.models.neighbourhood_post import PostStatus as Status
from kring.models.skill import Skill
from kring.models.user import neighbour_name
from kring.neighbourhoods.service import Neighbour, may_write, neighbour_in
from kring.posts.repository import PostRepository, help_figures
from kring.posts.schemas import (
    Author,
    HelpFigures,
    PostCreate,
    PostRead,
    PostSkill,
    PostSummary,
    Referral,
    ReplyRead,
    UnansweredItem,
)
from kring.providers.service import DELETE_FILES
from kring.skills.service import skill_name

SUBJECT = "neighbourhood_post"
ANONYMOUS = N_("a neighbour, via the neighbourhood worker")
ON_BEHALF = N_("{name}, via the neighbourhood worker")
WORKERS_ONLY = N_("Only the neighbourhood's worker can post on behalf of someone else.")
TOO_MANY_POSTS = N_("You posted a lot in a short time. Try again in {minutes} minutes.")
TOO_MANY_REPLIES = N_("You replied a lot in a short time. Try again in {minutes} minutes.")
NOT_OPEN = N_("This post is no longer open.")
WITHDRAWN = N_("This post was withdrawn: it takes no more replies.")
HELP_ONLY = N_("Only a help request can be marked solved or referred.")
AUTHOR_ONLY = N_("Only the person who posted it can do this.")
NOT_A_REPLIER = N_("Choose one of the neighbours who replied.")
NO_SUCH_ORGANISATION = N_("Choose one of the neighbourhood's local organisations.")
IN_THE_PAST = N_("Choose a day from today on.")
DAY_PART_NEEDS_DAY = N_("Choose a day for the part of the day.")
ARCHIVED = N_("This neighbourhood is archived: it takes no new posts.")
WORKER_ONLY = N_("Only the neighbourhood's worker can refer a request.")
NAMED_OR_ANONYMOUS = N_("Post on behalf of someone either by their name or anonymously.")
SKILL_HELP_ONLY = N_("Only a help request asks for a skill.")
NO_SUCH_SKILL = N_("Choose a skill from the list.")

HOUR, DAY = 3600, 86400
POSTS_PER_HOUR, POSTS_PER_DAY, REPLIES_PER_HOUR = 10, 30, 30
FIRST_REPLIES = 50
YEAR = timedelta(days=365)


def author_of(row: Any) -> Author:
    if row.on_behalf:
        if row.anonymous or not row.posted_for_name:
            return Author(label=translate(ANONYMOUS))
        return Author(label=translate(ON_BEHALF, name=row.posted_for_name))
    return Author(
        label=neighbour_name(row.author_first_name, row.author_last_name), user_id=row.author_id
    )


def photo_url(post_id: uuid.UUID, photo_key: str, size: str) -> str:
    """A post photo's address: the post and the photo's version, never a person (a post on
    behalf of someone must not lead to them)."""
    return f"/api/v1/posts/{post_id}/photo/{size}?v={photo_key.rsplit('/', 1)[-1]}"


def _photo_fields(row: Any) -> dict[str, Any]:
    if row.photo_key is None:
        return {"photo_url": None, "photo_thumbnail_url": None}
    return {
        "photo_url": photo_url(row.id, row.photo_key, "large"),
        "photo_thumbnail_url": photo_url(row.id, row.photo_key, "small"),
    }


def may_refer(neighbour: Neighbour, post: NeighbourhoodPost) -> bool:
    """Only the neighbourhood's worker refers, and only an open help request."""
    return neighbour.is_worker and post.kind == PostKind.help_request and post.status == Status.open


def may_change_photo(neighbour: Neighbour, post: NeighbourhoodPost) -> bool:
    """Its author (the worker, for a post on behalf) while it is open, unless suspended."""
    return (
        post.author_user_id == neighbour.user_id
        and post.status == Status.open
        and not (neighbour.suspended and not neighbour.is_worker)
    )


def _summary_fields(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "neighbourhood_id": row.neighbourhood_id,
        "kind": row.kind,
        "title": row.title,
        "body": row.body,
        "wanted_on": row.wanted_on,
        "day_part": row.day_part,
        "status": row.status,
        "solved_by_neighbour": bool(row.solved_by_neighbour),
        "reply_count": row.reply_count,
        "created_at": row.created_at,
        "author": author_of(row),
        "is_mine": bool(row.is_mine),
        "hidden": bool(row.hidden),
        **_photo_fields(row),
    }


def summary_of(row: Any) -> PostSummary:
    return PostSummary(**_summary_fields(row))


async def _limit(redis: Redis, key: str, limit: int, window: int, message: str) -> None:
    wait = await throttle.take(redis, key, limit, window)
    if wait is not None:
        raise TooManyRequests(message, retry_after=wait)


def _reply_reader(post: NeighbourhoodPost, masked: Author | None) -> Callable[[Any], ReplyRead]:
    """A reply row as the API shows it; `masked` is the post's author label of a post on behalf."""

    def reply(reply_row: Any) -> ReplyRead:
        # The worker answering under a post on behalf speaks for the person: named as the post.
        if masked is not None and reply_row.author_user_id == post.author_user_id:
            author = masked
        else:
            author = Author(
                label=neighbour_name(reply_row.first_name, reply_row.last_name),
                user_id=reply_row.author_user_id,
            )
        return ReplyRead(
            id=reply_row.id,
            body=reply_row.body,
            author=author,
            is_mine=bool(reply_row.is_mine),
            hidden=bool(reply_row.hidden),
            created_at=reply_row.created_at,
        )

    return reply


async def _post_read(
    db: AsyncSession, principal: Principal, post: NeighbourhoodPost, page: PageRequest
) -> PostRead:
    repository = PostRepository(db)
    row = await repository.summary(principal, post.id)
    masked = author_of(row) if post.on_behalf else None
    replies = await repository.replies(principal, post, page, _reply_reader(post, masked))
    organisation = await repository.referral(post)
    referral = None
    if organisation is not None and post.referred_at is not None:
        referral = Referral(
            organisation_name=organisation.name,
            phone=organisation.phone,
            email=organisation.email,
            website=organisation.website,
            referred_at=post.referred_at,
        )
    neighbour = await neighbour_in(db, principal, post.neighbourhood_id)
    skill = await db.get(Skill, post.skill_id) if post.skill_id is not None else None
    return PostRead(
        **_summary_fields(row),
        referral=referral,
        skill=PostSkill(id=skill.id, name=skill_name(skill)) if skill is not None else None,
        can_refer=may_refer(neighbour, post),
        can_change_photo=may_change_photo(neighbour, post),
        replies=replies.items,
        replies_next_cursor=replies.next_cursor,
    )


def _first_replies() -> PageRequest:
    return PageRequest(cursor=None, limit=FIRST_REPLIES)


# --- reading -----------------------------------------------------------------------------------


async def feed(
    db: AsyncSession, neighbour: Neighbour, kind: PostKind | None, page: PageRequest
) -> Page[PostSummary]:
    return await PostRepository(db).feed(
        neighbour.principal, neighbour.neighbourhood_id, kind, page, summary_of
    )


async def get(db: AsyncSession, principal: Principal, post_id: uuid.UUID) -> PostRead:
    post = await PostRepository(db).get(principal, post_id)
    return await _post_read(db, principal, post, _first_replies())


async def replies(
    db: AsyncSession, principal: Principal, post_id: uuid.UUID, page: PageRequest
) -> Page[ReplyRead]:
    """A page of the post's replies and nothing else of it: the post's summary is read only to
    name the worker's replies under a post on behalf."""
    repository = PostRepository(db)
    post = await repository.get(principal, post_id)
    masked = author_of(await repository.summary(principal, post.id)) if post.on_behalf else None
    return await repository.replies(principal, post, page, _reply_reader(post, masked))


async def my_posts(db: AsyncSession, principal: Principal, page: PageRequest) -> Page[PostSummary]:
    return await PostRepository(db).mine(principal, page, summary_of)


async def figures(db: AsyncSession, neighbour: Neighbour, clock: Clock) -> HelpFigures:
    posted, by_neighbour, otherwise, still_open = await help_figures(
        db, neighbour.neighbourhood_id, clock.now() - YEAR
    )
    share = round(100 * by_neighbour / posted) if posted else None
    return HelpFigures(
        posted=posted,
        solved_by_neighbour=by_neighbour,
        solved_share=share,
        solved_otherwise=otherwise,
        open=still_open,
    )


async def unanswered(
    db: AsyncSession, worker: Neighbour, clock: Clock, settings: Settings, page: PageRequest
) -> Page[UnansweredItem]:
    now = clock.now()
    before = now - timedelta(hours=settings.unanswered_after_hours)

    def item(row: Any) -> UnansweredItem:
        waited = int((now - row.created_at).total_seconds() // 3600)
        return UnansweredItem(**_summary_fields(row), waiting_hours=waited)

    return await PostRepository(db).unanswered(
        worker.principal, worker.neighbourhood_id, before, page, item
    )


# --- writing -----------------------------------------------------------------------------------


def _check_create(neighbour: Neighbour, body: PostCreate, clock: Clock) -> None:
    behalf = body.on_behalf or body.anonymous or body.posted_for_name is not None
    if behalf and not neighbour.is_worker:
        raise Forbidden(WORKERS_ONLY)
    if (body.anonymous or body.posted_for_name is not None) and not body.on_behalf:
        raise InvalidInput.on("on_behalf", NAMED_OR_ANONYMOUS)
    if body.anonymous and body.posted_for_name is not None:
        raise InvalidInput.on("posted_for_name", NAMED_OR_ANONYMOUS)
    if body.wanted_on is not None and body.wanted_on < clock.now().date():
        raise InvalidInput.on("wanted_on", IN_THE_PAST)
    if body.day_part is not None and body.wanted_on is None:
        raise InvalidInput.on("day_part", DAY_PART_NEEDS_DAY)
    if body.skill_id is not None and body.kind != PostKind.help_request:
        raise InvalidInput.on("skill_id", SKILL_HELP_ONLY)


async def create(
    db: AsyncSession, neighbour: Neighbour, clock: Clock, redis: Redis, body: PostCreate
) -> PostRead:
    """A new post in the feed; at most 10 an hour and 30 a day per person."""
    _check_create(neighbour, body, clock)
    if body.skill_id is not None and await db.get(Skill, body.skill_id) is None:
        raise InvalidInput.on("skill_id", NO_SUCH_SKILL)
    if await db.scalar(
        select(Neighbourhood.archived_at).where(Neighbourhood.id == neighbour.neighbourhood_id)
    ):
        raise Conflict(ARCHIVED)
    user = neighbour.user_id
    await _limit(redis, f"kring:limit:post:hour:{user}", POSTS_PER_HOUR, HOUR, TOO_MANY_POSTS)
    await _limit(redis, f"kring:limit:post:day:{user}", POSTS_PER_DAY, DAY, TOO_MANY_POSTS)
    post = NeighbourhoodPost(
        neighbourhood_id=neighbour.neighbourhood_id,
        author_user_id=user,
        kind=body.kind.value,
        title=body.title.strip(),
        body=body.body.strip(),
        wanted_on=body.wanted_on,
        day_part=body.day_part.value if body.day_part else None,
        on_behalf=body.on_behalf,
        anonymous=body.anonymous,
        posted_for_name=body.posted_for_name.strip() if body.posted_for_name else None,
        skill_id=body.skill_id,
        created_at=clock.now(),
    )
    db.add(post)
    await db.flush()
    await audit.record(
        db,
        neighbour.principal,
        "post.created",
        subject_type=SUBJECT,
        subject_id=post.id,
        details={
            "kind": post.kind,
            "on_behalf": post.on_behalf,
            "anonymous": post.anonymous,
            "skill_id": str(post.skill_id) if post.skill_id else None,
        },
    )
    return await _post_read(db, neighbour.principal, post, _first_replies())


async def reply(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    redis: Redis,
    post_id: uuid.UUID,
    body: str,
) -> PostRead:
    """A reply on an open or solved post (409 when withdrawn), under the post's row lock."""
    post = await PostRepository(db).get(principal, post_id, for_update=True)
    may_write(await neighbour_in(db, principal, post.neighbourhood_id))
    if post.status == Status.withdrawn:
        raise Conflict(WITHDRAWN)
    await _limit(
        redis,
        f"kring:limit:reply:hour:{principal.user_id}",
        REPLIES_PER_HOUR,
        HOUR,
        TOO_MANY_REPLIES,
    )
    now = clock.now()
    written = NeighbourhoodReply(
        post_id=post.id, author_user_id=principal.user_id, body=body.strip(), created_at=now
    )
    db.add(written)
    post.reply_count += 1
    post.first_reply_at = post.first_reply_at or now
    post.last_reply_at = now
    await db.flush()
    await audit.record(
        db,
        principal,
        "post.replied",
        subject_type=SUBJECT,
        subject_id=post.id,
        details={"reply": str(written.id)},
    )
    return await _post_read(db, principal, post, _first_replies())


async def _own_open(
    db: AsyncSession, principal: Principal, post_id: uuid.UUID
) -> NeighbourhoodPost:
    post = await PostRepository(db).get(principal, post_id, for_update=True)
    if post.author_user_id != principal.user_id:
        raise Forbidden(AUTHOR_ONLY)
    may_write(await neighbour_in(db, principal, post.neighbourhood_id))
    if post.status != Status.open:
        raise Conflict(NOT_OPEN)
    return post


async def solve(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    post_id: uuid.UUID,
    solved_by: uuid.UUID | None,
) -> PostRead:
    """The author marks their open help request solved, by a neighbour who replied or not."""
    post = await _own_open(db, principal, post_id)
    if post.kind != PostKind.help_request:
        raise Conflict(HELP_ONLY)
    repository = PostRepository(db)
    if solved_by is not None and (
        solved_by == post.author_user_id or solved_by not in await repository.repliers(post.id)
    ):
        raise InvalidInput.on("solved_by_user_id", NOT_A_REPLIER)
    post.status = Status.solved.value
    post.solved_at = clock.now()
    post.solved_by_user_id = solved_by
    await db.flush()
    await audit.record(
        db,
        principal,
        "post.solved",
        subject_type=SUBJECT,
        subject_id=post.id,
        details={"by_neighbour": solved_by is not None},
    )
    return await _post_read(db, principal, post, _first_replies())


async def withdraw(
    db: AsyncSession, principal: Principal, clock: Clock, post_id: uuid.UUID
) -> PostRead:
    post = await _own_open(db, principal, post_id)
    post.status = Status.withdrawn.value
    post.withdrawn_at = clock.now()
    await db.flush()
    await audit.record(db, principal, "post.withdrawn", subject_type=SUBJECT, subject_id=post.id)
    return await _post_read(db, principal, post, _first_replies())


async def refer(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    post_id: uuid.UUID,
    organisation_id: uuid.UUID,
) -> PostRead:
    """The neighbourhood's worker refers an open help request to one of its local
    organisations (not archived); a later referral replaces an earlier one."""
    repository = PostRepository(db)
    post = await repository.get(principal, post_id, for_update=True)
    neighbour = await neighbour_in(db, principal, post.neighbourhood_id)
    if not neighbour.is_worker:
        raise Forbidden(WORKER_ONLY)
    if post.kind != PostKind.help_request:
        raise Conflict(HELP_ONLY)
    if post.status != Status.open:
        raise Conflict(NOT_OPEN)
    organisation = await repository.live_organisation(post.neighbourhood_id, organisation_id)
    if organisation is None:
        raise InvalidInput.on("local_organisation_id", NO_SUCH_ORGANISATION)
    post.referred_to_id = organisation.id
    post.referred_at = clock.now()
    post.referred_by_user_id = principal.user_id
    await db.flush()
    await audit.record(
        db,
        principal,
        "post.referred",
        subject_type=SUBJECT,
        subject_id=post.id,
        details={"local_organisation": str(organisation.id)},
    )
    return await _post_read(db, principal, post, _first_replies())


# --- the photo ---------------------------------------------------------------------------------


def _photo_folder(post: NeighbourhoodPost) -> str:
    # Keyed by the post, never by its author: a post on behalf must not lead to anyone.
    return f"posts/{post.id}/photo"


async def store_photo(
    db: AsyncSession, principal: Principal, storage: Storage, post_id: uuid.UUID, data: bytes
) -> PostRead:
    """The author's new photo on their open post (a replaced one's files go); 409 once the
    post is solved or withdrawn."""
    post = await _own_open(db, principal, post_id)
    replaced = post.photo_key is not None
    uploads.store_picture(storage, post, _photo_folder(post), data)
    await db.flush()
    await audit.record(
        db,
        principal,
        "post.photo_set",
        subject_type=SUBJECT,
        subject_id=post.id,
        details={"replaced": replaced},
    )
    return await _post_read(db, principal, post, _first_replies())


async def delete_photo(
    db: AsyncSession, principal: Principal, storage: Storage, post_id: uuid.UUID
) -> PostRead:
    """The author removes the photo, whatever the post's state (taking a photo down is always
    allowed, also on a solved or withdrawn post); 404 when there is none."""
    post = await PostRepository(db).get(principal, post_id, for_update=True)
    if post.author_user_id != principal.user_id:
        raise Forbidden(AUTHOR_ONLY)
    if post.photo_key is None:
        raise NotFound()
    uploads.delete_picture(storage, post)
    await db.flush()
    await audit.record(
        db, principal, "post.photo_removed", subject_type=SUBJECT, subject_id=post.id
    )
    return await _post_read(db, principal, post, _first_replies())


async def photo(
    db: AsyncSession,
    principal: Principal,
    storage: Storage,
    post_id: uuid.UUID,
    size: str,
    version: str | None,
) -> bytes:
    """A post's photo in one size, for exactly those who read the post (404 otherwise); an
    old version is not found."""
    post = await PostRepository(db).get(principal, post_id)
    if post.photo_key is None or (version is not None and version != uploads.photo_version(post)):
        raise NotFound()
    data = uploads.picture_variant(storage, post, size)
    if data is None:
        raise NotFound()
    return data


async def erase_people(db: AsyncSession, user_ids: list[uuid.UUID]) -> int:
    """Erased accounts' posts go, with their replies and photos (the files after the commit);
    their replies under other people's posts go too, and those posts count what is left.
    Call it after their conversations are gone: a conversation about a post names it."""
    posts = (
        await db.execute(
            select(NeighbourhoodPost.id, NeighbourhoodPost.photo_key).where(
                NeighbourhoodPost.author_user_id.in_(user_ids)
            )
        )
    ).all()
    folders = [f"posts/{row.id}" for row in posts if row.photo_key]
    if folders:
        await outbox.add(db, DELETE_FILES, {"keys": folders})
    await db.execute(
        delete(NeighbourhoodPost).where(NeighbourhoodPost.author_user_id.in_(user_ids))
    )
    replied = list(
        await db.scalars(
            delete(NeighbourhoodReply)
            .where(NeighbourhoodReply.author_user_id.in_(user_ids))
            .returning(NeighbourhoodReply.post_id)
        )
    )
    if replied:
        remaining = (
            select(func.count())
            .where(NeighbourhoodReply.post_id == NeighbourhoodPost.id)
            .scalar_subquery()
        )
        latest = (
            select(func.max(NeighbourhoodReply.created_at))
            .where(NeighbourhoodReply.post_id == NeighbourhoodPost.id)
            .scalar_subquery()
        )
        await db.execute(
            update(NeighbourhoodPost)
            .where(NeighbourhoodPost.id.in_(set(replied)))
            .values(reply_count=remaining, last_reply_at=latest)
            .execution_options(synchronize_session=False)
        )
    return len(posts)
