"""Engagements: a helper working for a help seeker, from both sides' confirmation of the first
meeting until either side ends it. Both sides see each other's contact details from here on;
every read and change is audited on the dossier. The dossier is matched while an engagement
runs and goes back to searching when the last one ends (through the dossiers domain)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.config import Settings
from kring.dossiers import service as dossiers
from kring.engagements.schemas import (
    EngagementRead,
    HelperContact,
    HelpSeekerContact,
    PartnerContact,
)
from kring.kit.address import DutchAddressRead
from kring.kit.clock import Clock
from kring.kit.day_parts import bits_to_day_parts
from kring.kit.errors import Conflict, NotFound
from kring.kit.i18n import N_
from kring.kit.links import portal_link
from kring.models.dossier import Dossier, DossierStatus
from kring.models.helper import HelperProfile
from kring.models.match import Engagement, EngagementStatus, MatchProposal, ProposalStatus
from kring.models.user import User
from kring.notifications.service import queue_mail

__all__ = ["helper_photo_url", "start"]


def helper_photo_url(helper_id: uuid.UUID, photo_key: str | None) -> str | None:
    """The helper's photo as others see it (the helpers domain serves it)."""
    return None if photo_key is None else f"/api/v1/helpers/{helper_id}/photo/small"


# --- reading ---------------------------------------------------------------------------------


async def _user(db: AsyncSession, user_id: uuid.UUID) -> User:
    user = await db.get(User, user_id)
    assert user is not None  # a foreign key
    return user


async def _read(db: AsyncSession, engagement: Engagement) -> EngagementRead:
    helper = await db.get(HelperProfile, engagement.helper_id)
    dossier = await db.get(Dossier, engagement.dossier_id)
    assert helper is not None
    assert dossier is not None
    helper_user = await _user(db, helper.user_id)
    manager = await _user(db, dossier.manager_user_id)
    address = DutchAddressRead.stored(
        dossier.street,
        dossier.house_number,
        dossier.house_number_addition,
        dossier.postcode,
        dossier.city,
    )
    assert address is not None
    return EngagementRead(
        id=engagement.id,
        dossier_id=engagement.dossier_id,
        proposal_id=engagement.proposal_id,
        status=EngagementStatus(engagement.status),
        day_parts=bits_to_day_parts(engagement.day_parts),
        hourly_rate_cents=engagement.hourly_rate_cents,
        started_at=engagement.started_at,
        pause_reason=engagement.pause_reason,
        ended_at=engagement.ended_at,
        end_reason=engagement.end_reason,
        helper=HelperContact(
            id=helper.id,
            first_name=helper_user.first_name,
            last_name=" ".join(p for p in (helper_user.prefix, helper_user.last_name) if p) or None,
            phone=helper_user.phone_for_questions,
            email=helper_user.email,
            photo_url=helper_photo_url(helper.id, helper.photo_key),
        ),
        help_seeker=HelpSeekerContact(
            first_name=dossier.first_name,
            last_name=" ".join(p for p in (dossier.name_prefix, dossier.last_name) if p),
            phone=dossier.phone,
            email=dossier.email,
            address=address,
        ),
        partner=PartnerContact(
            name=manager.display_name, email=manager.email, phone=manager.phone_for_questions
        ),
    )


def _newest(statement: Any) -> Any:
    return statement.order_by(Engagement.created_at.desc(), Engagement.id.desc())


async def list_for_dossier(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID
) -> list[EngagementRead]:
    """A dossier's engagements, newest first, for whoever reads the dossier."""
    access = await dossiers.access_of(db, principal, dossier_id)
    await dossiers.record(
        db, principal, "dossier.engagements_viewed", dossier_id, access.audit_details(principal)
    )
    return await _of_dossier(db, dossier_id)


async def _of_dossier(db: AsyncSession, dossier_id: uuid.UUID) -> list[EngagementRead]:
    found = await db.scalars(_newest(select(Engagement).where(Engagement.dossier_id == dossier_id)))
    return [await _read(db, engagement) for engagement in found.all()]


