"""Assistive-device orders in the pro portal: place a request, follow the open ones, the
rentals outstanding and the ended trajectories, read, download and mail an order. Every read is
audited (orders hold client data)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status
from redis.asyncio import Redis

from kring.config import SettingsDep
from kring.kit import throttle
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import current_language
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.models.catalogue import DeviceCategory
from kring.models.order import OrderKind, OrderStatus
from kring.orders import documents, service
from kring.orders.auth import SignedIn
from kring.orders.schemas import (
    EndedTrajectory,
    OrderCreate,
    OrderingOrganisation,
    OrderRead,
    OrderSend,
    OrderSendResult,
    OrderSummary,
    OrderView,
    RentalOutstanding,
    RentalsSummary,
)

router = APIRouter(prefix="/orders", tags=["orders"])

Search = Annotated[
    PlainText | None,
    Query(max_length=100, description="Part of a client's name, an order number or a device."),
]
OrganisationFilter = Annotated[
    uuid.UUID | None, Query(alias="organisation", description="Only this organisation's.")
]


@router.post(
    "",
    operation_id="orders:place",
    summary="Place a request",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 409, 422),
)
async def place(
    body: OrderCreate, db: DbSession, principal: SignedIn, clock: ClockDep
) -> OrderRead:
    """A rental, or a repair, adjustment or pickup of a rental outstanding, for a client of an
    organisation I am linked to; the branch that serves it receives it. An AD device or option
    without the organisation's AD contract is refused (422, naming the field)."""
    return await service.place(db, principal, clock, body.root)


@router.get(
    "",
    operation_id="orders:list",
    summary="Orders",
    responses=problem_responses(401, 422),
)
async def list_orders(
    db: DbSession,
    principal: SignedIn,
    page: PageQuery,
    view: Annotated[
        OrderView,
        Query(
            description="open: waiting for the branch; action: waiting for me (a Wlz "
            "signature); all: everything the portal still shows."
        ),
    ] = "open",
    order_status: Annotated[OrderStatus | None, Query(alias="status")] = None,
    kind: Annotated[OrderKind | None, Query()] = None,
    q: Search = None,
    organisation: OrganisationFilter = None,
) -> Page[OrderSummary]:
    """The orders of every organisation I am linked to, newest first; each page is audited."""
    return await service.list_orders(
        db,
        principal,
        page,
        view=view,
        status=order_status,
        kind=kind,
        q=q,
        organisation_id=organisation,
    )


@router.get(
    "/organisations",
    operation_id="orders:list_organisations",
    summary="Where I may order, and whom to call",
    responses=problem_responses(401),
)
async def organisations(db: DbSession, principal: SignedIn) -> list[OrderingOrganisation]:
    """The organisations I am linked to, whether they have the AD contract and the branch that
    serves them: to cancel or for an urgent request, call the branch."""
    return await service.ordering_organisations(db, principal)


@router.get(
    "/rentals-outstanding",
    operation_id="orders:list_rentals_outstanding",
    summary="Rentals outstanding",
    responses=problem_responses(401, 422),
)
async def rentals_outstanding(
    db: DbSession,
    principal: SignedIn,
    clock: ClockDep,
    page: PageQuery,
    category: Annotated[DeviceCategory | None, Query()] = None,
    q: Search = None,
    organisation: OrganisationFilter = None,
) -> Page[RentalOutstanding]:
    """Rentals delivered and not picked up, the longest outstanding first, with their days."""
    return await service.rentals_outstanding(
        db, principal, clock, page, category=category, q=q, organisation_id=organisation
    )


@router.get(
    "/rentals-outstanding/summary",
    operation_id="orders:rentals_outstanding_summary",
    summary="Rentals outstanding by category and age",
    responses=problem_responses(401, 422),
)
async def rentals_summary(
    db: DbSession, principal: SignedIn, clock: ClockDep, organisation: OrganisationFilter = None
) -> RentalsSummary:
    """Counts for a chart: per category (GRZ, ELV, AD) and per age (0-30, 31-90, 91-365, over
    365 days outstanding)."""
    return await service.rentals_summary(db, principal, clock, organisation_id=organisation)


@router.get(
    "/ended",
    operation_id="orders:list_ended",
    summary="Ended trajectories",
    responses=problem_responses(401, 422),
)
async def ended(
    db: DbSession,
    principal: SignedIn,
    page: PageQuery,
    q: Search = None,
    organisation: OrganisationFilter = None,
) -> Page[EndedTrajectory]:
    """Rentals whose end and pickup are recorded, the latest pickup first; shown until two
    months after the pickup."""
    return await service.ended(db, principal, page, q=q, organisation_id=organisation)


@router.get(
    "/{order_id}",
    operation_id="orders:get",
    summary="An order",
    responses=problem_responses(401, 404, 422),
)
async def get_order(
    order_id: uuid.UUID, db: DbSession, principal: SignedIn, clock: ClockDep
) -> OrderRead:
    """With its client, the branch and its history; the read is audited."""
    return await service.get(db, principal, clock, order_id)


@router.get(
    "/{order_id}/pdf",
    operation_id="orders:pdf",
    summary="An order as a PDF",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 404, 422)},
)
async def order_pdf(
    order_id: uuid.UUID, db: DbSession, principal: SignedIn, clock: ClockDep
) -> Response:
    """One page in my language, named after the order number; the download is audited."""
    filename, data = await documents.download(db, principal, clock, order_id, current_language())
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.post(
    "/{order_id}/send",
    operation_id="orders:send",
    summary="Mail an order as a PDF",
    status_code=status.HTTP_202_ACCEPTED,
    responses=problem_responses(401, 404, 422, 429),
)
async def send(
    order_id: uuid.UUID,
    body: OrderSend,
    db: DbSession,
    principal: SignedIn,
    settings: SettingsDep,
    redis: Annotated[Redis, Depends(throttle.get_redis)],
) -> OrderSendResult:
    """To myself and/or up to three addresses, the PDF attached (each in my language); at most
    10 sends an hour (429 with Retry-After). Each send is audited."""
    return await documents.send(db, principal, settings, redis, order_id, body, current_language())
