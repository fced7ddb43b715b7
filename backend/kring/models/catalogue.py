"""The assistive-device catalogue: what care professionals may order from a supplier's branch,
with its options (e.g. a seat with an AD cushion)."""

from __future__ import annotations

import uuid
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base, RecordMixin


class DeviceCategory(StrEnum):
    GRZ = "GRZ"  # mobility and seating ("gebruiksgerichte zorg")
    ELV = "ELV"  # lifting and care beds ("eerstelijnsverblijf")
    AD = "AD"  # anti-decubitus: cushions and mattresses (needs the AD contract)


class DeviceSupply(StrEnum):
    rental = "rental"
    sale = "sale"


DEVICE_CODE_SQL = "^[A-Z]{1,5}-[0-9A-Z]{1,10}$"
DEVICE_CODE_PATTERN = r"^[A-Z]{1,5}-[0-9A-Z]{1,10}$"


def _name_checks() -> tuple[CheckConstraint, ...]:
    return tuple(
        CheckConstraint(
            f"char_length(btrim(name_{language})) BETWEEN 1 AND 200", name=f"name_{language}_length"
        )
        for language in ("nl", "fr", "en")
    )


class AssistiveDevice(RecordMixin, Base):
    """A device in the catalogue: its names in nl/fr/en, its category and how it is supplied."""

    __tablename__ = "assistive_device"
    __table_args__ = (
        UniqueConstraint("code", name="uq_assistive_device_code"),
        CheckConstraint(f"code ~ '{DEVICE_CODE_SQL}'", name="code_format"),
        *_name_checks(),
        CheckConstraint("category IN ('GRZ', 'ELV', 'AD')", name="category_known"),
        CheckConstraint("supply IN ('rental', 'sale')", name="supply_known"),
        # Every AD device needs the contract; a device of another category may too.
        CheckConstraint("category <> 'AD' OR needs_ad_contract", name="ad_needs_contract"),
        # The portal's list: active devices by category and name.
        Index("ix_assistive_device_active", "category", "name_nl", postgresql_where=text("active")),
    )

    code: Mapped[str] = mapped_column(String(20), nullable=False)
    name_nl: Mapped[str] = mapped_column(String(200), nullable=False)
    name_fr: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False)
    category: Mapped[str] = mapped_column(String(3), nullable=False)
    supply: Mapped[str] = mapped_column(String(10), nullable=False)
    needs_ad_contract: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")


class AssistiveDeviceOption(RecordMixin, Base):
    """A variant a device can be ordered with ("plankzitting met AD-kussen")."""

    __tablename__ = "assistive_device_option"
    __table_args__ = (
        # An order names its device and option together: the pair must exist (see the order).
        UniqueConstraint("id", "device_id", name="uq_assistive_device_option_id_device"),
        UniqueConstraint("device_id", "name_nl", name="uq_assistive_device_option_name"),
        *_name_checks(),
        CheckConstraint("position BETWEEN 0 AND 999", name="position_range"),
    )

    device_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("assistive_device.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name_nl: Mapped[str] = mapped_column(String(200), nullable=False)
    name_fr: Mapped[str] = mapped_column(String(200), nullable=False)
    name_en: Mapped[str] = mapped_column(String(200), nullable=False)
    needs_ad_contract: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
