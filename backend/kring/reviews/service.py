"""Reviews: invited once per request by a personal single-use link, when the request is handled
or a week after it arrived, whichever comes first; the provider may reply once; staff may hide
one, and the rating always follows the visible reviews."""

from __future__ import annotations

import uuid
from typing import Any, cast

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal, Visitor
from kring.auth.provider import ProviderPrincipal
from kring.auth.tokens import new_token, token_hash
from kring.config import Settings
from kring.kit.clock import Clock
from kring.kit.errors import Conflict, InvalidInput, NotFound
from kring.kit.i18n import N_, Language
from kring.kit.links import portal_link
from kring.kit.pagination import Page, PageRequest
from kring.models.contact import ContactRequest, Review
from kring.notifications.service import mail_payload, queue_mails
from kring.providers import service as providers
from kring.reviews.repository import ReviewRepository, provider_read
from kring.reviews.schemas import (
    ProviderReviewRead,
    ReviewCreate,
    ReviewInvitation,
    StaffReviewRead,
)

# What other domains may use: the invitations (contacts), the public list (search).
__all__ = [
    "invite_to_review",
    "review_invitation",
]

_DEAD_LINK = N_("This review link was already used or is not valid.")


def review_invitation(
    settings: Settings,
    *,
    to: str,
    name: str,
    language: str,
    provider_name: str,
    waited_days: int | None = None,
) -> tuple[str, dict[str, Any]]:
    """A personal link: the hash to keep on the request, and the e-mail that carries the link."""
    # `waited_days`: the request is that old and may not be handled (the invitation a week
    # without an answer brings); without it the mail says the provider handled it.
    token = new_token()
    return token_hash(settings, token).hex(), mail_payload(
        to=to,
        template="review_invitation",
        language=cast(Language, language),  # checked by the database
        context={
            "name": name,
            "provider_name": provider_name,
            "link": portal_link(settings, "partner", "review", token=token),
            "waited_days": str(waited_days) if waited_days else "",
        },
    )


async def invite_to_review(
    db: AsyncSession, settings: Settings, clock: Clock, row: ContactRequest
) -> None:
    """Invite the customer when the request is handled, unless a week's invitation came first."""
    if row.review_invited_at is not None:
        return
    _profile, provider_name = await ReviewRepository(db).provider_of(row.profile_id)
    row.review_token_hash, mail = review_invitation(
        settings,
        to=row.email,
        name=row.name,
        language=row.language,
        provider_name=provider_name,
    )
    row.review_invited_at = clock.now()
    await queue_mails(db, [mail])


async def _invited(
    db: AsyncSession, settings: Settings, token: str, *, lock: bool = False
) -> ContactRequest:
    row = await ReviewRepository(db).invited_request(token_hash(settings, token).hex(), lock=lock)
    if row is None:
        raise InvalidInput.on("token", _DEAD_LINK)
    return row


async def invitation(db: AsyncSession, settings: Settings, token: str) -> ReviewInvitation:
    row = await _invited(db, settings, token)
    profile, provider_name = await ReviewRepository(db).provider_of(row.profile_id)
    return ReviewInvitation(
        provider_id=profile.id,
        provider_name=provider_name,
        name=row.name,
        requested_at=row.created_at,
    )


async def submit(
    db: AsyncSession, visitor: Visitor, settings: Settings, body: ReviewCreate
) -> ProviderReviewRead:
    row = await _invited(db, settings, body.token, lock=True)
    # The link is spent with the review: its hash goes, so it cannot be used again.
    row.review_token_hash = None
    review = Review(
        contact_request_id=row.id,
        profile_id=row.profile_id,
        stars=body.stars,
        text=body.text,
        author_name=row.name.split()[0],  # the first name: enough to be real, not a trace
    )
    db.add(review)
    try:
        await db.flush()
    except IntegrityError:
        raise InvalidInput.on("token", _DEAD_LINK) from None
    await ReviewRepository(db).refresh_rating(row.profile_id)
    await audit.record(
        db,
        visitor,
        "review.submitted",
        subject_type="review",
        subject_id=review.id,
        details={"provider": str(row.profile_id), "stars": body.stars},
    )
    return provider_read(review)


async def own_reviews(
    db: AsyncSession, provider: ProviderPrincipal, page: PageRequest
) -> Page[ProviderReviewRead]:
    """Newest first, hidden ones too (with the reason)."""
    return await ReviewRepository(db).own_page(provider, page)


async def provider_reviews(
    db: AsyncSession, principal: Principal, profile_id: uuid.UUID, page: PageRequest
) -> Page[StaffReviewRead]:
    """Every review of the provider, hidden ones too, for moderating staff; an unknown (or
    erased) provider is not found."""
    if not await providers.profile_exists(db, principal, profile_id):
        raise NotFound()
    return await ReviewRepository(db).profile_page(principal, profile_id, page)


async def reply(
    db: AsyncSession, provider: ProviderPrincipal, clock: Clock, review_id: uuid.UUID, text: str
) -> ProviderReviewRead:
    review = await ReviewRepository(db).get(provider, review_id, for_update=True)
    if review.reply is not None:
        raise Conflict(N_("You already replied to this review."))
    review.reply, review.replied_at = text, clock.now()
    await db.flush()
    await audit.record(
        db, provider.principal, "review.replied", subject_type="review", subject_id=review.id
    )
    return provider_read(review)


async def set_hidden(
    db: AsyncSession, principal: Principal, clock: Clock, review_id: uuid.UUID, reason: str | None
) -> ProviderReviewRead:
    """Hide (with a reason) or show again; the rating follows in the same transaction."""
    repository = ReviewRepository(db)
    review = await repository.get(principal, review_id, for_update=True)
    if (reason is not None) == (review.hidden_at is not None):
        raise Conflict(
            N_("This review is hidden already.") if reason else N_("This review is not hidden.")
        )
    review.hidden_at = clock.now() if reason else None
    review.hidden_reason = reason
    review.hidden_by_user_id = principal.user_id if reason else None
    await db.flush()
    await repository.refresh_rating(review.profile_id)
    await audit.record(
        db,
        principal,
        "review.hidden" if reason else "review.shown",
        subject_type="review",
        subject_id=review.id,
        details={"reason": reason} if reason else {},
    )
    return provider_read(review)
