"""Match proposals: a partner (the dossier's manager, or a proxy who may manage it) proposes a
dossier to a matchable helper; the helper accepts (at the moment given or another), or declines;
after the first meeting both sides confirm, which starts the engagement, or either ends it.

Who may do what with the dossier comes from the dossiers domain (`managing`, `access_of`);
every read and change is audited on the dossier. Locks: the dossier first, then the proposal.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.config import Settings
from kring.dossiers import service as dossiers
from kring.engagements import service as engagements
from kring.kit.clock import Clock
from kring.kit.day_parts import bits_to_day_parts, day_parts_to_bits
from kring.kit.errors import Conflict, Forbidden, InvalidInput, NotFound
from kring.kit.i18n import N_, Language, current_language
from kring.kit.pagination import Page, PageRequest
from kring.models.dossier import Dossier, DossierStatus
from kring.models.helper import HelperKind
from kring.models.match import OPEN_PROPOSAL_STATUSES, MatchProposal, ProposalStatus
from kring.proposals import mails
from kring.proposals.repository import (
    HelperProposalRepository,
    ProposalRepository,
    answered,
    received,
)
from kring.proposals.schemas import (
    HelperShown,
    ProposalCreate,
    ProposalRead,
    SkillShown,
)

ANSWERED = (ProposalStatus.accepted, ProposalStatus.other_moment)
MATCHABLE_DOSSIER = (DossierStatus.searching, DossierStatus.matched)
MEETING_HORIZON = timedelta(days=365)

helper_photo_url = engagements.helper_photo_url


# --- reading ---------------------------------------------------------------------------------


async def _reads(db: AsyncSession, rows: Any) -> list[ProposalRead]:
    rows = list(rows)
    wanted = {skill for row in rows for skill in row.skill_ids}
    skills = await ProposalRepository(db).skills(wanted)
    language = current_language()
    return [
        ProposalRead(
            id=row.id,
            dossier_id=row.dossier_id,
            helper=HelperShown(
                id=row.helper_id,
                first_name=row.helper_first_name,
                photo_url=helper_photo_url(row.helper_id, row.helper_photo_key),
            ),
            help_seeker_first_name=row.help_seeker_first_name,
            city=row.city,
            status=ProposalStatus(row.status),
            message=row.message,
            skills=[
                SkillShown(id=s, name=getattr(skills[s], f"name_{language}"))
                for s in row.skill_ids
                if s in skills
            ],
            day_parts=bits_to_day_parts(row.day_parts),
            meeting_at=row.meeting_at,
            counter_meeting_at=row.counter_meeting_at,
            hourly_rate_cents=row.hourly_rate_cents,
            expires_at=row.expires_at,
            answered_at=row.answered_at,
            decline_reason=row.decline_reason,
            partner_confirmed_at=row.partner_confirmed_at,
            helper_confirmed_at=row.helper_confirmed_at,
            end_reason=row.end_reason,
            sent_by_name=row.sent_by_name or None,
            created_at=row.created_at,
            engagement_id=row.engagement_id,
        )
        for row in rows
    ]


async def _read(db: AsyncSession, proposal_id: uuid.UUID) -> ProposalRead:
    await db.flush()
    [read] = await _reads(db, [await ProposalRepository(db).shown(proposal_id)])
    return read


async def list_for_dossier(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID
) -> list[ProposalRead]:
    """Every proposal of a dossier the person reads, newest first."""
    access = await dossiers.access_of(db, principal, dossier_id)
    await dossiers.record(
        db, principal, "dossier.proposals_viewed", dossier_id, access.audit_details(principal)
    )
    return await _reads(db, await ProposalRepository(db).of_dossier(dossier_id))


async def staff_list(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID
) -> list[ProposalRead]:
    access = await dossiers.staff_access(db, principal, dossier_id)
    await dossiers.record(
        db, principal, "dossier.proposals_viewed", dossier_id, access.audit_details(principal)
    )
    return await _reads(db, await ProposalRepository(db).of_dossier(dossier_id))


async def list_mine(
    db: AsyncSession, principal: Principal, page: PageRequest
) -> Page[ProposalRead]:
    """The proposals sent to the person's helper profile, newest first."""
    found = await HelperProposalRepository(db).page_of(principal, page, lambda row: row)
    items = await _reads(db, found.items)
    # One row per proposal shown, on its dossier (a dossier may be proposed twice in time).
    for item in items:
        await _helper_read(db, principal, item.dossier_id, item.id)
    return Page(items=items, next_cursor=found.next_cursor)


