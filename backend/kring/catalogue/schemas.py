"""Request and response bodies for the assistive-device catalogue: the portal's list (in the
reader's language) and staff's devices and options (every language)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from kring.kit.types import Text
from kring.models.catalogue import DEVICE_CODE_PATTERN, DeviceCategory, DeviceSupply

DeviceName = Annotated[str, Text(min_length=1, max_length=200)]
DeviceCode = Annotated[
    str,
    Text(min_length=3, max_length=20, pattern=DEVICE_CODE_PATTERN),
    Field(description="Capitals, a dash and capitals or digits, like HB-1024."),
]


# --- the portal --------------------------------------------------------------------------------


class OptionRead(BaseModel):
    """An option in the reader's language; `needs_ad_contract`: only with the AD contract."""

    id: uuid.UUID
    name: str
    needs_ad_contract: bool


class DeviceRead(BaseModel):
    """An orderable device in the reader's language, with its active options. A device or
    option that needs the AD contract is listed all the same, so the portal can explain."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0193a1b2-0000-7000-8000-0000000000d1",
                    "code": "HB-1024",
                    "name": "Rolstoel standaard",
                    "category": "GRZ",
                    "supply": "rental",
                    "needs_ad_contract": False,
                    "options": [
                        {
                            "id": "0193a1b2-0000-7000-8000-0000000000e1",
                            "name": "Plankzitting met AD-kussen",
                            "needs_ad_contract": True,
                        }
                    ],
                }
            ]
        }
    )

    id: uuid.UUID
    code: str
    name: str
    category: DeviceCategory
    supply: DeviceSupply
    needs_ad_contract: bool = Field(description="True for every AD device.")
    options: list[OptionRead]


# --- staff -------------------------------------------------------------------------------------


class OptionCreate(BaseModel):
    """A new option of a device, named in Dutch, French and English."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name_nl": "Plankzitting met AD-kussen",
                    "name_fr": "Assise rigide avec coussin anti-escarres",
                    "name_en": "Solid seat with pressure-relief cushion",
                    "needs_ad_contract": True,
                    "position": 1,
                }
            ]
        },
    )

    name_nl: DeviceName
    name_fr: DeviceName
    name_en: DeviceName
    needs_ad_contract: bool = False
    active: bool = True
    position: int = Field(default=0, ge=0, le=999, description="Where it shows among the options.")


class OptionUpdate(BaseModel):
    """Change an option; only the fields given change (`active: false` withdraws it)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"active": False}, {"name_en": "Solid seat"}]},
    )

    name_nl: DeviceName | None = None
    name_fr: DeviceName | None = None
    name_en: DeviceName | None = None
    needs_ad_contract: bool | None = None
    active: bool | None = None
    position: int | None = Field(default=None, ge=0, le=999)


class DeviceCreate(BaseModel):
    """A new device in the catalogue. An AD device always needs the AD contract."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "HB-1024",
                    "name_nl": "Rolstoel standaard",
                    "name_fr": "Fauteuil roulant standard",
                    "name_en": "Standard wheelchair",
                    "category": "GRZ",
                    "supply": "rental",
                    "needs_ad_contract": False,
                }
            ]
        },
    )

    code: DeviceCode
    name_nl: DeviceName
    name_fr: DeviceName
    name_en: DeviceName
    category: DeviceCategory
    supply: DeviceSupply
    needs_ad_contract: bool = False
    active: bool = True


class DeviceUpdate(BaseModel):
    """Change a device; only the fields given change (`active: false` withdraws it)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"active": False}, {"name_fr": "Fauteuil roulant"}]},
    )

    code: DeviceCode | None = None
    name_nl: DeviceName | None = None
    name_fr: DeviceName | None = None
    name_en: DeviceName | None = None
    category: DeviceCategory | None = None
    supply: DeviceSupply | None = None
    needs_ad_contract: bool | None = None
    active: bool | None = None


class OptionAdminRead(BaseModel):
    id: uuid.UUID
    name_nl: str
    name_fr: str
    name_en: str
    needs_ad_contract: bool
    active: bool
    position: int


class DeviceAdminRead(BaseModel):
    """A device as staff manage it: every language, active or not, with every option."""

    id: uuid.UUID
    code: str
    name_nl: str
    name_fr: str
    name_en: str
    category: DeviceCategory
    supply: DeviceSupply
    needs_ad_contract: bool
    active: bool
    options: list[OptionAdminRead]
    created_at: datetime
    modified_at: datetime
