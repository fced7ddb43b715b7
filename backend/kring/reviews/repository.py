"""Reading reviews, always from what the principal may see: a provider their own (hidden ones
too), staff all of them, anyone else the visible reviews of live providers."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Select, bindparam, func, select

from kring.auth.principal import Principal, Visitor
from kring.auth.provider import ProviderPrincipal
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.models.contact import ContactRequest, Review
from kring.models.provider import ProviderProfile, ProviderStatus
from kring.models.user import User
from kring.reviews.schemas import ProviderReviewRead, StaffReviewRead

ReviewReader = ProviderPrincipal | Principal | Visitor

# Newest first; the public list and the provider's own list share the order, not the cursor.
_NEWEST_FIRST = (
    SortKey(Review.created_at.expression, descending=True, kind=datetime),
    SortKey(Review.id.expression, descending=True),
)
OWN_ORDER = Keyset("own-reviews", _NEWEST_FIRST)
STAFF_ORDER = Keyset("provider-reviews-for-staff", _NEWEST_FIRST)

_PUBLIC_COLUMNS = (
    Review.id,
    Review.stars,
    Review.text,
    Review.author_name,
    Review.created_at,
    Review.reply,
    Review.replied_at,
)


def provider_read(review: Any) -> ProviderReviewRead:
    """A review (entity or Core row) as its provider sees it."""
    return ProviderReviewRead(
        id=review.id,
        stars=review.stars,
        text=review.text,
        author_name=review.author_name,
        created_at=review.created_at,
        reply=review.reply,
        replied_at=review.replied_at,
        hidden=review.hidden_at is not None,
        hidden_reason=review.hidden_reason,
    )


def staff_read(review: Any) -> StaffReviewRead:
    """A review (a Core row) as moderating staff see it."""
    return StaffReviewRead(**provider_read(review).model_dump(), hidden_at=review.hidden_at)


class ReviewRepository(Repository[Review, ReviewReader]):
    model = Review

    def readable(self, principal: ReviewReader) -> Select[Any]:
        if isinstance(principal, ProviderPrincipal):
            return self._of_profile(principal.profile.id)
        if isinstance(principal, Principal):
            if principal.is_staff:
                return select(Review)
            own = select(ProviderProfile.id).where(ProviderProfile.user_id == principal.user_id)
            return select(Review).where(Review.profile_id.in_(own.scalar_subquery()))
        live = select(ProviderProfile.id).where(ProviderProfile.status == ProviderStatus.live)
        return select(Review).where(
            Review.hidden_at.is_(None), Review.profile_id.in_(live.scalar_subquery())
        )

    async def own_page(self, provider: ProviderPrincipal, page: PageRequest) -> Page[Any]:
        """The provider's reviews, hidden ones too, newest first (Core rows)."""

        def build() -> Select[Any]:
            # `readable` for the provider, their profile bound on each request.
            return cast(
                "Select[Any]",
                self._of_profile(bindparam("profile_id")).with_only_columns(
                    *_PUBLIC_COLUMNS, Review.hidden_at, Review.hidden_reason
                ),
            )

        values = {"profile_id": provider.profile.id}
        return await self.page_of_shape(True, build, values, OWN_ORDER, page, item=provider_read)

    async def profile_page(
        self, principal: Principal, profile_id: uuid.UUID, page: PageRequest
    ) -> Page[StaffReviewRead]:
        """One provider's reviews as staff see them, hidden ones too, newest first."""

        def build() -> Select[Any]:
            statement = self.readable(principal).with_only_columns(
                *_PUBLIC_COLUMNS, Review.hidden_at, Review.hidden_reason
            )
            return cast(
                "Select[Any]", statement.where(Review.profile_id == bindparam("profile_id"))
            )

        # Staff's `readable` holds nothing of the principal: one statement for all of them.
        shape = True if principal.is_staff else None
        values = {"profile_id": profile_id}
        return await self.page_of_shape(shape, build, values, STAFF_ORDER, page, item=staff_read)

    @staticmethod
    def _of_profile(profile_id: Any) -> Select[Any]:
        """The reviews of one provider profile (`readable` for that provider)."""
        return select(Review).where(Review.profile_id == profile_id)

    async def invited_request(
        self, token_hash: str, *, lock: bool = False
    ) -> ContactRequest | None:
        """The request a personal review link was made for, while the link is unused."""
        statement = select(ContactRequest).where(ContactRequest.review_token_hash == token_hash)
        if lock:
            statement = statement.with_for_update()
        found: ContactRequest | None = await self.session.scalar(statement)
        return found

    async def provider_of(self, profile_id: uuid.UUID) -> tuple[ProviderProfile, str]:
        """The profile and its provider's display name (foreign keys: both exist)."""
        row = (
            await self.session.execute(
                select(ProviderProfile, User)
                .join(User, User.id == ProviderProfile.user_id)
                .where(ProviderProfile.id == profile_id)
            )
        ).one()
        return row[0], row[1].display_name

    async def refresh_rating(self, profile_id: uuid.UUID) -> None:
        """Count and sum of the visible reviews, under the profile's lock: never out of step."""
        profile = await self.session.get(ProviderProfile, profile_id, with_for_update=True)
        assert profile is not None  # a foreign key
        count, total = (
            await self.session.execute(
                select(func.count(), func.coalesce(func.sum(Review.stars), 0)).where(
                    Review.profile_id == profile_id, Review.hidden_at.is_(None)
                )
            )
        ).one()
        profile.rating_count, profile.rating_sum = int(count), int(total)
        await self.session.flush()
