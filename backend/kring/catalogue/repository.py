"""Reading the catalogue: the portal's orderable devices, and staff's pages of every device."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, String, bindparam, func, or_, select

from kring.auth.principal import Principal
from kring.kit.db import contains_pattern
from kring.kit.i18n import Language
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey
from kring.kit.repository import Repository
from kring.kit.rows import one_of, rows
from kring.models.catalogue import (
    AssistiveDevice,
    AssistiveDeviceOption,
    DeviceCategory,
    DeviceSupply,
)

BY_CODE = Keyset(
    "assistive_devices",
    (SortKey(AssistiveDevice.code.expression, False, str), SortKey(AssistiveDevice.id.expression)),
)
_DEVICE_COLUMNS: tuple[Any, ...] = (
    AssistiveDevice.id,
    AssistiveDevice.code,
    AssistiveDevice.name_nl,
    AssistiveDevice.name_fr,
    AssistiveDevice.name_en,
    AssistiveDevice.category,
    AssistiveDevice.supply,
    AssistiveDevice.needs_ad_contract,
    AssistiveDevice.active,
    AssistiveDevice.created_at,
    AssistiveDevice.modified_at,
)
_OPTION_COLUMNS: tuple[Any, ...] = (
    AssistiveDeviceOption.id,
    AssistiveDeviceOption.device_id,
    AssistiveDeviceOption.name_nl,
    AssistiveDeviceOption.name_fr,
    AssistiveDeviceOption.name_en,
    AssistiveDeviceOption.needs_ad_contract,
    AssistiveDeviceOption.active,
    AssistiveDeviceOption.position,
)


def name_in(model: Any, language: Language) -> Any:
    """The `name_<language>` column of a device or an option."""
    return getattr(model, f"name_{language}")


class DeviceRepository(Repository[AssistiveDevice, Principal]):
    """Every device: the catalogue is the same for everyone who may read it."""

    model = AssistiveDevice

    def readable(self, principal: Principal) -> Select[Any]:
        return select(AssistiveDevice)

    async def orderable(
        self, language: Language, supply: DeviceSupply | None, category: DeviceCategory | None
    ) -> tuple[Sequence[Any], dict[uuid.UUID, list[Any]]]:
        """Active devices by category and name, and their active options by position."""
        name = name_in(AssistiveDevice, language)
        statement = (
            select(
                AssistiveDevice.id,
                AssistiveDevice.code,
                name.label("name"),
                AssistiveDevice.category,
                AssistiveDevice.supply,
                AssistiveDevice.needs_ad_contract,
            )
            .where(AssistiveDevice.active.is_(True))
            .order_by(AssistiveDevice.category, func.lower(name), AssistiveDevice.code)
        )
        if supply is not None:
            statement = statement.where(AssistiveDevice.supply == supply.value)
        if category is not None:
            statement = statement.where(AssistiveDevice.category == category.value)
        devices = await rows(self.session, statement)
        option_name = name_in(AssistiveDeviceOption, language)
        options: dict[uuid.UUID, list[Any]] = defaultdict(list)
        if devices:
            for option in await rows(
                self.session,
                select(
                    AssistiveDeviceOption.id,
                    AssistiveDeviceOption.device_id,
                    option_name.label("name"),
                    AssistiveDeviceOption.needs_ad_contract,
                )
                .where(
                    AssistiveDeviceOption.active.is_(True),
                    one_of(AssistiveDeviceOption.device_id, [d.id for d in devices]),
                )
                .order_by(AssistiveDeviceOption.position, func.lower(option_name)),
            ):
                options[option.device_id].append(option)
        return devices, options

    async def staff_page(
        self,
        page: PageRequest,
        q: str | None,
        category: DeviceCategory | None,
        active: bool | None,
    ) -> Page[Any]:
        """Devices by code, each row with every option of it (`options`)."""

        def build() -> Select[Any]:
            statement = select(*_DEVICE_COLUMNS)
            if q:
                pattern = bindparam("pattern", type_=String)
                statement = statement.where(
                    or_(
                        AssistiveDevice.code.ilike(pattern),
                        AssistiveDevice.name_nl.ilike(pattern),
                        AssistiveDevice.name_fr.ilike(pattern),
                        AssistiveDevice.name_en.ilike(pattern),
                    )
                )
            if category is not None:
                statement = statement.where(AssistiveDevice.category == bindparam("category"))
            if active is not None:
                statement = statement.where(AssistiveDevice.active == bindparam("active"))
            return statement

        values: dict[str, Any] = {}
        if q:
            values["pattern"] = contains_pattern(q)
        if category is not None:
            values["category"] = category.value
        if active is not None:
            values["active"] = active
        shape = (bool(q), category is not None, active is not None)
        return await self.page_of_shape(shape, build, values, BY_CODE, page, item=lambda r: r)

    async def devices(self, ids: Sequence[uuid.UUID]) -> Sequence[Any]:
        return await rows(
            self.session, select(*_DEVICE_COLUMNS).where(one_of(AssistiveDevice.id, ids))
        )

    async def options_of(self, device_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
        """Every option of the devices, by position and Dutch name."""
        options: dict[uuid.UUID, list[Any]] = defaultdict(list)
        if not device_ids:
            return options
        for option in await rows(
            self.session,
            select(*_OPTION_COLUMNS)
            .where(one_of(AssistiveDeviceOption.device_id, device_ids))
            .order_by(AssistiveDeviceOption.position, func.lower(AssistiveDeviceOption.name_nl)),
        ):
            options[option.device_id].append(option)
        return options

    async def option(
        self, device_id: uuid.UUID, option_id: uuid.UUID
    ) -> AssistiveDeviceOption | None:
        """The device's option, locked: a change follows."""
        found: AssistiveDeviceOption | None = await self.session.scalar(
            select(AssistiveDeviceOption)
            .where(
                AssistiveDeviceOption.id == option_id,
                AssistiveDeviceOption.device_id == device_id,
            )
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return found
