"""The catalogue's rules: what the portal lists (in the reader's language), and staff's
changes (audited). An AD device always needs the AD contract."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.catalogue.repository import DeviceRepository
from kring.catalogue.schemas import (
    DeviceAdminRead,
    DeviceCreate,
    DeviceRead,
    DeviceUpdate,
    OptionAdminRead,
    OptionCreate,
    OptionRead,
    OptionUpdate,
)
from kring.kit.errors import Conflict, NotFound
from kring.kit.i18n import N_, Language
from kring.kit.pagination import Page, PageRequest
from kring.models.catalogue import (
    AssistiveDevice,
    AssistiveDeviceOption,
    DeviceCategory,
    DeviceSupply,
)

_CODE_TAKEN = N_("There already is a device with this code.")
_OPTION_TAKEN = N_("This device already has an option with this Dutch name.")


async def orderable(
    db: AsyncSession,
    language: Language,
    *,
    supply: DeviceSupply | None = None,
    category: DeviceCategory | None = None,
) -> list[DeviceRead]:
    devices, options = await DeviceRepository(db).orderable(language, supply, category)
    return [
        DeviceRead(
            id=d.id,
            code=d.code,
            name=d.name,
            category=DeviceCategory(d.category),
            supply=DeviceSupply(d.supply),
            needs_ad_contract=d.needs_ad_contract,
            options=[
                OptionRead(id=o.id, name=o.name, needs_ad_contract=o.needs_ad_contract)
                for o in options[d.id]
            ],
        )
        for d in devices
    ]


def _admin_read(device: Any, options: Sequence[Any]) -> DeviceAdminRead:
    return DeviceAdminRead(
        id=device.id,
        code=device.code,
        name_nl=device.name_nl,
        name_fr=device.name_fr,
        name_en=device.name_en,
        category=DeviceCategory(device.category),
        supply=DeviceSupply(device.supply),
        needs_ad_contract=device.needs_ad_contract,
        active=device.active,
        options=[
            OptionAdminRead(
                id=o.id,
                name_nl=o.name_nl,
                name_fr=o.name_fr,
                name_en=o.name_en,
                needs_ad_contract=o.needs_ad_contract,
                active=o.active,
                position=o.position,
            )
            for o in options
        ],
        created_at=device.created_at,
        modified_at=device.modified_at,
    )


async def staff_list(
    db: AsyncSession,
    page: PageRequest,
    *,
    q: str | None,
    category: DeviceCategory | None,
    active: bool | None,
) -> Page[DeviceAdminRead]:
    devices = DeviceRepository(db)
    found = await devices.staff_page(page, q, category, active)
    options = await devices.options_of([d.id for d in found.items])
    return Page(
        items=[_admin_read(d, options[d.id]) for d in found.items],
        next_cursor=found.next_cursor,
    )


async def staff_get(db: AsyncSession, device_id: uuid.UUID) -> DeviceAdminRead:
    devices = DeviceRepository(db)
    found = await devices.devices([device_id])
    if not found:
        raise NotFound()
    return _admin_read(found[0], (await devices.options_of([device_id]))[device_id])


async def _stored(db: AsyncSession, refusal: str) -> None:
    """Flush in a savepoint: a unique code or name taken meanwhile is a 409, not a 500."""
    try:
        async with db.begin_nested():
            await db.flush()
    except IntegrityError as taken:
        raise Conflict(refusal) from taken


async def _record(
    db: AsyncSession, principal: Principal, action: str, device_id: uuid.UUID, **details: Any
) -> None:
    await audit.record(
        db,
        principal,
        action,
        subject_type="assistive_device",
        subject_id=device_id,
        organisation_id=None,
        details=details or None,
    )


async def create_device(
    db: AsyncSession, principal: Principal, body: DeviceCreate
) -> DeviceAdminRead:
    device = AssistiveDevice(
        **body.model_dump(),
    )
    # Every AD device needs the contract (the database insists as well).
    device.needs_ad_contract = body.needs_ad_contract or body.category == DeviceCategory.AD
    db.add(device)
    await _stored(db, _CODE_TAKEN)
    await _record(db, principal, "assistive_device.created", device.id, code=device.code)
    return await staff_get(db, device.id)


async def update_device(
    db: AsyncSession, principal: Principal, device_id: uuid.UUID, body: DeviceUpdate
) -> DeviceAdminRead:
    device = await DeviceRepository(db).get(principal, device_id, for_update=True)
    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    for field, value in changes.items():
        setattr(device, field, value.value if hasattr(value, "value") else value)
    if device.category == DeviceCategory.AD:
        device.needs_ad_contract = True
    await _stored(db, _CODE_TAKEN)
    await _record(db, principal, "assistive_device.changed", device.id, fields=sorted(changes))
    return await staff_get(db, device.id)


async def create_option(
    db: AsyncSession, principal: Principal, device_id: uuid.UUID, body: OptionCreate
) -> DeviceAdminRead:
    await DeviceRepository(db).get(principal, device_id)
    option = AssistiveDeviceOption(device_id=device_id, **body.model_dump())
    db.add(option)
    await _stored(db, _OPTION_TAKEN)
    await _record(db, principal, "assistive_device.option_added", device_id, option=str(option.id))
    return await staff_get(db, device_id)


async def update_option(
    db: AsyncSession,
    principal: Principal,
    device_id: uuid.UUID,
    option_id: uuid.UUID,
    body: OptionUpdate,
) -> DeviceAdminRead:
    option = await DeviceRepository(db).option(device_id, option_id)
    if option is None:
        raise NotFound()
    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    for field, value in changes.items():
        setattr(option, field, value)
    await _stored(db, _OPTION_TAKEN)
    await _record(
        db,
        principal,
        "assistive_device.option_changed",
        device_id,
        option=str(option.id),
        fields=sorted(changes),
    )
    return await staff_get(db, device_id)
