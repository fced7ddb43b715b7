"""Wlz signatures in the pro portal: sign several orders for approval at once (a fresh second
factor, a drawn or typed signature, a PAdES-signed PDF each), refuse one with a reason, and
download a signed PDF."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response, status

from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.orders import signing
from kring.orders.auth import SignedIn
from kring.orders.signing_schemas import RefusalCreate, RefusalRead, SigningRequest, SigningResult

router = APIRouter(prefix="/orders", tags=["orders"])


@router.post(
    "/signatures",
    operation_id="orders:sign",
    summary="Sign orders for approval",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def sign(
    body: SigningRequest, request: Request, db: DbSession, principal: SignedIn, clock: ClockDep
) -> SigningResult:
    """Up to 50 Wlz orders at once, each as shown (its `content_sha256`): all are signed or none.
    Needs the second factor proven in the last five minutes (401 `step-up-required`; 403 without
    a second factor set up). 409 when an order changed since it was shown, is signed already or
    needs no signature; an order I cannot see is 404."""
    return await signing.sign(
        db,
        principal,
        clock,
        body,
        client_address=request.client.host if request.client else None,
        user_agent=request.headers.get("user-agent", ""),
    )


@router.post(
    "/{order_id}/refusal",
    operation_id="orders:refuse",
    summary="Refuse to sign an order",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 404, 409, 422),
)
async def refuse(
    order_id: uuid.UUID, body: RefusalCreate, db: DbSession, principal: SignedIn, clock: ClockDep
) -> RefusalRead:
    """With a reason; the branch is told (an e-mail and its queue) and the order stays on the
    signing list, marked refused, until branch staff clear it. 409 when it is signed, refused
    already or needs no signature."""
    return await signing.refuse(db, principal, clock, order_id, body)


@router.get(
    "/{order_id}/signatures/{signature_id}/pdf",
    operation_id="orders:signed_pdf",
    summary="A signed order as a PDF",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, **problem_responses(401, 404, 422)},
)
async def signed_pdf(
    order_id: uuid.UUID, signature_id: uuid.UUID, db: DbSession, principal: SignedIn
) -> Response:
    """The PDF as it was signed (PAdES, Kring's certificate), superseded ones too; audited."""
    filename, data = await signing.signed_pdf(db, principal, order_id, signature_id)
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
