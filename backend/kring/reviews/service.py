"""Reviews: invited once per request by a personal single-use link, when the request is handled
or a week after it arrived, whichever comes first; the provider may reply once; staff may hide
one, and the rating always follows the visible reviews."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, cast

from fastapi import Request
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.actor import Actor
from kring.auth.tokens import new_token, token_hash
from kring.config import Settings
from kring.kit.errors import Conflict, InvalidInput, NotFound
from kring.kit.i18n import N_, Language
from kring.kit.links import portal_link
from kring.models.contact import ContactRequest, Review
from kring.models.provider import ProviderProfile
from kring.models.user import User
from kring.notifications.service import mail_payload, queue_mails
from kring.reviews.schemas import ReviewCreate, ReviewInvitation

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
    db: AsyncSession, settings: Settings, row: ContactRequest, profile: ProviderProfile
) -> None:
    """Invite the customer when the request is handled, unless a week's invitation came first."""
    if row.review_invited_at is not None:
        return
    provider = await db.get(User, profile.user_id)
    assert provider is not None  # a foreign key
    row.review_token_hash, mail = review_invitation(
        settings,
        to=row.email,
        name=row.name,
        language=row.language,
        provider_name=provider.display_name,
    )
    row.review_invited_at = datetime.now(UTC)
    await queue_mails(db, [mail])


async def _invited(
    db: AsyncSession, settings: Settings, token: str, *, lock: bool = False
) -> ContactRequest:
    statement = select(ContactRequest).where(
        ContactRequest.review_token_hash == token_hash(settings, token).hex()
    )
    row = await db.scalar(statement.with_for_update() if lock else statement)
    if row is None:
        raise InvalidInput.on("token", _DEAD_LINK)
    return row


async def invitation(db: AsyncSession, settings: Settings, token: str) -> ReviewInvitation:
    row = await _invited(db, settings, token)
    profile = await db.get(ProviderProfile, row.profile_id)
    provider = await db.get(User, profile.user_id) if profile else None
    assert profile is not None  # a foreign key
    assert provider is not None  # a foreign key
    return ReviewInvitation(
        provider_id=profile.id,
        provider_name=provider.display_name,
        name=row.name,
        requested_at=row.created_at,
    )


async def refresh_rating(db: AsyncSession, profile_id: uuid.UUID) -> None:
    """Count and sum of the visible reviews, under the profile's lock: never out of step."""
    profile = await db.get(ProviderProfile, profile_id, with_for_update=True)
    assert profile is not None  # a foreign key
    count, total = (
        await db.execute(
            select(func.count(), func.coalesce(func.sum(Review.stars), 0)).where(
                Review.profile_id == profile_id, Review.hidden_at.is_(None)
            )
        )
    ).one()
    profile.rating_count, profile.rating_sum = int(count), int(total)
    await db.flush()


async def submit(
    db: AsyncSession, settings: Settings, request: Request, body: ReviewCreate
) -> Review:
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
    await refresh_rating(db, row.profile_id)
    await audit.record_for_request(
        db,
        "review.submitted",
        request=request,
        actor_user_id=None,
        subject_type="review",
        subject_id=review.id,
        details={"provider": str(row.profile_id), "stars": body.stars},
    )
    return review


async def own_reviews(db: AsyncSession, profile: ProviderProfile) -> list[Review]:
    return list(
        await db.scalars(
            select(Review)
            .where(Review.profile_id == profile.id)
            .order_by(Review.created_at.desc(), Review.id.desc())
        )
    )


async def reply(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    profile: ProviderProfile,
    review_id: uuid.UUID,
    text: str,
) -> Review:
    review = await db.scalar(
        select(Review)
        .where(Review.id == review_id, Review.profile_id == profile.id)
        .with_for_update()
    )
    if review is None:
        raise NotFound()
    if review.reply is not None:
        raise Conflict(N_("You already replied to this review."))
    review.reply, review.replied_at = text, datetime.now(UTC)
    await db.flush()
    await audit.record_for_request(
        db,
        "review.replied",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="review",
        subject_id=review.id,
    )
    return review


async def set_hidden(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    review_id: uuid.UUID,
    reason: str | None,
) -> Review:
    """Hide (with a reason) or show again; the rating follows in the same transaction."""
    review = await db.scalar(select(Review).where(Review.id == review_id).with_for_update())
    if review is None:
        raise NotFound()
    if (reason is not None) == (review.hidden_at is not None):
        raise Conflict(
            N_("This review is hidden already.") if reason else N_("This review is not hidden.")
        )
    review.hidden_at = datetime.now(UTC) if reason else None
    review.hidden_reason = reason
    review.hidden_by_user_id = actor.user_id if reason else None
    await db.flush()
    await refresh_rating(db, review.profile_id)
    await audit.record_for_request(
        db,
        "review.hidden" if reason else "review.shown",
        request=request,
        actor_user_id=actor.user_id,
        subject_type="review",
        subject_id=review.id,
        details={"reason": reason} if reason else {},
    )
    return review
