"""Organisations: how members see them, and how staff create and change them."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Row
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.kit import validators
from kring.kit.errors import FieldError, InvalidInput
from kring.kit.i18n import N_, _
from kring.kit.pagination import Page, PageRequest
from kring.models.organisation import Organisation, OrganisationKind
from kring.organisations.function_codes import FUNCTION_CODES
from kring.organisations.repository import OrganisationRepository
from kring.organisations.schemas import (
    Address,
    OrganisationCreate,
    OrganisationRead,
    OrganisationUpdate,
    SupplierContactCard,
)

# What other domains may use of organisations.
__all__ = ["FUNCTION_CODES"]

_ADDRESSES = {"visiting_address": "visit", "postal_address": "postal"}


def _address(row: Row[Any], prefix: str) -> Address | None:
    street = getattr(row, f"{prefix}_street")
    if street is None:
        return None
    return Address(
        street=street,
        house_number=getattr(row, f"{prefix}_house_number"),
        postcode=getattr(row, f"{prefix}_postcode"),
        city=getattr(row, f"{prefix}_city"),
    )


def _read(row: Row[Any]) -> OrganisationRead:
    card = None
    if row.branch_name is not None:
        card = SupplierContactCard(
            name=row.branch_name,
            phone=row.branch_phone,
            email=row.branch_email,
            opening_hours=row.branch_opening_hours,
            training_url=row.branch_training_url,
        )
    return OrganisationRead(
        id=row.id,
        kind=OrganisationKind(row.kind),
        name=row.name,
        country=row.country,  # checked by the database
        registration_number=row.registration_number,
        visiting_address=_address(row, "visit"),
        postal_address=_address(row, "postal"),
        phone=row.phone,
        email=row.email,
        ad_contract=row.ad_contract,
        contact_card=card,
        training_url=row.training_url,
    )


async def read(
    db: AsyncSession, principal: Principal, organisation_id: uuid.UUID
) -> OrganisationRead:
    """An organisation within the principal's reach (else 404), with its branch's contact card."""
    return _read(await OrganisationRepository(db).row(principal, organisation_id))


async def search(
    db: AsyncSession, principal: Principal, q: str | None, page: PageRequest
) -> Page[OrganisationRead]:
    return await OrganisationRepository(db).search(principal, q, page, _read)


async def _apply(
    repository: OrganisationRepository,
    principal: Principal,
    organisation: Organisation,
    changes: dict[str, Any],
    country: str,
) -> None:
    """Copy checked values onto the organisation; every broken field is named at once."""
    errors: list[FieldError] = []
    for field, value in changes.items():
        if field in _ADDRESSES:
            prefix = _ADDRESSES[field]
            if value is not None:
                try:
                    value["postcode"] = validators.postcode(value["postcode"], country)  # type: ignore[arg-type]
                except ValueError as error:
                    errors.append(
                        FieldError(location="body", field=f"{field}.postcode", message=str(error))
                    )
            for part in ("street", "house_number", "postcode", "city"):
                setattr(organisation, f"{prefix}_{part}", value[part] if value else None)
        elif field == "registration_number" and value:
            try:
                organisation.registration_number = validators.registration_number(value, country)  # type: ignore[arg-type]
            except ValueError as error:
                errors.append(FieldError(location="body", field=field, message=str(error)))
        elif field == "supplier_branch_id" and value is not None:
            branch = await repository.find(principal, value)
            if (
                branch is None
                or branch.kind != OrganisationKind.supplier_branch
                or branch.id == organisation.id
            ):
                errors.append(
                    FieldError(
                        location="body",
                        field=field,
                        message=_(N_("Choose a supplier branch.")),
                    )
                )
            organisation.supplier_branch_id = value
        else:
            setattr(organisation, field, value)
    is_branch = organisation.kind == OrganisationKind.supplier_branch
    if organisation.training_url is not None and not is_branch:
        errors.append(
            FieldError(
                location="body",
                field="training_url",
                message=_(N_("Only a supplier branch has a training offer address.")),
            )
        )
    if errors:
        raise InvalidInput(errors=errors)


async def create(
    db: AsyncSession, principal: Principal, body: OrganisationCreate
) -> OrganisationRead:
    organisation = Organisation(kind=body.kind, name=body.name, country=body.country)
    repository = OrganisationRepository(db)
    await _apply(
        repository,
        principal,
        organisation,
        body.model_dump(exclude={"kind", "name", "country"}),
        body.country,
    )
    db.add(organisation)
    await db.flush()
    await audit.record(
        db,
        principal,
        "organisation.created",
        organisation_id=organisation.id,
        subject_type="organisation",
        subject_id=organisation.id,
    )
    return await read(db, principal, organisation.id)


async def update(
    db: AsyncSession, principal: Principal, organisation_id: uuid.UUID, body: OrganisationUpdate
) -> OrganisationRead:
    repository = OrganisationRepository(db)
    organisation = await repository.get(principal, organisation_id, for_update=True)
    changes = body.model_dump(exclude_unset=True)
    for required in ("kind", "name", "country", "ad_contract"):
        if required in changes and changes[required] is None:
            raise InvalidInput.on(required, N_("This field is required."))
    country = changes.get("country") or organisation.country
    if "country" in changes and "registration_number" not in changes:
        changes["registration_number"] = organisation.registration_number
    await _apply(repository, principal, organisation, changes, country)
    await db.flush()
    await audit.record(
        db,
        principal,
        "organisation.changed",
        organisation_id=organisation.id,
        subject_type="organisation",
        subject_id=organisation.id,
        details={"fields": sorted(changes)},
    )
    return await read(db, principal, organisation.id)
