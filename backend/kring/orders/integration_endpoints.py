"""Orders for integrations (`/integrations/orders`): an API client of an organisation whose
token grants `orders:read` reads that organisation's orders."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.models.order import OrderKind, OrderStatus
from kring.orders import service
from kring.orders.auth import OrdersApiClient
from kring.orders.schemas import IntegrationOrder, IntegrationOrderRead

router = APIRouter(prefix="/integrations/orders", tags=["integrations"])


@router.get(
    "",
    operation_id="integrations:list_orders",
    summary="The organisation's orders",
    responses=problem_responses(401, 403, 422),
)
async def list_orders(
    db: DbSession,
    client: OrdersApiClient,
    page: PageQuery,
    order_status: Annotated[OrderStatus | None, Query(alias="status")] = None,
    kind: Annotated[OrderKind | None, Query()] = None,
) -> Page[IntegrationOrder]:
    """Newest first, every order the portal still shows; each page is audited."""
    return await service.integration_list(db, client, page, status=order_status, kind=kind)


@router.get(
    "/{order_id}",
    operation_id="integrations:get_order",
    summary="One of the organisation's orders",
    responses=problem_responses(401, 403, 404),
)
async def get_order(
    order_id: uuid.UUID, db: DbSession, client: OrdersApiClient
) -> IntegrationOrderRead:
    """With the history of its status; the read is audited."""
    return await service.integration_get(db, client, order_id)