async def _helper_read(
    db: AsyncSession, principal: Principal, dossier_id: uuid.UUID, proposal_id: uuid.UUID
) -> None:
    await dossiers.record(
        db,
        principal,
        "dossier.proposal_viewed",
        dossier_id,
        {"as": "helper", "proposal": str(proposal_id)},
    )


async def get_mine(db: AsyncSession, principal: Principal, proposal_id: uuid.UUID) -> ProposalRead:
    proposal = await HelperProposalRepository(db).get(principal, proposal_id)
    await _helper_read(db, principal, proposal.dossier_id, proposal.id)
    return await _read(db, proposal.id)


# --- the partner sends -----------------------------------------------------------------------


async def send(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    dossier_id: uuid.UUID,
    body: ProposalCreate,
) -> ProposalRead:
    """To a matchable helper, for a searching or matched dossier; one open proposal per helper."""
    access = await dossiers.managing(db, principal, dossier_id)
    dossier = access.dossier
    now = clock.now()
    if dossier.status not in MATCHABLE_DOSSIER or not await dossiers.may_be_matched(db, dossier):
        raise Conflict(
            N_("Only a dossier that is searching for help or matched can be proposed to helpers.")
        )
    repository = ProposalRepository(db)
    helper = await repository.helper(body.helper_id)
    if helper is None or not helper.matchable:
        raise InvalidInput.on("helper_id", N_("Choose a helper who takes on new help seekers."))
    if helper.user_id in (dossier.manager_user_id, dossier.help_seeker_user_id):
        raise InvalidInput.on("helper_id", N_("You cannot propose a dossier to yourself."))
    skill_ids = list(dict.fromkeys(body.skill_ids))
    if set(skill_ids) - await repository.dossier_skills(dossier.id):
        raise InvalidInput.on("skill_ids", N_("Choose skills the dossier asks for."))
    bits = day_parts_to_bits(dict(body.day_parts.items()))
    if bits & ~dossier.day_parts:
        raise InvalidInput.on("day_parts", N_("Choose day-parts the dossier asks for."))
    _check_moment("meeting_at", body.meeting_at, now)
    if helper.kind == HelperKind.volunteer and body.hourly_rate_cents is not None:
        raise InvalidInput.on("hourly_rate_cents", N_("A volunteer is not paid per hour."))
    open_one = await db.scalar(
        select(MatchProposal.id).where(
            MatchProposal.dossier_id == dossier.id,
            MatchProposal.helper_id == helper.id,
            MatchProposal.status.in_(OPEN_PROPOSAL_STATUSES),
        )
    )
    if open_one is not None:
        raise Conflict(N_("This helper already has an open proposal for this dossier."))
    proposal = MatchProposal(
        dossier_id=dossier.id,
        helper_id=helper.id,
        sent_by_user_id=principal.user_id,
        status=ProposalStatus.sent,
        message=body.message,
        skill_ids=skill_ids,
        day_parts=bits,
        meeting_at=body.meeting_at,
        hourly_rate_cents=(
            None
            if helper.kind == HelperKind.volunteer
            else body.hourly_rate_cents or helper.hourly_rate_cents
        ),
        expires_at=now + timedelta(days=settings.proposal_valid_days),
    )
    db.add(proposal)
    await db.flush()
    await db.execute(received(helper.id))
    helper_user = await repository.user(helper.user_id)
    sender = await repository.user(principal.user_id)
    language = helper_user.preferred_language
    await mails.to_helper(
        db,
        settings,
        helper_user,
        "proposal_received",
        proposal.id,
        sender_name=sender.display_name,
        help_seeker_first_name=dossier.first_name,
        city=dossier.city,
        moment=mails.moment_text(body.meeting_at, language),
        answer_by=mails.moment_text(proposal.expires_at, language),
    )
    await dossiers.record(
        db,
        principal,
        "dossier.proposal_sent",
        dossier.id,
        access.audit_details(principal, proposal=str(proposal.id), helper=str(helper.id)),
    )
    return await _read(db, proposal.id)


