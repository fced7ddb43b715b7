"""Dossiers of help seekers (`/dossiers`): the wizard, the statuses, proxies, transfers and the
access log, for the dossier's manager, the help seeker and the people acting for them."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from kring.config import SettingsDep
from kring.dossiers import export, service, sharing
from kring.dossiers.auth import SignedIn
from kring.dossiers.schemas import (
    AccessLogEntry,
    BankStep,
    ClosureBody,
    DossierCreate,
    DossierRead,
    DossierSummary,
    HelpStep,
    InvitationAccepted,
    LinkToken,
    ProxyInvite,
    ProxyRead,
    ReasonBody,
    TermsStep,
    TransferOffer,
    TransferRead,
    WhenStep,
    WhoStep,
)
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import current_language
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.models.dossier import DossierStatus

router = APIRouter(prefix="/dossiers", tags=["dossiers"])
acceptance_router = APIRouter(tags=["dossiers"])

Search = Annotated[
    PlainText | None, Query(max_length=100, description="Part of the help seeker's name.")
]
DossierId = uuid.UUID


@router.get(
    "",
    operation_id="dossiers:list",
    summary="My dossiers",
    responses=problem_responses(401, 422),
)
async def list_dossiers(
    db: DbSession,
    principal: SignedIn,
    page: PageQuery,
    q: Search = None,
    status_: Annotated[DossierStatus | None, Query(alias="status")] = None,
) -> Page[DossierSummary]:
    """Newest first; every dossier shown is recorded in its access log."""
    return await service.list_dossiers(db, principal, q, status_, page)


@router.post(
    "",
    operation_id="dossiers:create",
    summary="Start a dossier (the wizard's first step)",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 422),
)
async def create_dossier(
    body: DossierCreate,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> DossierRead:
    """You manage the dossier you start; `for_self` when you are the help seeker."""
    return await service.create(db, principal, settings, clock, body)


@router.get(
    "/{dossier_id}",
    operation_id="dossiers:get",
    summary="One dossier",
    responses=problem_responses(401, 404, 422),
)
async def get_dossier(dossier_id: DossierId, db: DbSession, principal: SignedIn) -> DossierRead:
    """Reading it is recorded in its access log."""
    return await service.get(db, principal, dossier_id)


@router.put(
    "/{dossier_id}/who",
    operation_id="dossiers:update_who",
    summary="The wizard: who needs help",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_who(
    dossier_id: DossierId,
    body: WhoStep,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> DossierRead:
    """The address is placed on the map through the geocoder."""
    return await service.save_who(db, principal, settings, clock, dossier_id, body)


@router.put(
    "/{dossier_id}/help",
    operation_id="dossiers:update_help",
    summary="The wizard: what help",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_help(
    dossier_id: DossierId, body: HelpStep, db: DbSession, principal: SignedIn, clock: ClockDep
) -> DossierRead:
    """At least one skill from the skills list, and free text."""
    return await service.save_help(db, principal, clock, dossier_id, body)


@router.put(
    "/{dossier_id}/when",
    operation_id="dossiers:update_when",
    summary="The wizard: when",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_when(
    dossier_id: DossierId, body: WhenStep, db: DbSession, principal: SignedIn, clock: ClockDep
) -> DossierRead:
    """Day-parts of the week, how often, and from which date."""
    return await service.save_when(db, principal, clock, dossier_id, body)


@router.put(
    "/{dossier_id}/bank",
    operation_id="dossiers:update_bank",
    summary="The wizard: bank details",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_bank(
    dossier_id: DossierId, body: BankStep, db: DbSession, principal: SignedIn, clock: ClockDep
) -> DossierRead:
    """The IBAN is checked (its check digits) and stored without spaces."""
    return await service.save_bank(db, principal, clock, dossier_id, body)


@router.put(
    "/{dossier_id}/terms",
    operation_id="dossiers:accept_terms",
    summary="The wizard: accept the terms and the privacy policy",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def accept_terms(
    dossier_id: DossierId, body: TermsStep, db: DbSession, principal: SignedIn, clock: ClockDep
) -> DossierRead:
    """The versions accepted, by whom and when, are kept; the last step moves it to payment."""
    return await service.accept_terms(db, principal, clock, dossier_id, body)


@router.post(
    "/{dossier_id}/submission",
    operation_id="dossiers:submit",
    summary="Submit the dossier for matching",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def submit_dossier(
    dossier_id: DossierId, db: DbSession, principal: SignedIn, clock: ClockDep
) -> DossierRead:
    """Paid and complete, by a verified partner or the help seeker themself; else 409."""
    return await service.submit(db, principal, clock, dossier_id)


@router.post(
    "/{dossier_id}/pause",
    operation_id="dossiers:pause",
    summary="Pause the dossier",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def pause_dossier(
    dossier_id: DossierId, body: ReasonBody, db: DbSession, principal: SignedIn, clock: ClockDep
) -> DossierRead:
    """A searching or matched dossier waits until it is resumed."""
    return await service.pause(db, principal, clock, dossier_id, body.reason)


@router.post(
    "/{dossier_id}/resumption",
    operation_id="dossiers:resume",
    summary="Resume a paused dossier",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def resume_dossier(
    dossier_id: DossierId, body: ReasonBody, db: DbSession, principal: SignedIn, clock: ClockDep
) -> DossierRead:
    """Back to the status it was paused from."""
    return await service.resume(db, principal, clock, dossier_id, body.reason)


@router.post(
    "/{dossier_id}/closure",
    operation_id="dossiers:close",
    summary="Close the dossier",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def close_dossier(
    dossier_id: DossierId, body: ClosureBody, db: DbSession, principal: SignedIn, clock: ClockDep
) -> DossierRead:
    """For good, with a reason; it stays readable with its history."""
    return await service.close(db, principal, clock, dossier_id, body.reason)


@router.get(
    "/{dossier_id}/export",
    operation_id="dossiers:export_pdf",
    summary="The dossier as a PDF",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 404, 422)},
)
async def export_dossier(
    dossier_id: DossierId, db: DbSession, principal: SignedIn, clock: ClockDep
) -> Response:
    """In my language; bank details only if I may see payments; the export is audited."""
    filename, data = await export.export_pdf(db, principal, clock, dossier_id, current_language())
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.post(
    "/{dossier_id}/prints",
    operation_id="dossiers:record_print",
    summary="Record that the dossier is printed",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 404, 422),
)
async def record_print(dossier_id: DossierId, db: DbSession, principal: SignedIn) -> None:
    """The portal calls this before the browser prints the page: the print is audited."""
    await export.record_print(db, principal, dossier_id)


@router.get(
    "/{dossier_id}/access-log",
    operation_id="dossiers:access_log",
    summary="Who looked at the dossier",
    responses=problem_responses(401, 403, 404, 422),
)
async def get_access_log(
    dossier_id: DossierId, db: DbSession, principal: SignedIn, page: PageQuery
) -> Page[AccessLogEntry]:
    """Newest first; for the help seeker and the dossier's manager."""
    return await service.access_log(db, principal, dossier_id, page)


