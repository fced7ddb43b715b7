"""The routes of residents and neighbourhood workers: the feed, posts and replies, solved and
withdrawn, the solved share, my posts, and the worker's unanswered list and referrals."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status
from redis.asyncio import Redis

from kring.auth.dependencies import SignedIn
from kring.config import SettingsDep
from kring.kit import throttle
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.storage import StorageDep
from kring.kit.types import PlainText
from kring.kit.uploads import binary_body, read_body
from kring.models.neighbourhood_post import PostKind
from kring.neighbourhoods.service import NeighbourReader, NeighbourWriter, WorkerInNeighbourhood
from kring.posts import service
from kring.posts.schemas import (
    HelpFigures,
    PostCreate,
    PostPhotoSize,
    PostRead,
    PostSummary,
    ReferralCreate,
    ReplyCreate,
    ReplyRead,
    SolveRequest,
    UnansweredItem,
)

router = APIRouter(tags=["posts"])
RedisDep = Annotated[Redis, Depends(throttle.get_redis)]
NEIGHBOURHOOD = "/neighbourhoods/{neighbourhood_id}"
POST = "/posts/{post_id}"


@router.get(
    NEIGHBOURHOOD + "/posts",
    operation_id="posts:feed",
    summary="The neighbourhood's feed",
    responses=problem_responses(401, 403, 404, 422),
)
async def feed(
    db: DbSession,
    neighbour: NeighbourReader,
    page: PageQuery,
    kind: Annotated[PostKind | None, Query(description="Only posts of this kind.")] = None,
) -> Page[PostSummary]:
    """Newest first, in keyset pages; a hidden post only for its author."""
    return await service.feed(db, neighbour, kind, page)


@router.post(
    NEIGHBOURHOOD + "/posts",
    operation_id="posts:create",
    summary="Post in the neighbourhood",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422, 429),
)
async def create(
    body: PostCreate,
    db: DbSession,
    neighbour: NeighbourWriter,
    clock: ClockDep,
    redis: RedisDep,
) -> PostRead:
    """A help request or another post; the worker may post on behalf of someone (anonymously)."""
    return await service.create(db, neighbour, clock, redis, body)


@router.get(
    NEIGHBOURHOOD + "/help-figures",
    operation_id="posts:help_figures",
    summary="How help requests went in the past 12 months",
    responses=problem_responses(401, 403, 404),
)
async def help_figures(db: DbSession, neighbour: NeighbourReader, clock: ClockDep) -> HelpFigures:
    """The share of help requests solved by a neighbour, and the rest."""
    return await service.figures(db, neighbour, clock)


@router.get(
    NEIGHBOURHOOD + "/unanswered",
    operation_id="posts:unanswered",
    summary="Help requests nobody answered",
    responses=problem_responses(401, 403, 404, 422),
)
async def unanswered(
    db: DbSession,
    worker: WorkerInNeighbourhood,
    clock: ClockDep,
    settings: SettingsDep,
    page: PageQuery,
) -> Page[UnansweredItem]:
    """For the neighbourhood's worker: open help requests without a reply for 48 hours (a
    setting), oldest first."""
    return await service.unanswered(db, worker, clock, settings, page)


@router.get(
    "/me/posts",
    operation_id="posts:mine",
    summary="My posts",
    responses=problem_responses(401, 403, 422),
)
async def my_posts(db: DbSession, principal: SignedIn, page: PageQuery) -> Page[PostSummary]:
    """Newest first, also those I posted on behalf of someone, with their reply counts."""
    return await service.my_posts(db, principal, page)


@router.get(
    POST,
    operation_id="posts:get",
    summary="A post with its replies",
    responses=problem_responses(401, 403, 404),
)
async def get(post_id: uuid.UUID, db: DbSession, principal: SignedIn) -> PostRead:
    """With its first 50 replies, oldest first; the next ones through `posts:replies`."""
    return await service.get(db, principal, post_id)


@router.get(
    POST + "/replies",
    operation_id="posts:replies",
    summary="A post's replies",
    responses=problem_responses(401, 403, 404, 422),
)
async def replies(
    post_id: uuid.UUID, db: DbSession, principal: SignedIn, page: PageQuery
) -> Page[ReplyRead]:
    """Oldest first, in keyset pages."""
    return await service.replies(db, principal, post_id, page)


@router.post(
    POST + "/replies",
    operation_id="posts:reply",
    summary="Reply to a post",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422, 429),
)
async def reply(
    post_id: uuid.UUID,
    body: ReplyCreate,
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
    redis: RedisDep,
) -> PostRead:
    """On an open or solved post (409 when withdrawn); at most 30 replies an hour."""
    return await service.reply(db, principal, clock, redis, post_id, body.body)


@router.post(
    POST + "/solve",
    operation_id="posts:solve",
    summary="Mark my help request solved",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def solve(
    post_id: uuid.UUID, body: SolveRequest, db: DbSession, principal: SignedIn, clock: ClockDep
) -> PostRead:
    """The author only, an open help request only; by a neighbour who replied, or otherwise."""
    return await service.solve(db, principal, clock, post_id, body.solved_by_user_id)


@router.post(
    POST + "/withdraw",
    operation_id="posts:withdraw",
    summary="Withdraw my post",
    responses=problem_responses(401, 403, 404, 409),
)
async def withdraw(
    post_id: uuid.UUID, db: DbSession, principal: SignedIn, clock: ClockDep
) -> PostRead:
    """The author only, an open post only."""
    return await service.withdraw(db, principal, clock, post_id)


@router.post(
    POST + "/referral",
    operation_id="posts:refer",
    summary="Refer a help request to a local organisation",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def refer(
    post_id: uuid.UUID,
    body: ReferralCreate,
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
) -> PostRead:
    """The neighbourhood's worker; shown on the post to everyone, with the contact details."""
    return await service.refer(db, principal, clock, post_id, body.local_organisation_id)