async def staff_list(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID
) -> list[EngagementRead]:
    access = await dossiers.staff_access(db, principal, dossier_id)
    await dossiers.record(
        db, principal, "dossier.engagements_viewed", dossier_id, access.audit_details(principal)
    )
    return await _of_dossier(db, dossier_id)


def _mine(principal: Principal) -> Any:
    return (
        select(Engagement)
        .join(HelperProfile, HelperProfile.id == Engagement.helper_id)
        .where(HelperProfile.user_id == principal.user_id)
    )


async def list_mine(db: AsyncSession, principal: Principal) -> list[EngagementRead]:
    """The person's engagements as a helper, newest first."""
    found = (await db.scalars(_newest(_mine(principal)))).all()
    for engagement in found:
        await _helper_read(db, principal, engagement)
    return [await _read(db, engagement) for engagement in found]


async def _helper_read(db: AsyncSession, principal: Principal, engagement: Engagement) -> None:
    await dossiers.record(
        db,
        principal,
        "dossier.engagement_viewed",
        engagement.dossier_id,
        {"as": "helper", "engagement": str(engagement.id)},
    )


async def get(db: AsyncSession, principal: Principal, engagement_id: uuid.UUID) -> EngagementRead:
    """For its helper and for whoever reads the dossier."""
    engagement = await db.scalar(_mine(principal).where(Engagement.id == engagement_id))
    if engagement is not None:
        await _helper_read(db, principal, engagement)
        return await _read(db, engagement)
    engagement = await db.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFound()
    access = await dossiers.access_of(db, principal, engagement.dossier_id)
    await dossiers.record(
        db,
        principal,
        "dossier.engagement_viewed",
        engagement.dossier_id,
        access.audit_details(principal, engagement=str(engagement.id)),
    )
    return await _read(db, engagement)


# --- starting --------------------------------------------------------------------------------


async def start(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    proposal: MatchProposal,
    dossier: Dossier,
    now: datetime,
    details: dict[str, Any],
) -> Engagement:
    """Both sides confirmed the first meeting: the engagement runs from now, with the proposal's
    day-parts and rate, and the dossier is matched. The caller holds the dossier's lock."""
    engagement = Engagement(
        dossier_id=dossier.id,
        helper_id=proposal.helper_id,
        proposal_id=proposal.id,
        status=EngagementStatus.active,
        day_parts=proposal.day_parts,
        hourly_rate_cents=proposal.hourly_rate_cents,
        started_at=now,
    )
    db.add(engagement)
    proposal.status = ProposalStatus.confirmed
    if dossier.status == DossierStatus.searching:
        dossiers.change_status(db, dossier, DossierStatus.matched, principal.user_id, now)
    elif dossier.status == DossierStatus.paused:
        dossier.paused_from = DossierStatus.matched
    await db.flush()
    helper = await db.get(HelperProfile, proposal.helper_id)
    assert helper is not None
    helper_user = await _user(db, helper.user_id)
    manager = await _user(db, dossier.manager_user_id)
    for reader, other, link in (
        (helper_user, manager.display_name, _helper_link(settings, engagement)),
        (manager, helper_user.first_name, _partner_link(settings, dossier.id)),
    ):
        await _mail(db, reader, "engagement_started", link, other, dossier.first_name)
    await dossiers.record(
        db,
        principal,
        "dossier.engagement_started",
        dossier.id,
        # As whoever confirmed last (the helper or the partner side), like every other row.
        {**details, "engagement": str(engagement.id), "proposal": str(proposal.id)},
    )
    return engagement


def _helper_link(settings: Settings, engagement: Engagement) -> str:
    return portal_link(settings, "provider", f"engagements/{engagement.id}")


def _partner_link(settings: Settings, dossier_id: uuid.UUID) -> str:
    return portal_link(settings, "partner", f"dossiers/{dossier_id}")


async def _mail(
    db: AsyncSession,
    reader: User,
    template: str,
    link: str,
    other_name: str,
    help_seeker_first_name: str,
    **context: Any,
) -> None:
    await queue_mail(
        db,
        to=reader.email,
        template=template,
        language=reader.preferred_language,
        context={
            "first_name": reader.first_name,
            "other_name": other_name,
            "help_seeker_first_name": help_seeker_first_name,
            "link": link,
            **context,
        },
    )


