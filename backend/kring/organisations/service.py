"""Organisations: how members see them, and how staff create and change them."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.actor import Actor
from kring.kit import validators
from kring.kit.db import contains_pattern
from kring.kit.errors import FieldError, InvalidInput
from kring.kit.i18n import N_, _
from kring.models.organisation import Organisation, OrganisationKind
from kring.organisations.schemas import (
    Address,
    OrganisationCreate,
    OrganisationRead,
    OrganisationUpdate,
    SupplierContactCard,
)

_ADDRESSES = {"visiting_address": "visit", "postal_address": "postal"}


def _address(organisation: Organisation, prefix: str) -> Address | None:
    street = getattr(organisation, f"{prefix}_street")
    if street is None:
        return None
    return Address(
        street=street,
        house_number=getattr(organisation, f"{prefix}_house_number"),
        postcode=getattr(organisation, f"{prefix}_postcode"),
        city=getattr(organisation, f"{prefix}_city"),
    )


async def to_read(db: AsyncSession, organisation: Organisation) -> OrganisationRead:
    card = None
    if organisation.supplier_branch_id is not None:
        branch = await db.get(Organisation, organisation.supplier_branch_id)
        if branch is not None:
            card = SupplierContactCard(
                name=branch.name,
                phone=branch.phone,
                email=branch.email,
                opening_hours=branch.opening_hours,
            )
    return OrganisationRead(
        id=organisation.id,
        kind=OrganisationKind(organisation.kind),
        name=organisation.name,
        country=organisation.country,  # checked by the database
        registration_number=organisation.registration_number,
        visiting_address=_address(organisation, "visit"),
        postal_address=_address(organisation, "postal"),
        phone=organisation.phone,
        email=organisation.email,
        ad_contract=organisation.ad_contract,
        contact_card=card,
    )


async def _apply(
    db: AsyncSession, organisation: Organisation, changes: dict[str, Any], country: str
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
            branch = await db.get(Organisation, value)
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
    if errors:
        raise InvalidInput(errors=errors)


async def create(
    db: AsyncSession, request: Request, actor: Actor, body: OrganisationCreate
) -> Organisation:
    organisation = Organisation(kind=body.kind, name=body.name, country=body.country)
    await _apply(
        db, organisation, body.model_dump(exclude={"kind", "name", "country"}), body.country
    )
    db.add(organisation)
    await db.flush()
    await audit.record_for_request(
        db,
        "organisation.created",
        request=request,
        actor_user_id=actor.user_id,
        organisation_id=organisation.id,
        subject_type="organisation",
        subject_id=organisation.id,
    )
    return organisation


async def update(
    db: AsyncSession,
    request: Request,
    actor: Actor,
    organisation: Organisation,
    body: OrganisationUpdate,
) -> Organisation:
    changes = body.model_dump(exclude_unset=True)
    for required in ("kind", "name", "country", "ad_contract"):
        if required in changes and changes[required] is None:
            raise InvalidInput.on(required, N_("This field is required."))
    country = changes.get("country") or organisation.country
    if "country" in changes and "registration_number" not in changes:
        changes["registration_number"] = organisation.registration_number
    await _apply(db, organisation, changes, country)
    await db.flush()
    await audit.record_for_request(
        db,
        "organisation.changed",
        request=request,
        actor_user_id=actor.user_id,
        organisation_id=organisation.id,
        subject_type="organisation",
        subject_id=organisation.id,
        details={"fields": sorted(changes)},
    )
    return organisation


async def search(db: AsyncSession, q: str | None, limit: int, offset: int) -> list[Organisation]:
    statement = select(Organisation).order_by(func.lower(Organisation.name), Organisation.id)
    if q:
        pattern = contains_pattern(q)
        statement = statement.where(
            Organisation.name.ilike(pattern) | (Organisation.registration_number == q.strip())
        )
    return list(await db.scalars(statement.limit(limit).offset(offset)))
