"""The signed-in provider's sign-up wizard (`/provider/profile`), and the categories."""

from __future__ import annotations

from fastapi import APIRouter, Request

from kring.auth.actor import CurrentActor
from kring.config import settings_of
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.providers import service
from kring.providers.schemas import (
    AvailabilityStep,
    CategoryRead,
    CompanyStep,
    PersonalStep,
    ProfileStep,
    ProviderProfileRead,
    ServicesStep,
)

router = APIRouter(prefix="/provider/profile", tags=["provider"])
categories_router = APIRouter(prefix="/categories", tags=["providers"])

_STEP_PROBLEMS = problem_responses(401, 403, 409, 422)


@router.get(
    "",
    operation_id="provider:get_profile",
    summary="My provider profile and where the wizard stands",
    responses=problem_responses(401, 403, 404),
)
async def get_profile(db: DbSession, actor: CurrentActor) -> ProviderProfileRead:
    """Not found until the first step is saved."""
    return await service.read(db, actor, await service.own_profile(db, actor))


@router.put(
    "/personal",
    operation_id="provider:save_personal",
    summary="Wizard step 1: personal",
    responses=_STEP_PROBLEMS,
)
async def save_personal(
    body: PersonalStep, db: DbSession, actor: CurrentActor
) -> ProviderProfileRead:
    """Kinds of services, first name, how you heard of Kring; starts the profile."""
    return await service.read(db, actor, await service.save_personal(db, actor, body))


@router.put(
    "/company",
    operation_id="provider:save_company",
    summary="Wizard step 2: company",
    responses=_STEP_PROBLEMS,
)
async def save_company(
    body: CompanyStep, request: Request, db: DbSession, actor: CurrentActor
) -> ProviderProfileRead:
    """KvK number and company name (when registered) and the address, placed on the map."""
    profile = await service.save_company(db, settings_of(request), actor, body)
    return await service.read(db, actor, profile)


@router.put(
    "/introduction",
    operation_id="provider:save_introduction",
    summary="Wizard step 3: profile texts",
    responses=_STEP_PROBLEMS,
)
async def save_introduction(
    body: ProfileStep, db: DbSession, actor: CurrentActor
) -> ProviderProfileRead:
    """The introduction (at most 200 characters) and the long profile text."""
    return await service.read(db, actor, await service.save_profile(db, actor, body))


@router.put(
    "/availability",
    operation_id="provider:save_availability",
    summary="Wizard step 4: work area and day parts",
    responses=_STEP_PROBLEMS,
)
async def save_availability(
    body: AvailabilityStep, db: DbSession, actor: CurrentActor
) -> ProviderProfileRead:
    """Places, a radius of 1-150 km around the address, or the whole country; and the week."""
    return await service.read(db, actor, await service.save_availability(db, actor, body))


@router.put(
    "/services",
    operation_id="provider:save_services",
    summary="Wizard step 5: services and prices",
    responses=_STEP_PROBLEMS,
)
async def save_services(
    body: ServicesStep, db: DbSession, actor: CurrentActor
) -> ProviderProfileRead:
    """Categories, priced services (member prices computed) and a general price note."""
    return await service.read(db, actor, await service.save_services(db, actor, body))


@categories_router.get(
    "",
    operation_id="providers:list_categories",
    summary="The categories of services",
    responses=problem_responses(),
)
async def list_categories(db: DbSession) -> list[CategoryRead]:
    """In the reader's language; "Other" last."""
    return await service.list_categories(db)
