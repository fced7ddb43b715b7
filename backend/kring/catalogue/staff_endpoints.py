"""Staff and the catalogue (`/admin/assistive-devices`): find, add and change devices and their
options, and (de)activate them."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from kring.catalogue import service
from kring.catalogue.auth import CatalogueManager
from kring.catalogue.schemas import (
    DeviceAdminRead,
    DeviceCreate,
    DeviceUpdate,
    OptionCreate,
    OptionUpdate,
)
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.pagination import Page, PageQuery
from kring.kit.types import PlainText
from kring.models.catalogue import DeviceCategory

router = APIRouter(prefix="/admin/assistive-devices", tags=["admin"])


@router.get(
    "",
    operation_id="admin:list_assistive_devices",
    summary="The catalogue of assistive devices",
    responses=problem_responses(401, 403, 422),
)
async def list_devices(
    db: DbSession,
    principal: CatalogueManager,
    page: PageQuery,
    q: Annotated[
        PlainText | None, Query(max_length=100, description="Part of a code or a name.")
    ] = None,
    category: Annotated[DeviceCategory | None, Query()] = None,
    active: Annotated[bool | None, Query(description="Only active (or inactive) ones.")] = None,
) -> Page[DeviceAdminRead]:
    """By code; active and inactive devices, each with every option."""
    return await service.staff_list(db, page, q=q, category=category, active=active)


@router.post(
    "",
    operation_id="admin:create_assistive_device",
    summary="Add a device",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
async def create_device(
    body: DeviceCreate, db: DbSession, principal: CatalogueManager
) -> DeviceAdminRead:
    """A code not used before (409); an AD device always needs the AD contract."""
    return await service.create_device(db, principal, body)


@router.get(
    "/{device_id}",
    operation_id="admin:get_assistive_device",
    summary="A device",
    responses=problem_responses(401, 403, 404),
)
async def get_device(
    device_id: uuid.UUID, db: DbSession, principal: CatalogueManager
) -> DeviceAdminRead:
    """With every option, active or not."""
    return await service.staff_get(db, device_id)


@router.patch(
    "/{device_id}",
    operation_id="admin:update_assistive_device",
    summary="Change or (de)activate a device",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_device(
    device_id: uuid.UUID, body: DeviceUpdate, db: DbSession, principal: CatalogueManager
) -> DeviceAdminRead:
    """Only the fields given change; an inactive device can no longer be ordered (orders
    placed keep it)."""
    return await service.update_device(db, principal, device_id, body)


@router.post(
    "/{device_id}/options",
    operation_id="admin:create_assistive_device_option",
    summary="Add an option to a device",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_option(
    device_id: uuid.UUID, body: OptionCreate, db: DbSession, principal: CatalogueManager
) -> DeviceAdminRead:
    """A Dutch name not used by another option of the device (409); the device comes back."""
    return await service.create_option(db, principal, device_id, body)


@router.patch(
    "/{device_id}/options/{option_id}",
    operation_id="admin:update_assistive_device_option",
    summary="Change or (de)activate an option",
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_option(
    device_id: uuid.UUID,
    option_id: uuid.UUID,
    body: OptionUpdate,
    db: DbSession,
    principal: CatalogueManager,
) -> DeviceAdminRead:
    """Only the fields given change; the device comes back."""
    return await service.update_option(db, principal, device_id, option_id, body)
