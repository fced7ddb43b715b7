"""The catalogue's rules: what the portal lists, and staff's changes."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.principal import Principal
from kring.catalogue.schemas import (
    DeviceAdminRead,
    DeviceCreate,
    DeviceRead,
    DeviceUpdate,
    OptionCreate,
    OptionUpdate,
)
from kring.kit.i18n import Language
from kring.kit.pagination import Page, PageRequest
from kring.models.catalogue import DeviceCategory, DeviceSupply


async def orderable(
    db: AsyncSession,
    language: Language,
    *,
    supply: DeviceSupply | None = None,
    category: DeviceCategory | None = None,
) -> list[DeviceRead]:
    raise NotImplementedError


async def staff_list(
    db: AsyncSession,
    page: PageRequest,
    *,
    q: str | None,
    category: DeviceCategory | None,
    active: bool | None,
) -> Page[DeviceAdminRead]:
    raise NotImplementedError


async def staff_get(db: AsyncSession, device_id: uuid.UUID) -> DeviceAdminRead:
    raise NotImplementedError


async def create_device(
    db: AsyncSession, principal: Principal, body: DeviceCreate
) -> DeviceAdminRead:
    raise NotImplementedError


async def update_device(
    db: AsyncSession, principal: Principal, device_id: uuid.UUID, body: DeviceUpdate
) -> DeviceAdminRead:
    raise NotImplementedError


async def create_option(
    db: AsyncSession, principal: Principal, device_id: uuid.UUID, body: OptionCreate
) -> DeviceAdminRead:
    raise NotImplementedError


async def update_option(
    db: AsyncSession,
    principal: Principal,
    device_id: uuid.UUID,
    option_id: uuid.UUID,
    body: OptionUpdate,
) -> DeviceAdminRead:
    raise NotImplementedError
