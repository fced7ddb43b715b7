"""The assistive-device catalogue: the portal's list of orderable devices."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from kring.catalogue import service
from kring.catalogue.auth import SignedIn
from kring.catalogue.schemas import DeviceRead
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.i18n import current_language
from kring.models.catalogue import DeviceCategory, DeviceSupply

router = APIRouter(prefix="/assistive-devices", tags=["catalogue"])


@router.get(
    "",
    operation_id="catalogue:list",
    summary="The devices one can order",
    responses=problem_responses(401, 422),
)
async def list_devices(
    db: DbSession,
    principal: SignedIn,
    supply: Annotated[DeviceSupply | None, Query(description="Rental or sale.")] = None,
    category: Annotated[DeviceCategory | None, Query()] = None,
) -> list[DeviceRead]:
    """Active devices with their active options, in my language, by category and name; those
    needing the AD contract are listed too (marked), so the portal can explain."""
    return await service.orderable(db, current_language(), supply=supply, category=category)
