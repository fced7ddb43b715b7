"""Match proposals: the partner's side (`/dossiers/{id}/proposals`, `/proposals/{id}/...`) and the
helper's (`/helper/proposals`). Contact details are not part of a proposal: they come with the
engagement that both sides' confirmation of the first meeting starts."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from kring.config import SettingsDep
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.proposals import service
from kring.proposals.auth import SignedIn
from kring.proposals.schemas import (
    AcceptanceBody,
    DeclineBody,
    EndingBody,
    ProposalCreate,
    ProposalRead,
)

dossier_router = APIRouter(prefix="/dossiers", tags=["proposals"])
router = APIRouter(prefix="/proposals", tags=["proposals"])
helper_router = APIRouter(prefix="/helper/proposals", tags=["proposals"])


@dossier_router.post(
    "/{dossier_id}/proposals",
    operation_id="proposals:send",
    summary="Propose the dossier to a helper",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def send_proposal(
    dossier_id: uuid.UUID,
    body: ProposalCreate,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> ProposalRead:
    """To a matchable helper, for a searching or matched dossier; the helper gets an e-mail."""
    return await service.send(db, principal, settings, clock, dossier_id, body)


@dossier_router.get(
    "/{dossier_id}/proposals",
    operation_id="proposals:list_for_dossier",
    summary="The dossier's proposals",
    responses=problem_responses(401, 404, 422),
)
async def list_for_dossier(
    dossier_id: uuid.UUID, db: DbSession, principal: SignedIn
) -> list[ProposalRead]:
    """Newest first, for whoever reads the dossier; reading them is audited."""
    return await service.list_for_dossier(db, principal, dossier_id)


@router.post(
    "/{proposal_id}/withdrawal",
    operation_id="proposals:withdraw",
    summary="Withdraw a proposal",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def withdraw(
    proposal_id: uuid.UUID,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> ProposalRead:
    """By the partner, before the helper accepted it (or while another moment is proposed)."""
    return await service.withdraw(db, principal, settings, clock, proposal_id)


@router.post(
    "/{proposal_id}/first-meeting-confirmation",
    operation_id="proposals:confirm_first_meeting",
    summary="Confirm the first meeting went well",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def confirm_first_meeting(
    proposal_id: uuid.UUID,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> ProposalRead:
    """Either side, after the meeting; both confirmed starts the engagement."""
    return await service.confirm_first_meeting(db, principal, settings, clock, proposal_id)


@router.post(
    "/{proposal_id}/ending",
    operation_id="proposals:end",
    summary="End an accepted proposal: it did not click",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def end(
    proposal_id: uuid.UUID,
    body: EndingBody,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> ProposalRead:
    """Either side, after acceptance and before an engagement; the other side is told."""
    return await service.end(db, principal, settings, clock, proposal_id, body.reason)


@helper_router.get(
    "",
    operation_id="proposals:list_mine",
    summary="Proposals sent to me as a helper",
    responses=problem_responses(401, 422),
)
async def list_mine(db: DbSession, principal: SignedIn, page: PageQuery) -> Page[ProposalRead]:
    """Newest first; empty without a helper profile."""
    return await service.list_mine(db, principal, page)


@helper_router.get(
    "/{proposal_id}",
    operation_id="proposals:get_mine",
    summary="One proposal sent to me",
    responses=problem_responses(401, 404, 422),
)
async def get_mine(proposal_id: uuid.UUID, db: DbSession, principal: SignedIn) -> ProposalRead:
    """Only the first name and city of the help seeker, until an engagement starts."""
    return await service.get_mine(db, principal, proposal_id)


@helper_router.post(
    "/{proposal_id}/acceptance",
    operation_id="proposals:accept",
    summary="Accept a proposal",
    responses=problem_responses(401, 404, 409, 422),
)
async def accept(
    proposal_id: uuid.UUID,
    body: AcceptanceBody,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> ProposalRead:
    """At the proposed moment, or at another (`other_moment`); answered twice is 409."""
    return await service.accept(db, principal, settings, clock, proposal_id, body.other_moment)


@helper_router.post(
    "/{proposal_id}/decline",
    operation_id="proposals:decline",
    summary="Decline a proposal",
    responses=problem_responses(401, 404, 409, 422),
)
async def decline(
    proposal_id: uuid.UUID,
    body: DeclineBody,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> ProposalRead:
    """With a reason, which the partner reads."""
    return await service.decline(db, principal, settings, clock, proposal_id, body.reason)
