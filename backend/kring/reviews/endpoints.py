"""Reviews: the personal link (`/reviews`), the provider's replies (`/provider/reviews`) and
staff hiding (`/admin/reviews`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, status

from kring.admin.auth import StaffMember
from kring.auth.actor import CurrentActor
from kring.config import settings_of
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.people import Token
from kring.models.contact import Review
from kring.providers.service import own_profile
from kring.reviews import service
from kring.reviews.schemas import (
    ProviderReviewRead,
    ReviewCreate,
    ReviewHiding,
    ReviewInvitation,
    ReviewReply,
)

public_router = APIRouter(prefix="/reviews", tags=["reviews"])
provider_router = APIRouter(prefix="/provider/reviews", tags=["provider"])
admin_router = APIRouter(prefix="/admin/reviews", tags=["admin"])


def _read(review: Review) -> ProviderReviewRead:
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


@public_router.get(
    "/invitation",
    operation_id="reviews:get_invitation",
    summary="What a review link is for",
    responses=problem_responses(422),
)
async def get_invitation(
    request: Request, db: DbSession, token: Annotated[Token, Query()]
) -> ReviewInvitation:
    """The provider and the request; a used or unknown link is refused."""
    return await service.invitation(db, settings_of(request), token)


@public_router.post(
    "",
    operation_id="reviews:submit_review",
    summary="Review a provider",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(422),
)
async def submit_review(body: ReviewCreate, request: Request, db: DbSession) -> ProviderReviewRead:
    """With the personal link's token; one review per request, the link works once."""
    return _read(await service.submit(db, settings_of(request), request, body))


@provider_router.get(
    "",
    operation_id="provider:list_reviews",
    summary="My reviews",
    responses=problem_responses(401, 403, 404),
)
async def list_my_reviews(db: DbSession, actor: CurrentActor) -> list[ProviderReviewRead]:
    """Newest first, hidden ones too (with the reason)."""
    profile = await own_profile(db, actor)
    return [_read(r) for r in await service.own_reviews(db, profile)]


@provider_router.put(
    "/{review_id}/reply",
    operation_id="provider:reply_to_review",
    summary="Reply to a review (once)",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def reply_to_review(
    review_id: uuid.UUID, body: ReviewReply, request: Request, db: DbSession, actor: CurrentActor
) -> ProviderReviewRead:
    """Shown under the review on your profile; it cannot be changed afterwards."""
    profile = await own_profile(db, actor)
    return _read(await service.reply(db, request, actor, profile, review_id, body.reply))


@admin_router.post(
    "/{review_id}/hiding",
    operation_id="admin:hide_review",
    summary="Hide a review that breaks the rules",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def hide_review(
    review_id: uuid.UUID, body: ReviewHiding, request: Request, db: DbSession, actor: StaffMember
) -> ProviderReviewRead:
    """With a reason; the rating is recomputed at once."""
    return _read(await service.set_hidden(db, request, actor, review_id, body.reason))


@admin_router.delete(
    "/{review_id}/hiding",
    operation_id="admin:show_review",
    summary="Show a hidden review again",
    responses=problem_responses(401, 403, 404, 409),
)
async def show_review(
    review_id: uuid.UUID, request: Request, db: DbSession, actor: StaffMember
) -> ProviderReviewRead:
    """The rating is recomputed at once."""
    return _read(await service.set_hidden(db, request, actor, review_id, None))