def _check_moment(field: str, moment: datetime | None, now: datetime) -> None:
    if moment is not None and not now < moment <= now + MEETING_HORIZON:
        raise InvalidInput.on(field, N_("Choose a moment in the future, within a year."))


# --- either side -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """Who acts on a proposal: its helper, or the dossier's manager (or managing proxy)."""

    is_helper: bool
    dossier: Dossier
    proposal: MatchProposal
    details: dict[str, Any]


async def _side(
    db: AsyncSession, principal: Principal, proposal_id: uuid.UUID, *, partner_only: bool = False
) -> Side:
    """The proposal, locked (after its dossier), and the side the person is on; 404 when they
    are neither its helper nor reach its dossier, 403 when they may only read the dossier."""
    repository = ProposalRepository(db)
    found = await repository.find(proposal_id)
    if found is None:
        raise NotFound()
    helper = await repository.helper(found.helper_id)
    assert helper is not None  # a foreign key
    if helper.user_id == principal.user_id:
        if partner_only:
            raise Forbidden(N_("Only the dossier's manager may do this."))
        dossier = await repository.locked_dossier(found.dossier_id)
        details: dict[str, Any] = {"as": "helper"}
        is_helper = True
    else:
        access = await dossiers.managing(db, principal, found.dossier_id)
        dossier = access.dossier
        details = access.audit_details(principal)
        is_helper = False
    proposal = await repository.locked(proposal_id)
    return Side(is_helper, dossier, proposal, {**details, "proposal": str(proposal.id)})


async def withdraw(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    proposal_id: uuid.UUID,
) -> ProposalRead:
    """By the partner, while the helper has not accepted it yet (or proposed another moment)."""
    side = await _side(db, principal, proposal_id, partner_only=True)
    proposal = side.proposal
    if proposal.status not in (ProposalStatus.sent, ProposalStatus.other_moment):
        raise Conflict(N_("Only a proposal waiting for an answer or a moment can be withdrawn."))
    proposal.status = ProposalStatus.withdrawn
    repository = ProposalRepository(db)
    helper = await repository.helper(proposal.helper_id)
    assert helper is not None
    await mails.to_helper(
        db,
        settings,
        await repository.user(helper.user_id),
        "proposal_withdrawn",
        proposal.id,
        help_seeker_first_name=side.dossier.first_name,
        city=side.dossier.city,
    )
    await dossiers.record(
        db, principal, "dossier.proposal_withdrawn", side.dossier.id, side.details
    )
    return await _read(db, proposal.id)


async def confirm_first_meeting(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    proposal_id: uuid.UUID,
) -> ProposalRead:
    """After the first meeting, each side confirms; the second confirmation starts the
    engagement and marks the dossier matched, in this transaction."""
    side = await _side(db, principal, proposal_id)
    proposal, dossier = side.proposal, side.dossier
    now = clock.now()
    if proposal.status not in ANSWERED:
        raise Conflict(N_("Only an accepted proposal can be confirmed."))
    moment = (
        proposal.counter_meeting_at
        if proposal.status == ProposalStatus.other_moment
        else proposal.meeting_at
    )
    if moment is not None and moment > now:
        raise Conflict(N_("Confirm once the first meeting has taken place."))
    if dossier.status == DossierStatus.closed:
        raise Conflict(N_("This dossier is closed."))
    if side.is_helper:
        proposal.helper_confirmed_at = proposal.helper_confirmed_at or now
    else:
        proposal.partner_confirmed_at = proposal.partner_confirmed_at or now
    await dossiers.record(
        db, principal, "dossier.first_meeting_confirmed", dossier.id, side.details
    )
    if proposal.helper_confirmed_at and proposal.partner_confirmed_at:
        await engagements.start(db, principal, settings, proposal, dossier, now, side.details)
    return await _read(db, proposal.id)


