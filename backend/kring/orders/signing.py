"""Wlz signatures: a care professional signs one or several orders at once (all or none), with
a fresh second factor; each signature binds the order's canonical content and carries a
PAdES-signed PDF. A refusal goes to the branch, whose staff clear it; a change of an order's
content supersedes its signature."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import anyio
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.accounts.service import (
    STEP_UP_VALID,
    StepUpRequired,
    confirmed_factors,
)
from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.config import Settings, get_settings
from kring.kit.clock import Clock
from kring.kit.db import new_id
from kring.kit.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from kring.kit.i18n import N_, Language, _, current_language
from kring.kit.pagination import Page, PageRequest
from kring.models.order import AssistiveOrder, OrderStatus
from kring.models.organisation import Organisation
from kring.models.signature import OrderRefusal, OrderSignature
from kring.notifications.service import queue_mail
from kring.orders import documents, evidence, reading
from kring.orders import signing_repository as repository
from kring.orders.repository import StaffOrderRepository, details, history
from kring.orders.schemas import OrderRead, StaffOrderRead
from kring.orders.service import readable_order, staff_read
from kring.orders.signing_reading import refusal_read
from kring.orders.signing_schemas import (
    DrawnSignature,
    OrderAmend,
    RefusalClear,
    RefusalCreate,
    RefusalRead,
    SignedOrder,
    SigningRequest,
    SigningResult,
    StaffRefusal,
)

DONE = (OrderStatus.repaired, OrderStatus.adjusted, OrderStatus.picked_up)
NO_SIGNATURE_NEEDED = N_("Request {number} needs no signature: it is not a Wlz request.")
SIGNED_ALREADY = N_("Request {number} is signed already.")
REFUSED = N_("You refused request {number}: the branch contacts you about it.")
OFF_THE_LIST = N_("The branch took request {number} off the signing list.")
CHANGED = N_(
    "Request {number} changed since you read it. Read it again before you sign; nothing was signed."
)


def _hex(digest: bytes) -> str:
    return digest.hex()


# --- signing -----------------------------------------------------------------------------------


async def _second_factor(db: AsyncSession, principal: Principal, now: datetime) -> tuple[str, Any]:
    """The factor proven in this session within five minutes, and when: a signature needs one
    (403 without a factor set up, 401 `step-up-required` when not proven lately)."""
    if principal.api_client_id is not None or principal.session is None:
        raise Forbidden(N_("Only a person signed in can sign."))
    if not await confirmed_factors(db, principal.user_id):
        raise Forbidden(N_("Set up a second factor first (Security): signing needs one."))
    session = principal.session
    verified, method = session.mfa_verified_at, session.mfa_verified_method
    if verified is None or method is None or now - verified > STEP_UP_VALID:
        raise StepUpRequired(N_("Confirm it is you with your second factor, then sign."))
    return method, verified


def _refuse_unsignable(order: AssistiveOrder) -> None:
    if not order.signature_required:
        raise Conflict(NO_SIGNATURE_NEEDED, number=order.number)
    if order.signed_at is not None:
        raise Conflict(SIGNED_ALREADY, number=order.number)
    if order.refused_at is not None:
        raise Conflict(REFUSED, number=order.number)
    if order.off_signing_list:
        raise Conflict(OFF_THE_LIST, number=order.number)


async def sign(
    db: AsyncSession,
    principal: Principal,
    clock: Clock,
    body: SigningRequest,
    *,
    client_address: str | None,
    user_agent: str,
) -> SigningResult:
    """Sign every order of the selection as shown, or none: the orders are locked, and one that
    changed since it was shown (its content hash differs) refuses the whole signing (409)."""
    now = clock.now()
    wanted = {item.order_id: item.content_sha256 for item in body.orders}
    orders = await repository.orders_to_sign(db, principal, list(wanted))
    if len(orders) != len(wanted):
        raise NotFound()
    factor, factor_at = await _second_factor(db, principal, now)
    by_id = {order.id: order for order in orders}
    changed: list[FieldError] = []
    for index, item in enumerate(body.orders):
        order = by_id[item.order_id]
        _refuse_unsignable(order)
        if _hex(evidence.content_sha256(order)) != item.content_sha256:
            changed.append(
                FieldError(
                    location="body",
                    field=f"orders.{index}.content_sha256",
                    message=_(CHANGED, number=order.number),
                )
            )
    if changed:
        raise Conflict(
            N_("A request changed since you read it: nothing was signed."), errors=changed
        )

    drawn = body.signature.png() if isinstance(body.signature, DrawnSignature) else None
    typed = None if isinstance(body.signature, DrawnSignature) else body.signature.name
    signer_name = principal.user.display_name
    language = current_language()
    ordered = [by_id[item.order_id] for item in body.orders]
    reads = [await _order_read(db, order, clock, language) for order in ordered]
    digests = [evidence.content_sha256(order) for order in ordered]
    marks = [
        documents.SignatureMark(
            signer_name=signer_name,
            signed_at=now,
            drawn_png=drawn,
            typed_name=typed,
            second_factor=factor,
            content_sha256=_hex(digest),
        )
        for digest in digests
    ]
    identity = evidence.signing_identity(get_settings())
    reason = _(N_("Signed for approval (Wlz)"))

    def make_pdfs() -> list[bytes]:
        return [
            evidence.pades_sign(
                identity,
                documents.render(read, signer_name, now, language, signature=mark),
                reason,
                signer_name,
            )
            for read, mark in zip(reads, marks, strict=True)
        ]

    # Rendering and signing are CPU work: off the event loop, so other requests go on.
    pdfs = await anyio.to_thread.run_sync(make_pdfs)
    signed: list[SignedOrder] = []
    for order, digest, pdf in zip(ordered, digests, pdfs, strict=True):
        signature = OrderSignature(
            id=new_id(),
            order_id=order.id,
            signer_user_id=principal.user_id,
            signer_name=signer_name,
            signed_at=now,
            method=body.signature.method,
            drawn_png=drawn,
            typed_name=typed,
            second_factor=factor,
            second_factor_at=min(factor_at, now),
            client_address=client_address,
            user_agent=user_agent[:500],
            content_sha256=digest,
            signed_pdf=pdf,
        )
        db.add(signature)
        order.signed_at = now
        signed.append(
            SignedOrder(
                order_id=order.id, number=order.number, signature_id=signature.id, signed_at=now
            )
        )
    await db.flush()
    for order, done, digest in zip(ordered, signed, digests, strict=True):
        await audit.record(
            db,
            principal,
            "order.signed",
            subject_type="order",
            subject_id=order.id,
            organisation_id=order.organisation_id,
            details={
                "signature": str(done.signature_id),
                "content_sha256": _hex(digest),
                "method": body.signature.method,
                "second_factor": factor,
                "together_with": len(ordered),
            },
        )
    return SigningResult(signed=signed)


async def _order_read(
    db: AsyncSession, order: AssistiveOrder, clock: Clock, language: Language
) -> OrderRead:
    about = await details(db, order.id, language)
    return reading.order_read(order, about, await history(db, order.id), reading.today(clock))


# --- refusing ----------------------------------------------------------------------------------


async def refuse(
    db: AsyncSession, principal: Principal, clock: Clock, order_id: uuid.UUID, body: RefusalCreate
) -> RefusalRead:
    """The order stays on the signing list, marked refused; the branch gets an e-mail."""
    orders = await repository.orders_to_sign(db, principal, [order_id])
    if not orders:
        raise NotFound()
    order = orders[0]
    _refuse_unsignable(order)
    now = clock.now()
    refusal = OrderRefusal(
        order_id=order.id,
        refused_by_user_id=principal.user_id,
        refused_by_name=principal.user.display_name,
        refused_at=now,
        reason=body.reason,
    )
    db.add(refusal)
    order.refused_at = now
    await db.flush()
    branch = await db.get(Organisation, order.branch_id)
    organisation = await db.get(Organisation, order.organisation_id)
    if branch is not None and branch.email:
        await queue_mail(
            db,
            to=branch.email,
            template="order_refused",
            language="nl",
            context={
                "number": order.number,
                "organisation_name": organisation.name if organisation else "",
                "refused_by": refusal.refused_by_name,
                "reason": refusal.reason,
                "queue_url": f"{get_settings().public_url}/admin/order-refusals",
            },
        )
    await audit.record(
        db,
        principal,
        "order.refused",
        subject_type="order",
        subject_id=order.id,
        organisation_id=order.organisation_id,
        details={"refusal": str(refusal.id)},
    )
    return refusal_read(refusal)


async def signed_pdf(
    db: AsyncSession, principal: Principal, order_id: uuid.UUID, signature_id: uuid.UUID
) -> tuple[str, bytes]:
    order = await readable_order(db, principal, order_id)
    return await _signed_pdf(db, principal, order, signature_id, staff=False)


async def _signed_pdf(
    db: AsyncSession,
    principal: Principal,
    order: AssistiveOrder,
    signature_id: uuid.UUID,
    *,
    staff: bool,
) -> tuple[str, bytes]:
    signature = await repository.signature_of(db, order.id, signature_id)
    if signature is None:
        raise NotFound()
    await audit.record(
        db,
        principal,
        "order.signed_pdf_downloaded",
        subject_type="order",
        subject_id=order.id,
        organisation_id=None if staff else order.organisation_id,
        details={"signature": str(signature.id), **({"as": "staff"} if staff else {})},
    )
    stamp = signature.signed_at.strftime("%Y%m%d-%H%M%S")
    return f"{order.number}-signed-{stamp}.pdf", signature.signed_pdf


# --- staff -------------------------------------------------------------------------------------


def _staff_refusal(row: Any) -> StaffRefusal:
    return StaffRefusal.model_validate(row, from_attributes=True)


async def staff_refusals(
    db: AsyncSession, principal: Principal, page: PageRequest, state: str
) -> Page[StaffRefusal]:
    found = await repository.StaffRefusalRepository(db).page_of(principal, state, page)
    items = [_staff_refusal(row) for row in found.items]
    await audit.record(
        db,
        principal,
        "order.refusals_listed",
        subject_type="order",
        organisation_id=None,
        details={"orders": [str(i.order_id) for i in items], "state": state},
    )
    return Page(items=items, next_cursor=found.next_cursor)


async def clear_refusal(
    db: AsyncSession, principal: Principal, clock: Clock, refusal_id: uuid.UUID, body: RefusalClear
) -> StaffRefusal:
    """The branch handled it: the order is presented for signing again, or taken off the list."""
    refusals = repository.StaffRefusalRepository(db)
    refusal = await refusals.get(principal, refusal_id, for_update=True)
    order = await StaffOrderRepository(db).get(principal, refusal.order_id, for_update=True)
    if refusal.cleared_at is not None:
        raise Conflict(N_("This refusal is cleared already."))
    refusal.cleared_at = clock.now()
    refusal.cleared_by_user_id = principal.user_id
    refusal.cleared_by_name = principal.user.display_name
    refusal.outcome = body.outcome
    refusal.clear_note = body.note
    order.refused_at = None
    order.off_signing_list = body.outcome == "remove"
    await db.flush()
    await audit.record(
        db,
        principal,
        "order.refusal_cleared",
        subject_type="order",
        subject_id=order.id,
        organisation_id=None,
        details={"refusal": str(refusal.id), "outcome": body.outcome},
    )
    return _staff_refusal(await refusals.listed(principal, refusal.id))


async def supersede(db: AsyncSession, order: AssistiveOrder, now: datetime) -> None:
    """The order's content changed: its signature no longer holds (kept on record as
    superseded), an open refusal is closed, and it is back on the signing list."""
    if not order.signature_required:
        return
    await db.execute(
        update(OrderSignature)
        .where(OrderSignature.order_id == order.id, OrderSignature.superseded_at.is_(None))
        .values(superseded_at=now)
    )
    if order.refused_at is not None:
        await db.execute(
            update(OrderRefusal)
            .where(OrderRefusal.order_id == order.id, OrderRefusal.cleared_at.is_(None))
            .values(
                cleared_at=now,
                cleared_by_name=_("The request was changed"),
                outcome="present_again",
            )
        )
    order.signed_at = None
    order.refused_at = None
    order.off_signing_list = False


async def amend(
    db: AsyncSession,
    principal: Principal,
    settings: Settings,
    clock: Clock,
    order_id: uuid.UUID,
    body: OrderAmend,
) -> StaffOrderRead:
    """Correct what is asked; a Wlz order whose content changed must be signed again."""
    order = await StaffOrderRepository(db).get(principal, order_id, for_update=True)
    if order.status in DONE:
        raise Conflict(N_("This request is done: it can no longer be changed."))
    if order.signed_at is not None and order.status not in (
        OrderStatus.received,
        OrderStatus.planned,
    ):
        raise Conflict(
            N_("This request is on its way or delivered: call the care professional instead.")
        )
    before = evidence.content_sha256(order)
    changes = body.model_dump(exclude_unset=True)
    if "description" in changes and order.kind not in ("repair", "adjustment"):
        raise InvalidInput.on("description", N_("Only a repair or an adjustment has one."))
    for field, value in changes.items():
        if value is None and field != "notes":
            continue
        setattr(order, field, value if value is not None else "")
    _check_desired_date(order)
    now = clock.now()
    changed = evidence.content_sha256(order) != before
    if changed:
        await supersede(db, order, now)
    await db.flush()
    await audit.record(
        db,
        principal,
        "order.amended",
        subject_type="order",
        subject_id=order.id,
        organisation_id=None,
        details={
            "fields": sorted(changes),
            "signature_superseded": changed and order.signature_required,
        },
    )
    return await staff_read(db, principal, order, clock)


def _check_desired_date(order: AssistiveOrder) -> None:
    if not order.placed_on <= order.desired_date <= order.placed_on + timedelta(days=366):
        raise InvalidInput.on(
            "desired_date",
            N_("Give a desired date between the day it was placed and a year after."),
        )


async def staff_signed_pdf(
    db: AsyncSession, principal: Principal, order_id: uuid.UUID, signature_id: uuid.UUID
) -> tuple[str, bytes]:
    order = await StaffOrderRepository(db).get(principal, order_id)
    return await _signed_pdf(db, principal, order, signature_id, staff=True)
