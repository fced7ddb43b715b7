"""Staff link the municipalities and social services that serve a neighbourhood: their members
then reach it from the service dashboard (callouts, volunteers, impact figures). Audited."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.organisations import OrganisationPrincipal
from kring.auth.principal import Principal
from kring.kit.errors import InvalidInput, NotFound
from kring.kit.i18n import N_
from kring.models.neighbourhood import Neighbourhood, NeighbourhoodServiceOrganisation, Resident
from kring.models.organisation import SERVICE_KINDS, Organisation
from kring.neighbourhoods.auth import served_neighbourhoods
from kring.neighbourhoods.schemas import ServedNeighbourhood, ServiceOrganisationRead

SUBJECT = "neighbourhood"
NOT_A_SERVICE = N_("Only a municipality or a social service can serve a neighbourhood.")


async def served_by(db: AsyncSession, acting: OrganisationPrincipal) -> list[ServedNeighbourhood]:
    """The organisation's neighbourhoods by name, with residents and volunteers counted in one
    pass over the residents (archived neighbourhoods stay: their history is still theirs)."""
    counts = (
        select(
            Resident.neighbourhood_id,
            func.count().label("residents"),
            func.count().filter(Resident.volunteers_for_organisations).label("volunteers"),
        )
        .where(Resident.neighbourhood_id.in_(served_neighbourhoods(acting.organisation_id)))
        .group_by(Resident.neighbourhood_id)
        .subquery()
    )
    rows = await db.execute(
        select(
            Neighbourhood.id,
            Neighbourhood.name,
            Neighbourhood.country,
            func.coalesce(counts.c.residents, 0),
            func.coalesce(counts.c.volunteers, 0),
        )
        .outerjoin(counts, counts.c.neighbourhood_id == Neighbourhood.id)
        .where(Neighbourhood.id.in_(served_neighbourhoods(acting.organisation_id)))
        .order_by(Neighbourhood.name, Neighbourhood.id)
    )
    return [
        ServedNeighbourhood(
            id=id_,
            name=name,
            country=country,
            resident_count=residents,
            volunteer_count=volunteers,
            volunteer_share=volunteers / residents if residents else None,
        )
        for id_, name, country, residents, volunteers in rows
    ]


async def service_organisations(
    db: AsyncSession, neighbourhood_id: uuid.UUID
) -> Sequence[ServiceOrganisationRead]:
    rows = await db.execute(
        select(Organisation.id, Organisation.name, Organisation.kind)
        .join(
            NeighbourhoodServiceOrganisation,
            NeighbourhoodServiceOrganisation.organisation_id == Organisation.id,
        )
        .where(NeighbourhoodServiceOrganisation.neighbourhood_id == neighbourhood_id)
        .order_by(Organisation.name, Organisation.id)
    )
    return [ServiceOrganisationRead(organisation_id=i, name=n, kind=k) for i, n, k in rows]


async def add_service_organisation(
    db: AsyncSession,
    principal: Principal,
    neighbourhood_id: uuid.UUID,
    organisation_id: uuid.UUID,
) -> None:
    """Only a municipality or a social service (422 naming `organisation_id`); twice is once."""
    if await db.get(Neighbourhood, neighbourhood_id) is None:
        raise NotFound()
    kind = await db.scalar(select(Organisation.kind).where(Organisation.id == organisation_id))
    if kind is None:
        raise NotFound()
    if kind not in SERVICE_KINDS:
        raise InvalidInput.on("organisation_id", NOT_A_SERVICE, "path")
    added = await db.execute(
        insert(NeighbourhoodServiceOrganisation)
        .values(
            neighbourhood_id=neighbourhood_id,
            organisation_id=organisation_id,
            organisation_kind=kind,
            assigned_by_user_id=principal.user_id,
        )
        .on_conflict_do_nothing()
        .returning(NeighbourhoodServiceOrganisation.organisation_id)
    )
    if added.first() is not None:
        await audit.record(
            db,
            principal,
            "neighbourhood.service_organisation_added",
            subject_type=SUBJECT,
            subject_id=neighbourhood_id,
            organisation_id=organisation_id,
        )


async def remove_service_organisation(
    db: AsyncSession,
    principal: Principal,
    neighbourhood_id: uuid.UUID,
    organisation_id: uuid.UUID,
) -> None:
    """404 when the organisation does not serve the neighbourhood."""
    gone = await db.execute(
        delete(NeighbourhoodServiceOrganisation)
        .where(
            NeighbourhoodServiceOrganisation.neighbourhood_id == neighbourhood_id,
            NeighbourhoodServiceOrganisation.organisation_id == organisation_id,
        )
        .returning(NeighbourhoodServiceOrganisation.organisation_id)
    )
    if gone.first() is None:
        raise NotFound()
    await audit.record(
        db,
        principal,
        "neighbourhood.service_organisation_removed",
        subject_type=SUBJECT,
        subject_id=neighbourhood_id,
        details={"organisation_id": str(organisation_id)},
    )
