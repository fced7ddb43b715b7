"""Staff make the monthly payment run (`/admin/payment-runs`): the preview for a closed month,
making it, the runs, one run with its lines, and its SEPA files (every read and file audited)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from kring.config import SettingsDep
from kring.kit.clock import ClockDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.payment_runs import service
from kring.payment_runs.auth import PaymentRunner
from kring.payment_runs.schemas import (
    Month,
    PaymentRunCreate,
    PaymentRunPreview,
    PaymentRunRead,
    PaymentRunSummary,
)

router = APIRouter(prefix="/admin/payment-runs", tags=["admin"])

_XML: dict[int | str, dict[str, Any]] = {200: {"content": {"application/xml": {}}}}


def _download(file: service.SepaFile) -> Response:
    return Response(
        file.data,
        media_type="application/xml",
        headers={"Content-Disposition": f'attachment; filename="{file.filename}"'},
    )


@router.get(
    "",
    operation_id="admin:list_payment_runs",
    summary="Payment runs, newest month first",
    responses=problem_responses(401, 403, 422),
)
async def list_payment_runs(
    db: DbSession, principal: PaymentRunner, page: PageQuery
) -> Page[PaymentRunSummary]:
    """With their totals and who made them."""
    return await service.list_runs(db, principal, page)


# Before `/{run_id}`, which would take `preview` for a run's id.
@router.get(
    "/preview",
    operation_id="admin:preview_payment_run",
    summary="What a run for a month would collect and pay",
    responses=problem_responses(401, 403, 409, 422),
)
async def preview_payment_run(
    db: DbSession,
    principal: PaymentRunner,
    settings: SettingsDep,
    clock: ClockDep,
    month: Annotated[Month, Query(description="A closed month, like `2026-11`.")],
) -> PaymentRunPreview:
    """Totals now, and the entries that would wait for the next run with why; 409 when no run
    can be made for the month (not over, made already, or before the latest run)."""
    return await service.preview(db, principal, settings, clock, month)


@router.post(
    "",
    operation_id="admin:make_payment_run",
    summary="Make the payment run for a closed month",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
async def make_payment_run(
    body: PaymentRunCreate,
    db: DbSession,
    principal: PaymentRunner,
    settings: SettingsDep,
    clock: ClockDep,
) -> PaymentRunRead:
    """Once per month, never for a month before the latest run's; audited. Needs the second
    factor proven in the last five minutes (401 `step-up-required`); 409 when nothing can be
    collected and paid."""
    return await service.make(db, principal, settings, clock, body.month)


@router.get(
    "/{run_id}",
    operation_id="admin:get_payment_run",
    summary="A payment run with its collections and payments",
    responses=problem_responses(401, 403, 404, 422),
)
async def get_payment_run(
    run_id: uuid.UUID, db: DbSession, principal: PaymentRunner
) -> PaymentRunRead:
    """The accounts as they were when the run was made; the read is audited."""
    return await service.get(db, principal, run_id)


@router.get(
    "/{run_id}/direct-debit",
    operation_id="admin:get_payment_run_direct_debit",
    summary="The run's SEPA direct-debit file (collections)",
    response_class=Response,
    responses={**_XML, **problem_responses(401, 403, 404, 422)},
)
async def get_direct_debit(
    run_id: uuid.UUID, db: DbSession, principal: PaymentRunner, settings: SettingsDep
) -> Response:
    """pain.008.001.08 for Kring's bank; each download is audited."""
    return _download(await service.direct_debit(db, principal, settings, run_id))


@router.get(
    "/{run_id}/credit-transfer",
    operation_id="admin:get_payment_run_credit_transfer",
    summary="The run's SEPA credit-transfer file (payments)",
    response_class=Response,
    responses={**_XML, **problem_responses(401, 403, 404, 422)},
)
async def get_credit_transfer(
    run_id: uuid.UUID, db: DbSession, principal: PaymentRunner, settings: SettingsDep
) -> Response:
    """pain.001.001.09 for Kring's bank; each download is audited."""
    return _download(await service.credit_transfer(db, principal, settings, run_id))