@router.get(
    "/{dossier_id}/proxies",
    operation_id="dossiers:list_proxies",
    summary="Who acts for the help seeker",
    responses=problem_responses(401, 403, 404, 422),
)
async def list_proxies(
    dossier_id: DossierId, db: DbSession, principal: SignedIn
) -> list[ProxyRead]:
    """Invitations and proxies, with their rights and last day."""
    return await sharing.list_proxies(db, principal, dossier_id)


@router.post(
    "/{dossier_id}/proxies",
    operation_id="dossiers:invite_proxy",
    summary="Invite someone to act for the help seeker",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def invite_proxy(
    dossier_id: DossierId,
    body: ProxyInvite,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> ProxyRead:
    """They get an e-mail with a link; accepting needs an account."""
    return await sharing.invite_proxy(db, principal, settings, clock, dossier_id, body)


@router.delete(
    "/{dossier_id}/proxies/{proxy_id}",
    operation_id="dossiers:remove_proxy",
    summary="Remove a proxy",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def remove_proxy(
    dossier_id: DossierId,
    proxy_id: uuid.UUID,
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
) -> None:
    """By the manager or the help seeker; they lose access at once."""
    await sharing.remove_proxy(db, principal, clock, dossier_id, proxy_id)


@router.post(
    "/{dossier_id}/transfer",
    operation_id="dossiers:offer_transfer",
    summary="Transfer the dossier to someone else",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def offer_transfer(
    dossier_id: DossierId,
    body: TransferOffer,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    clock: ClockDep,
) -> TransferRead:
    """They accept through the link in their e-mail; until then you manage it."""
    return await sharing.offer_transfer(db, principal, settings, clock, dossier_id, body)


@router.delete(
    "/{dossier_id}/transfer",
    operation_id="dossiers:withdraw_transfer",
    summary="Withdraw the open transfer",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def withdraw_transfer(
    dossier_id: DossierId, db: DbSession, principal: SignedIn, clock: ClockDep
) -> None:
    """Its link stops working."""
    await sharing.withdraw_transfer(db, principal, clock, dossier_id)


@acceptance_router.post(
    "/dossier-invitations/acceptance",
    operation_id="dossiers:accept_invitation",
    summary="Accept an invitation to act for a help seeker",
    responses=problem_responses(401, 404, 409, 422),
)
async def accept_invitation(
    body: LinkToken, db: DbSession, principal: SignedIn, settings: SettingsDep, clock: ClockDep
) -> InvitationAccepted:
    """A link works once: accepted, withdrawn or expired is 409."""
    return await sharing.accept_invitation(db, principal, settings, clock, body.token)


@acceptance_router.post(
    "/dossier-transfers/acceptance",
    operation_id="dossiers:accept_transfer",
    summary="Accept a dossier transferred to you",
    responses=problem_responses(401, 404, 409, 422),
)
async def accept_transfer(
    body: LinkToken, db: DbSession, principal: SignedIn, settings: SettingsDep, clock: ClockDep
) -> InvitationAccepted:
    """You manage it from now on; accepted twice, withdrawn or expired is 409."""
    return await sharing.accept_transfer(db, principal, settings, clock, body.token)
