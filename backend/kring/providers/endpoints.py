"""The signed-in provider's sign-up wizard (`/provider/profile`), and the categories."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import TypeAdapter

from kring.config import SettingsDep
from kring.kit.db import DbSession
from kring.kit.errors import problem_responses
from kring.kit.public_lists import NOT_MODIFIED, PublicListsDep
from kring.providers import service
from kring.providers.auth import ProviderReader, ProviderStarter
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
async def get_profile(db: DbSession, provider: ProviderReader) -> ProviderProfileRead:
    """Not found until the first step is saved."""
    return await service.read(db, provider)


@router.put(
    "/personal",
    operation_id="provider:save_personal",
    summary="Wizard step 1: personal",
    responses=_STEP_PROBLEMS,
)
async def save_personal(
    body: PersonalStep, db: DbSession, provider: ProviderStarter
) -> ProviderProfileRead:
    """Kinds of services, first name, how you heard of Kring; starts the profile."""
    await service.save_personal(db, provider, body)
    return await service.read(db, provider)


@router.put(
    "/company",
    operation_id="provider:save_company",
    summary="Wizard step 2: company",
    responses=_STEP_PROBLEMS,
)
async def save_company(
    body: CompanyStep, db: DbSession, settings: SettingsDep, provider: ProviderStarter
) -> ProviderProfileRead:
    """KvK number and company name (when registered) and the address, placed on the map."""
    await service.save_company(db, provider, settings, body)
    return await service.read(db, provider)


@router.put(
    "/introduction",
    operation_id="provider:save_introduction",
    summary="Wizard step 3: profile texts",
    responses=_STEP_PROBLEMS,
)
async def save_introduction(
    body: ProfileStep, db: DbSession, provider: ProviderStarter
) -> ProviderProfileRead:
    """The introduction (at most 200 characters) and the long profile text."""
    await service.save_profile(db, provider, body)
    return await service.read(db, provider)


@router.put(
    "/availability",
    operation_id="provider:save_availability",
    summary="Wizard step 4: work area and day parts",
    responses=_STEP_PROBLEMS,
)
async def save_availability(
    body: AvailabilityStep, db: DbSession, provider: ProviderStarter
) -> ProviderProfileRead:
    """Places, a radius of 1-150 km around the address, or the whole country; and the week."""
    await service.save_availability(db, provider, body)
    return await service.read(db, provider)


@router.put(
    "/services",
    operation_id="provider:save_services",
    summary="Wizard step 5: services and prices",
    responses=_STEP_PROBLEMS,
)
async def save_services(
    body: ServicesStep, db: DbSession, provider: ProviderStarter
) -> ProviderProfileRead:
    """Categories, priced services (member prices computed) and a general price note."""
    await service.save_services(db, provider, body)
    return await service.read(db, provider)


_CATEGORIES = TypeAdapter(list[CategoryRead])


@categories_router.get(
    "",
    operation_id="providers:list_categories",
    summary="The categories of services",
    response_model=list[CategoryRead],
    responses={**problem_responses(), **NOT_MODIFIED},
)
async def list_categories(request: Request, db: DbSession, lists: PublicListsDep) -> Response:
    """In the reader's language; "Other" last. With an ETag: send it back, get a 304."""
    return await lists.answer(
        request, "categories", lambda: service.list_categories(db), _CATEGORIES, db=db
    )
