"""Staff keep projects: create one (it picks up the contact persons flagged for all projects),
change its details, leader or dates, and add or remove a single member. Every change is
audited."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kring.audit import service as audit
from kring.auth.principal import Principal
from kring.auth.project_leaders import may_lead_projects
from kring.kit.address import DutchAddress
from kring.kit.errors import InvalidInput, NotFound
from kring.kit.i18n import N_
from kring.models.organisation import Membership, Organisation, OrganisationKind
from kring.models.project import Project, ProjectMember, Shift, ShiftStatus
from kring.models.user import User
from kring.projects.repository import StaffProjectRepository
from kring.projects.schemas import ProjectCreate, ProjectUpdate
from kring.projects.service import add_flagged_members, is_current, lock_projects_of

# Projects are care arrangements of the supplier's clients, never of a branch of its own.
CLIENT_KINDS = frozenset({OrganisationKind.care_organisation, OrganisationKind.umbrella})
_REQUIRED = ("name", "kind", "starts_on", "leader_id")


async def _check_leader(db: AsyncSession, leader_id: uuid.UUID) -> None:
    leader = await db.get(User, leader_id)
    if leader is None or not may_lead_projects(leader):
        raise InvalidInput.on(
            "leader_id", N_("Choose an active staff member with the care manager role.")
        )


def _check_dates(starts_on: date, ends_on: date | None) -> None:
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput.on("ends_on", N_("The end date cannot be before the start date."))


def _set_address(project: Project, address: DutchAddress | None) -> None:
    project.street = address.street if address else None
    project.house_number = address.house_number if address else None
    project.house_number_addition = address.house_number_addition if address else None
    project.postcode = address.postcode if address else None
    project.city = address.city if address else None


async def create_project(
    db: AsyncSession, principal: Principal, body: ProjectCreate, on: date
) -> Project:
    organisation = await db.get(Organisation, body.organisation_id)
    if organisation is None or organisation.kind not in CLIENT_KINDS:
        raise InvalidInput.on(
            "organisation_id", N_("Choose a care organisation or an umbrella organisation.")
        )
    await _check_leader(db, body.leader_id)
    _check_dates(body.starts_on, body.ends_on)
    # Taken before the project exists: a flag turned on meanwhile is seen (see the service).
    await lock_projects_of(db, organisation.id)
    project = Project(
        organisation_id=organisation.id,
        name=body.name,
        kind=body.kind,
        description=body.description or None,
        starts_on=body.starts_on,
        ends_on=body.ends_on,
        leader_id=body.leader_id,
    )
    _set_address(project, body.address)
    db.add(project)
    await db.flush()
    added = await add_flagged_members(db, project, on)
    await audit.record(
        db,
        principal,
        "project.created",
        subject_type="project",
        subject_id=project.id,
        organisation_id=organisation.id,
        details={"name": project.name, "leader_id": str(project.leader_id), "members": added},
    )
    return project


async def _shifts_outside(db: AsyncSession, project: Project) -> str | None:
    """The date field a shift (not cancelled) would fall outside of, if any."""
    for field, outside in (
        ("starts_on", Shift.works_on < project.starts_on),
        (
            "ends_on",
            Shift.works_on > project.ends_on if project.ends_on is not None else None,
        ),
    ):
        if outside is None:
            continue
        found = await db.scalar(
            select(
                exists().where(
                    Shift.project_id == project.id,
                    Shift.status != ShiftStatus.cancelled,
                    outside,
                )
            )
        )
        if found:
            return field
    return None


async def update_project(
    db: AsyncSession, principal: Principal, project_id: uuid.UUID, body: ProjectUpdate, on: date
) -> Project:
    projects = StaffProjectRepository(db)
    changes: dict[str, Any] = body.model_dump(exclude_unset=True)
    if "ends_on" in changes:
        # It may run again and pick up flagged members: the organisation's lock first, as a
        # flag change takes it before it adds members to (key-share locks) this project's row.
        found = await projects.get(principal, project_id)
        await lock_projects_of(db, found.organisation_id)
    project = await projects.get(principal, project_id, for_update=True)
    for field in _REQUIRED:
        if field in changes and changes[field] is None:
            raise InvalidInput.on(field, N_("This field is required."))
    if "leader_id" in changes and changes["leader_id"] != project.leader_id:
        await _check_leader(db, changes["leader_id"])
    was_current = is_current(project.ends_on, on)
    for field, value in changes.items():
        if field == "address":
            _set_address(project, body.address)
        elif field == "description":
            project.description = value or None
        else:
            setattr(project, field, value)
    _check_dates(project.starts_on, project.ends_on)
    outside = await _shifts_outside(db, project)
    if outside is not None:
        raise InvalidInput.on(
            outside, N_("Shifts of this project fall outside these dates: move or cancel them.")
        )
    await db.flush()
    added = 0
    if not was_current and is_current(project.ends_on, on):
        # An ended project that runs again is current: the flagged contact persons join it.
        added = await add_flagged_members(db, project, on)
    await audit.record(
        db,
        principal,
        "project.changed",
        subject_type="project",
        subject_id=project.id,
        organisation_id=project.organisation_id,
        details={"fields": sorted(changes), "members": added},
    )
    return project


async def _membership_of(
    db: AsyncSession, project: Project, membership_id: uuid.UUID
) -> Membership:
    """A membership of the project's organisation, else 404."""
    membership = await db.scalar(
        select(Membership).where(
            Membership.id == membership_id,
            Membership.organisation_id == project.organisation_id,
        )
    )
    if membership is None:
        raise NotFound()
    return membership


async def add_member(
    db: AsyncSession, principal: Principal, project_id: uuid.UUID, membership_id: uuid.UUID
) -> Project:
    """Idempotent: a member already in the project stays (and nothing is audited)."""
    project = await StaffProjectRepository(db).get(principal, project_id)
    membership = await _membership_of(db, project, membership_id)
    added = await db.execute(
        insert(ProjectMember)
        .values(
            project_id=project.id,
            membership_id=membership.id,
            organisation_id=project.organisation_id,
        )
        .on_conflict_do_nothing()
        .returning(ProjectMember.membership_id)
    )
    if added.first() is not None:
        await audit.record(
            db,
            principal,
            "project.member_added",
            subject_type="project",
            subject_id=project.id,
            organisation_id=project.organisation_id,
            details={"membership_id": str(membership.id), "user_id": str(membership.user_id)},
        )
    return project


async def remove_member(
    db: AsyncSession, principal: Principal, project_id: uuid.UUID, membership_id: uuid.UUID
) -> None:
    """Idempotent. A member flagged "contact for all projects" keeps the flag (staff decided)."""
    project = await StaffProjectRepository(db).get(principal, project_id)
    membership = await _membership_of(db, project, membership_id)
    removed = await db.execute(
        delete(ProjectMember)
        .where(
            ProjectMember.project_id == project.id,
            ProjectMember.membership_id == membership.id,
        )
        .returning(ProjectMember.membership_id)
    )
    if removed.first() is not None:
        await audit.record(
            db,
            principal,
            "project.member_removed",
            subject_type="project",
            subject_id=project.id,
            organisation_id=project.organisation_id,
            details={"membership_id": str(membership.id), "user_id": str(membership.user_id)},
        )