async def end(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    proposal_id: uuid.UUID,
    reason: str,
) -> ProposalRead:
    """It did not click: either side ends an accepted proposal before an engagement starts."""
    side = await _side(db, principal, proposal_id)
    proposal, dossier = side.proposal, side.dossier
    if proposal.status not in ANSWERED:
        raise Conflict(N_("Only an accepted proposal can be ended."))
    proposal.status = ProposalStatus.ended
    proposal.end_reason = reason
    repository = ProposalRepository(db)
    helper = await repository.helper(proposal.helper_id)
    assert helper is not None
    helper_user = await repository.user(helper.user_id)
    if side.is_helper:
        await mails.to_partner(
            db,
            settings,
            await repository.user(dossier.manager_user_id),
            "proposal_ended",
            dossier.id,
            other_name=helper_user.first_name,
            help_seeker_first_name=dossier.first_name,
            reason=reason,
        )
    else:
        await mails.to_helper(
            db,
            settings,
            helper_user,
            "proposal_ended",
            proposal.id,
            other_name=(await repository.user(principal.user_id)).display_name,
            help_seeker_first_name=dossier.first_name,
            reason=reason,
        )
    await dossiers.record(db, principal, "dossier.proposal_ended", dossier.id, side.details)
    return await _read(db, proposal.id)


# --- the helper answers ----------------------------------------------------------------------


async def _waiting(
    db: AsyncSession, principal: Principal, proposal_id: uuid.UUID, now: datetime
) -> MatchProposal:
    """The helper's own proposal, locked: two answers at once are made one after the other,
    and the second finds it answered."""
    proposal = await HelperProposalRepository(db).get(principal, proposal_id, for_update=True)
    if proposal.status != ProposalStatus.sent:
        raise Conflict(N_("This proposal has already been answered."))
    if proposal.expires_at <= now:
        raise Conflict(N_("This proposal has expired."))
    return proposal


async def _answered(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    proposal: MatchProposal,
    now: datetime,
    template: str,
    **context: Any,
) -> ProposalRead:
    proposal.answered_at = now
    hours = max((now - proposal.created_at).total_seconds() / 3600, 0.0)
    await db.execute(answered(proposal.helper_id, hours, now))
    repository = ProposalRepository(db)
    dossier = await db.get(Dossier, proposal.dossier_id)
    assert dossier is not None
    helper_user = await repository.user(principal.user_id)
    await mails.to_partner(
        db,
        settings,
        await repository.user(dossier.manager_user_id),
        template,
        dossier.id,
        helper_first_name=helper_user.first_name,
        help_seeker_first_name=dossier.first_name,
        **context,
    )
    await dossiers.record(
        db,
        principal,
        f"dossier.proposal_{proposal.status}",
        dossier.id,
        {"as": "helper", "proposal": str(proposal.id)},
    )
    return await _read(db, proposal.id)


async def accept(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    proposal_id: uuid.UUID,
    other_moment: datetime | None,
) -> ProposalRead:
    now = clock.now()
    _check_moment("other_moment", other_moment, now)
    proposal = await _waiting(db, principal, proposal_id, now)
    if other_moment is None:
        proposal.status = ProposalStatus.accepted
    else:
        proposal.status = ProposalStatus.other_moment
        proposal.counter_meeting_at = other_moment
    manager_language = await _manager_language(db, proposal.dossier_id)
    return await _answered(
        db,
        principal,
        settings,
        proposal,
        now,
        "proposal_accepted",
        other_moment=other_moment is not None,
        moment=mails.moment_text(other_moment or proposal.meeting_at, manager_language),
    )


async def _manager_language(db: AsyncSession, dossier_id: uuid.UUID) -> Language:
    dossier = await db.get(Dossier, dossier_id)
    assert dossier is not None
    return (await ProposalRepository(db).user(dossier.manager_user_id)).preferred_language


async def decline(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    proposal_id: uuid.UUID,
    reason: str,
) -> ProposalRead:
    now = clock.now()
    proposal = await _waiting(db, principal, proposal_id, now)
    proposal.status = ProposalStatus.declined
    proposal.decline_reason = reason
    return await _answered(
        db, principal, settings, proposal, now, "proposal_declined", reason=reason
    )