# --- either side changes it ------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    is_helper: bool
    dossier: Dossier
    engagement: Engagement
    details: dict[str, Any]


async def _side(db: AsyncSession, principal: Principal, engagement_id: uuid.UUID) -> Side:
    """The engagement, locked after its dossier, and the side the person is on (its helper, or
    the dossier's manager or a managing proxy); 404 for anyone else."""
    found = await db.get(Engagement, engagement_id)
    if found is None:
        raise NotFound()
    helper = await db.get(HelperProfile, found.helper_id)
    assert helper is not None
    if helper.user_id == principal.user_id:
        dossier = await db.scalar(
            select(Dossier)
            .where(Dossier.id == found.dossier_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        assert dossier is not None
        details: dict[str, Any] = {"as": "helper"}
        is_helper = True
    else:
        access = await dossiers.managing(db, principal, found.dossier_id)
        dossier, details, is_helper = access.dossier, access.audit_details(principal), False
    engagement = await db.scalar(
        select(Engagement)
        .where(Engagement.id == engagement_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    assert engagement is not None
    return Side(is_helper, dossier, engagement, {**details, "engagement": str(engagement.id)})


async def _changed(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    side: Side,
    template: str,
    **context: Any,
) -> EngagementRead:
    """Tell the other side, audit, and answer."""
    engagement, dossier = side.engagement, side.dossier
    helper = await db.get(HelperProfile, engagement.helper_id)
    assert helper is not None
    actor = await _user(db, principal.user_id)
    if side.is_helper:
        reader = await _user(db, dossier.manager_user_id)
        link = _partner_link(settings, dossier.id)
        other = actor.first_name
    else:
        reader = await _user(db, helper.user_id)
        link = _helper_link(settings, engagement)
        other = actor.display_name
    await _mail(db, reader, template, link, other, dossier.first_name, **context)
    await dossiers.record(
        db, principal, f"dossier.{template}", dossier.id, {**side.details, **context}
    )
    await db.flush()
    return await _read(db, engagement)


async def pause(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    engagement_id: uuid.UUID,
    reason: str,
) -> EngagementRead:
    side = await _side(db, principal, engagement_id)
    if side.engagement.status != EngagementStatus.active:
        raise Conflict(N_("Only a running engagement can be paused."))
    side.engagement.status = EngagementStatus.paused
    side.engagement.pause_reason = reason
    return await _changed(db, principal, settings, side, "engagement_paused", reason=reason)


async def resume(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    engagement_id: uuid.UUID,
    reason: str | None,
) -> EngagementRead:
    side = await _side(db, principal, engagement_id)
    if side.engagement.status != EngagementStatus.paused:
        raise Conflict(N_("This engagement is not paused."))
    side.engagement.status = EngagementStatus.active
    side.engagement.pause_reason = None
    return await _changed(db, principal, settings, side, "engagement_resumed")


async def end(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    engagement_id: uuid.UUID,
    reason: str,
) -> EngagementRead:
    """For good; when it was the dossier's last running engagement, the dossier searches
    again."""
    side = await _side(db, principal, engagement_id)
    engagement, dossier = side.engagement, side.dossier
    if engagement.status == EngagementStatus.ended:
        raise Conflict(N_("This engagement has already ended."))
    now = clock.now()
    engagement.status = EngagementStatus.ended
    engagement.ended_at = now
    engagement.end_reason = reason
    engagement.ended_by_user_id = principal.user_id
    await db.flush()
    running = await db.scalar(
        select(Engagement.id).where(
            Engagement.dossier_id == dossier.id, Engagement.status != EngagementStatus.ended
        )
    )
    if running is None:
        if dossier.status == DossierStatus.matched:
            dossiers.change_status(
                db, dossier, DossierStatus.searching, principal.user_id, now, reason
            )
        elif dossier.status == DossierStatus.paused:
            dossier.paused_from = DossierStatus.searching
    return await _changed(db, principal, settings, side, "engagement_ended", reason=reason)