_PHOTO_BODY = binary_body("image/png", "image/jpeg")


# The upload takes the post (and its lock) only once the whole body is in.
@router.put(
    POST + "/photo",
    operation_id="posts:upload_photo",
    summary="Put a photo on my post",
    openapi_extra=_PHOTO_BODY,
    responses=problem_responses(401, 403, 404, 409, 413, 422, 507),
)
async def upload_photo(
    post_id: uuid.UUID, request: Request, db: DbSession, storage: StorageDep, principal: SignedIn
) -> PostRead:
    """The author (the worker, for a post on behalf), while the post is open. PNG or JPEG by
    content, at most 10 MB; metadata (EXIF) removed; sizes made with the aspect ratio kept. A
    new photo replaces the old one."""
    data = await read_body(request)
    return await service.store_photo(db, principal, storage, post_id, data)


@router.delete(
    POST + "/photo",
    operation_id="posts:delete_photo",
    summary="Remove my post's photo",
    responses=problem_responses(401, 403, 404),
)
async def delete_photo(
    post_id: uuid.UUID, db: DbSession, storage: StorageDep, principal: SignedIn
) -> PostRead:
    """The author, in any state of the post; every size goes."""
    return await service.delete_photo(db, principal, storage, post_id)


@router.get(
    POST + "/photo/{size}",
    operation_id="posts:get_photo",
    summary="A post's photo in one size",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}}}, **problem_responses(401, 404, 422)},
)
async def get_photo(
    post_id: uuid.UUID,
    size: PostPhotoSize,
    db: DbSession,
    storage: StorageDep,
    principal: SignedIn,
    v: Annotated[PlainText | None, Query(max_length=40, description="The photo's version.")] = None,
) -> Response:
    """A JPEG, for exactly those who read the post. With the version from the post's address it
    may be kept for good (a new photo gets a new address); an old version is not found."""
    data = await service.photo(db, principal, storage, post_id, size, v)
    caching = "private, max-age=31536000, immutable" if v else "private, no-cache"
    return Response(data, media_type="image/jpeg", headers={"Cache-Control": caching})
