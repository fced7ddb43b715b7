"""Who is in a neighbourhood: its residents (one neighbourhood per person) and the neighbourhood
workers who serve it. Anyone else finds nothing of it (404). A suspended resident still reads,
but writes nothing (403). Staff reach neighbourhoods through their staff tasks only.

Every neighbourhood domain (posts, messages) starts its reads from `reachable_neighbourhoods`
and takes its principals from the dependencies here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from sqlalchemy import CompoundSelect, Select, bindparam, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.auth.dependencies import SignedIn, staff_for
from kring.auth.organisations import OrganisationPrincipal, acting_for
from kring.auth.principal import Principal
from kring.auth.staff_roles import StaffTask
from kring.kit.db import DbSession
from kring.kit.errors import Forbidden, NotFound
from kring.kit.i18n import _
from kring.kit.rows import Prepared
from kring.models.neighbourhood import (
    NeighbourhoodServiceOrganisation,
    NeighbourhoodWorker,
    Resident,
)
from kring.models.organisation import SERVICE_KINDS, Organisation

__all__ = [
    "DashboardMember",
    "Neighbour",
    "NeighbourReader",
    "NeighbourWriter",
    "NeighbourhoodManager",
    "NeighbourhoodModerator",
    "WorkerInNeighbourhood",
    "neighbour_in",
    "reachable_neighbourhoods",
    "served_neighbourhoods",
]

NeighbourhoodManager = Annotated[Principal, staff_for(StaffTask.manage_neighbourhoods)]
NeighbourhoodModerator = Annotated[Principal, staff_for(StaffTask.moderate_neighbourhoods)]


@dataclass(frozen=True)
class Neighbour:
    """A signed-in person inside one neighbourhood: as its resident, as a worker serving it,
    or both."""

    principal: Principal
    neighbourhood_id: uuid.UUID
    resident_id: uuid.UUID | None
    is_worker: bool
    suspended: bool

    @property
    def user_id(self) -> uuid.UUID:
        return self.principal.user_id


def reachable_neighbourhoods(user_id: uuid.UUID) -> CompoundSelect[uuid.UUID]:
    """The neighbourhoods a person sees: where they live and those they serve as a worker."""
    return (
        select(Resident.neighbourhood_id)
        .where(Resident.user_id == user_id)
        .union(
            select(NeighbourhoodWorker.neighbourhood_id).where(
                NeighbourhoodWorker.user_id == user_id
            )
        )
    )


# One round trip per request: the person's residence here, and whether they serve it.
_HERE = (Resident.user_id == bindparam("user_id")) & (
    Resident.neighbourhood_id == bindparam("neighbourhood_id")
)
_STANDING = Prepared(
    select(
        select(Resident.id).where(_HERE).scalar_subquery().label("resident_id"),
        select(Resident.suspended_at.is_not(None))
        .where(_HERE)
        .scalar_subquery()
        .label("suspended"),
        exists()
        .where(
            NeighbourhoodWorker.user_id == bindparam("user_id"),
            NeighbourhoodWorker.neighbourhood_id == bindparam("neighbourhood_id"),
        )
        .label("is_worker"),
    )
)


async def neighbour_in(
    db: AsyncSession, principal: Principal, neighbourhood_id: uuid.UUID
) -> Neighbour:
    """The principal inside `neighbourhood_id`; 404 for anyone who neither lives there nor
    serves it."""
    (standing,) = await _STANDING.rows(
        db, user_id=principal.user_id, neighbourhood_id=neighbourhood_id
    )
    if standing.resident_id is None and not standing.is_worker:
        raise NotFound()
    return Neighbour(
        principal=principal,
        neighbourhood_id=neighbourhood_id,
        resident_id=standing.resident_id,
        is_worker=bool(standing.is_worker),
        suspended=bool(standing.suspended),
    )


def may_write(neighbour: Neighbour) -> Neighbour:
    """A suspended resident reads but writes nothing; a worker serving the neighbourhood does."""
    if neighbour.suspended and not neighbour.is_worker:
        raise Forbidden(
            _("Your account is suspended in this neighbourhood: you can read, not write.")
        )
    return neighbour


async def neighbour_reader(
    db: DbSession, principal: SignedIn, neighbourhood_id: uuid.UUID
) -> Neighbour:
    return await neighbour_in(db, principal, neighbourhood_id)


async def neighbour_writer(
    db: DbSession, principal: SignedIn, neighbourhood_id: uuid.UUID
) -> Neighbour:
    return may_write(await neighbour_in(db, principal, neighbourhood_id))


async def worker_in_neighbourhood(
    db: DbSession, principal: SignedIn, neighbourhood_id: uuid.UUID
) -> Neighbour:
    """A worker serving the neighbourhood; its residents may see it but not do this (403)."""
    neighbour = await neighbour_in(db, principal, neighbourhood_id)
    if not neighbour.is_worker:
        raise Forbidden(_("Only the neighbourhood's worker can do this."))
    return neighbour


# The path's `neighbourhood_id`, seen by a resident or worker of it.
NeighbourReader = Annotated[Neighbour, Depends(neighbour_reader)]
NeighbourWriter = Annotated[Neighbour, Depends(neighbour_writer)]
WorkerInNeighbourhood = Annotated[Neighbour, Depends(worker_in_neighbourhood)]


# --- the service dashboard: municipalities and social services ----------------------------------


def served_neighbourhoods(organisation_id: uuid.UUID) -> Select[uuid.UUID]:
    """The neighbourhoods an organisation serves: where its members post callouts, see
    volunteers and impact figures. Every dashboard read starts here."""
    return select(NeighbourhoodServiceOrganisation.neighbourhood_id).where(
        NeighbourhoodServiceOrganisation.organisation_id == organisation_id
    )


_SERVICE_KIND = select(Organisation.kind).where(Organisation.id == bindparam("organisation_id"))


async def dashboard_member(
    organisation_id: uuid.UUID, db: DbSession, principal: SignedIn
) -> OrganisationPrincipal:
    """A member (or staff who keep neighbourhoods) acting for a municipality or social service;
    any other organisation has no dashboard (404), as has someone who is not its member."""
    acting = await acting_for(
        db, principal, organisation_id, staff_task=StaffTask.manage_neighbourhoods
    )
    kind = await db.scalar(_SERVICE_KIND, {"organisation_id": organisation_id})
    if kind not in SERVICE_KINDS:
        raise NotFound()
    return acting


# The path's `organisation_id`, a municipality or social service the principal acts for.
DashboardMember = Annotated[OrganisationPrincipal, Depends(dashboard_member)]
