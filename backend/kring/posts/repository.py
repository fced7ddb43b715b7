"""Reading posts: every read starts from `readable`, the posts of the neighbourhoods the person
lives in or serves (`reachable_neighbourhoods`); a hidden post only for its author. The feed,
my posts and the worker's list read columns straight into their response models."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.neighbourhood import LocalOrganisation
from kring.models.neighbourhood_post import (
    NeighbourhoodPost,
    NeighbourhoodReply,
    PostKind,
    PostStatus,
)
from kring.models.user import User
from kring.neighbourhoods.service import reachable_neighbourhoods

Post = NeighbourhoodPost
Reply = NeighbourhoodReply

NEWEST = Keyset(
    "posts",
    (SortKey(Post.created_at.expression, True, datetime), SortKey(Post.id.expression, True)),
)
OLDEST = Keyset(
    "unanswered",
    (SortKey(Post.created_at.expression, False, datetime), SortKey(Post.id.expression)),
)
REPLIES = Keyset(
    "replies",
    (SortKey(Reply.created_at.expression, False, datetime), SortKey(Reply.id.expression)),
)


def _named(column: Any, label: str) -> ColumnElement[Any]:
    # A post on behalf never carries the name of whoever wrote it, not even to the service.
    return case((Post.on_behalf, None), else_=column).label(label)


def summary_columns(me: Any) -> tuple[Any, ...]:
    """The columns of a `PostSummary` (the post joined to its author)."""
    return (
        Post.id,
        Post.neighbourhood_id,
        Post.kind,
        Post.title,
        Post.body,
        Post.wanted_on,
        Post.day_part,
        Post.status,
        Post.solved_by_user_id.is_not(None).label("solved_by_neighbour"),
        Post.reply_count,
        Post.created_at,
        Post.on_behalf,
        Post.anonymous,
        Post.posted_for_name,
        _named(Post.author_user_id, "author_id"),
        _named(User.first_name, "author_first_name"),
        _named(User.last_name, "author_last_name"),
        (Post.author_user_id == me).label("is_mine"),
        Post.hidden_at.is_not(None).label("hidden"),
        Post.photo_key,
    )


def _shown_to(me: Any) -> ColumnElement[bool]:
    return or_(Post.hidden_at.is_(None), Post.author_user_id == me)


class PostRepository(Repository[NeighbourhoodPost, Principal]):
    """Posts of the neighbourhoods the person reaches; any other is not found (404)."""

    model = NeighbourhoodPost

    def readable(self, principal: Principal) -> Select[Any]:
        return select(Post).where(
            Post.neighbourhood_id.in_(reachable_neighbourhoods(principal.user_id)),
            _shown_to(principal.user_id),
        )

    async def summary(self, principal: Principal, post_id: uuid.UUID) -> Any:
        """One post's summary columns (the caller read it through `readable`)."""
        statement = (
            select(*summary_columns(principal.user_id))
            .join(User, User.id == Post.author_user_id)
            .where(Post.id == post_id)
        )
        return (await self.session.execute(statement)).one()

    async def feed(
        self,
        principal: Principal,
        neighbourhood_id: uuid.UUID,
        kind: PostKind | None,
        page: PageRequest,
        item: Callable[[Any], Any],
    ) -> Page[Any]:
        """A neighbourhood's posts, newest first (the caller checked the person is in it)."""

        def build() -> Select[Any]:
            me = bindparam("me", type_=Post.author_user_id.type)
            statement = (
                select(*summary_columns(me))
                .join(User, User.id == Post.author_user_id)
                .where(Post.neighbourhood_id == bindparam("neighbourhood_id"), _shown_to(me))
            )
            if kind is not None:
                statement = statement.where(Post.kind == bindparam("kind"))
            return statement

        values: dict[str, Any] = {"me": principal.user_id, "neighbourhood_id": neighbourhood_id}
        if kind is not None:
            values["kind"] = kind.value
        return await self.page_of_shape(kind is not None, build, values, NEWEST, page, item=item)

    async def mine(
        self, principal: Principal, page: PageRequest, item: Callable[[Any], Any]
    ) -> Page[Any]:
        """The posts I wrote (also on behalf of others), newest first, in every neighbourhood."""

        def build() -> Select[Any]:
            me = bindparam("me", type_=Post.author_user_id.type)
            return (
                select(*summary_columns(me))
                .join(User, User.id == Post.author_user_id)
                .where(Post.author_user_id == me)
            )

        return await self.page_of_shape(
            "mine", build, {"me": principal.user_id}, NEWEST, page, item=item
        )

    async def unanswered(
        self,
        principal: Principal,
        neighbourhood_id: uuid.UUID,
        before: datetime,
        page: PageRequest,
        item: Callable[[Any], Any],
    ) -> Page[Any]:
        """Open help requests without a reply written before `before`, oldest first."""

        def build() -> Select[Any]:
            me = bindparam("me", type_=Post.author_user_id.type)
            return (
                select(*summary_columns(me))
                .join(User, User.id == Post.author_user_id)
                .where(
                    Post.neighbourhood_id == bindparam("neighbourhood_id"),
                    Post.kind == PostKind.help_request.value,
                    Post.status == PostStatus.open.value,
                    Post.first_reply_at.is_(None),
                    Post.hidden_at.is_(None),
                    Post.created_at <= bindparam("before", type_=Post.created_at.type),
                )
            )

        values = {"me": principal.user_id, "neighbourhood_id": neighbourhood_id, "before": before}
        return await self.page_of_shape("unanswered", build, values, OLDEST, page, item=item)

    async def replies(
        self,
        principal: Principal,
        post: NeighbourhoodPost,
        page: PageRequest,
        item: Callable[[Any], Any],
    ) -> Page[Any]:
        """A post's replies, oldest first; hidden ones only for whoever wrote them."""
        me = principal.user_id
        statement: Any = (
            select(
                Reply.id,
                Reply.body,
                Reply.author_user_id,
                User.first_name,
                User.last_name,
                (Reply.author_user_id == me).label("is_mine"),
                Reply.hidden_at.is_not(None).label("hidden"),
                Reply.created_at,
            )
            .join(User, User.id == Reply.author_user_id)
            .where(
                Reply.post_id == post.id, or_(Reply.hidden_at.is_(None), Reply.author_user_id == me)
            )
        )
        return await self.page(statement, REPLIES, page, item=item)

    async def repliers(self, post_id: uuid.UUID) -> set[uuid.UUID]:
        found = await self.session.scalars(
            select(Reply.author_user_id).where(Reply.post_id == post_id).distinct()
        )
        return set(found)

    async def referral(self, post: NeighbourhoodPost) -> LocalOrganisation | None:
        if post.referred_to_id is None:
            return None
        return await self.session.get(LocalOrganisation, post.referred_to_id)

    async def live_organisation(
        self, neighbourhood_id: uuid.UUID, organisation_id: uuid.UUID
    ) -> LocalOrganisation | None:
        return await self.session.scalar(
            select(LocalOrganisation).where(
                LocalOrganisation.id == organisation_id,
                LocalOrganisation.neighbourhood_id == neighbourhood_id,
                LocalOrganisation.archived_at.is_(None),
            )
        )


async def help_figures(
    session: AsyncSession, neighbourhood_id: uuid.UUID, since: datetime
) -> Sequence[Any]:
    """One pass over the neighbourhood's help requests since `since` (withdrawn and hidden
    ones left out): (posted, solved by a neighbour, solved otherwise, open)."""
    solved = Post.status == PostStatus.solved.value
    statement = select(
        func.count(),
        func.count().filter(and_(solved, Post.solved_by_user_id.is_not(None))),
        func.count().filter(and_(solved, Post.solved_by_user_id.is_(None))),
        func.count().filter(Post.status == PostStatus.open.value),
    ).where(
        Post.neighbourhood_id == neighbourhood_id,
        Post.kind == PostKind.help_request.value,
        Post.status != PostStatus.withdrawn.value,
        Post.hidden_at.is_(None),
        Post.created_at >= since,
    )
    return (await session.execute(statement)).one()
