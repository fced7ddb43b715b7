"""Reviews: the personal link (`/reviews`), the provider's replies (`/provider/reviews`),
staff hiding (`/admin/reviews`) and a provider's reviews for staff
(`/admin/providers/{id}/reviews`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from kring.config import SettingsDep
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.people import Token
from kring.reviews import service
from kring.reviews.auth import AnyVisitor, ProviderReader, ProviderWriter, ReviewModerator
from kring.reviews.schemas import (
    ProviderReviewRead,
    ReviewCreate,
    ReviewHiding,
    ReviewInvitation,
    ReviewReply,
    StaffReviewRead,
)

public_router = APIRouter(prefix="/reviews", tags=["reviews"])
provider_router = APIRouter(prefix="/provider/reviews", tags=["provider"])
admin_router = APIRouter(prefix="/admin/reviews", tags=["admin"])
admin_provider_router = APIRouter(prefix="/admin/providers/{profile_id}/reviews", tags=["admin"])


@public_router.get(
    "/invitation",
    operation_id="reviews:get_invitation",
    summary="What a review link is for",
    responses=problem_responses(422),
)
async def get_invitation(
    db: DbSession, settings: SettingsDep, token: Annotated[Token, Query()]
) -> ReviewInvitation:
    """The provider and the request; a used or unknown link is refused."""
    return await service.invitation(db, settings, token)


@public_router.post(
    "",
    operation_id="reviews:submit_review",
    summary="Review a provider",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(422),
)
async def submit_review(
    body: ReviewCreate, db: DbSession, visitor: AnyVisitor, settings: SettingsDep
) -> ProviderReviewRead:
    """With the personal link's token; one review per request, the link works once."""
    return await service.submit(db, visitor, settings, body)


@provider_router.get(
    "",
    operation_id="provider:list_reviews",
    summary="My reviews",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_my_reviews(
    db: DbSession, provider: ProviderReader, page: PageQuery
) -> Page[ProviderReviewRead]:
    """Newest first, hidden ones too (with the reason)."""
    return await service.own_reviews(db, provider, page)


@provider_router.put(
    "/{review_id}/reply",
    operation_id="provider:reply_to_review",
    summary="Reply to a review (once)",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def reply_to_review(
    review_id: uuid.UUID,
    body: ReviewReply,
    db: DbSession,
    provider: ProviderWriter,
    clock: ClockDep,
) -> ProviderReviewRead:
    """Shown under the review on your profile; it cannot be changed afterwards."""
    return await service.reply(db, provider, clock, review_id, body.reply)


@admin_router.post(
    "/{review_id}/hiding",
    operation_id="admin:hide_review",
    summary="Hide a review that breaks the rules",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def hide_review(
    review_id: uuid.UUID,
    body: ReviewHiding,
    db: DbSession,
    principal: ReviewModerator,
    clock: ClockDep,
) -> ProviderReviewRead:
    """With a reason; the rating is recomputed at once."""
    return await service.set_hidden(db, principal, clock, review_id, body.reason)


@admin_router.delete(
    "/{review_id}/hiding",
    operation_id="admin:show_review",
    summary="Show a hidden review again",
    responses=problem_responses(401, 403, 404, 409),
)
async def show_review(
    review_id: uuid.UUID, db: DbSession, principal: ReviewModerator, clock: ClockDep
) -> ProviderReviewRead:
    """The rating is recomputed at once."""
    return await service.set_hidden(db, principal, clock, review_id, None)


@admin_provider_router.get(
    "",
    operation_id="admin:list_provider_reviews",
    summary="A provider's reviews, hidden ones too",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_provider_reviews(
    profile_id: uuid.UUID, db: DbSession, principal: ReviewModerator, page: PageQuery
) -> Page[StaffReviewRead]:
    """Newest first, with why and since when a review is hidden; to hide or show one."""
    return await service.provider_reviews(db, principal, profile_id, page)
