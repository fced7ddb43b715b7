"""Reading projects: an organisation member's (their organisation's, or only the projects they
belong to), staff's (every project). Every read starts from one of the `readable` statements."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import (
    Date,
    Exists,
    Select,
    String,
    cast,
    exists,
    false,
    func,
    literal_column,
    select,
)

from kring.auth.principal import Principal
from kring.kit.pagination import Keyset, SortKey
from kring.kit.repository import Repository
from kring.models.organisation import Membership, Organisation
from kring.models.project import Project, ProjectMember, Shift
from kring.models.user import User
from kring.projects.auth import OrganisationPrincipal, sees_every_project


def is_member_of(acting: OrganisationPrincipal) -> Exists:
    """The project has the acting person's membership among its members."""
    return exists().where(
        ProjectMember.project_id == Project.id,
        ProjectMember.membership_id == acting.membership_id,
    )


class ProjectRepository(Repository[Project, OrganisationPrincipal]):
    model = Project

    def readable(self, acting: OrganisationPrincipal) -> Select[Project]:
        statement = select(Project).where(Project.organisation_id == acting.organisation_id)
        if not sees_every_project(acting):
            statement = statement.where(is_member_of(acting))
        return statement


class StaffProjectRepository(Repository[Project, Principal]):
    """Staff with `view_projects` read every project (the route's dependency checked the role)."""

    model = Project

    def readable(self, principal: Principal) -> Select[Project]:
        return select(Project)


# Beyond every end date the database allows: projects without an end sort as the latest. A
# constant in the SQL (not a bound value), so the order is the expression of the project indexes
# `ix_project_current_first*` and a page reads its rows in order instead of sorting them all.
_NO_END = literal_column("DATE '2100-01-01'", Date)
# Current projects first (no end, or the latest end: an ended project's end is before any
# current one's), then by name: no "today" in the order, so a cursor stays valid all day.
ENDS_KEY = func.coalesce(Project.ends_on, _NO_END).label("ends_key")
NAME_KEY = func.lower(Project.name).label("name_key")
CURRENT_FIRST = Keyset(
    "projects",
    (
        SortKey(ENDS_KEY, True, date),
        SortKey(NAME_KEY, False, str),
        SortKey(Project.__table__.c.id),
    ),
)

_MEMBER_COUNT = (
    select(func.count())
    .select_from(ProjectMember)
    .where(ProjectMember.project_id == Project.id)
    .correlate(Project)
    .scalar_subquery()
    .label("member_count")
)


def summary_columns(acting: OrganisationPrincipal | None) -> tuple[Any, ...]:
    """What a list shows of a project (with the keyset's columns); `acting` for "I am a member"
    (staff have no membership)."""
    mine = (
        is_member_of(acting).label("i_am_member")
        if acting is not None and acting.membership_id is not None
        else false().label("i_am_member")
    )
    return (
        Project.id,
        Project.name,
        Project.kind,
        Project.city,
        Project.starts_on,
        Project.ends_on,
        Project.organisation_id,
        Project.leader_id,
        User.display_name_sql().label("leader_name"),
        _MEMBER_COUNT,
        mine,
        ENDS_KEY,
        NAME_KEY,
    )


def with_summary(statement: Select[Any], acting: OrganisationPrincipal | None) -> Select[Any]:
    """`statement` (from `readable`) with the list's columns and the leader joined."""
    return statement.join(User, User.id == Project.leader_id).with_only_columns(
        *summary_columns(acting)
    )


def with_organisation_name(statement: Select[Any]) -> Select[Any]:
    return statement.join(Organisation, Organisation.id == Project.organisation_id).add_columns(
        Organisation.name.label("organisation_name")
    )


async def leader(session: Any, leader_id: uuid.UUID) -> Any:
    """The leader's card (name, e-mail, phone for questions) as a Core row."""
    found = (
        await session.execute(
            select(
                User.id,
                User.display_name_sql().label("name"),
                User.email,
                User.phone_for_questions.label("phone"),
            ).where(User.id == leader_id)
        )
    ).first()
    assert found is not None  # a project's leader is a foreign key
    return found


async def members(session: Any, project_id: uuid.UUID) -> list[Any]:
    """The project's members by name (Core rows)."""
    found = await session.execute(
        select(
            Membership.id.label("membership_id"),
            User.display_name_sql().label("name"),
            Membership.function_code,
            Membership.function_on_business_card,
            Membership.email_services,
            Membership.contact_for_all_projects,
        )
        .select_from(ProjectMember)
        .join(Membership, Membership.id == ProjectMember.membership_id)
        .join(User, User.id == Membership.user_id)
        .where(ProjectMember.project_id == project_id, User.status != "deleted")
        .order_by(func.lower(func.coalesce(User.last_name, "")), func.lower(User.first_name))
    )
    return list(found)


# The time of day as text sorts as the time does ("07:00:00" < "22:00:00"), and a cursor
# carries text; the day and the id do the rest.
STARTS_KEY = cast(Shift.starts_at, String).label("starts_key")
SOONEST = Keyset(
    "shifts_upcoming",
    (
        SortKey(Shift.__table__.c.works_on, False, date),
        SortKey(STARTS_KEY, False, str),
        SortKey(Shift.__table__.c.id),
    ),
)
LATEST = Keyset(
    "shifts_past",
    (
        SortKey(Shift.__table__.c.works_on, True, date),
        SortKey(STARTS_KEY, True, str),
        SortKey(Shift.__table__.c.id, True),
    ),
)
SHIFT_COLUMNS: tuple[Any, ...] = (
    Shift.id,
    Shift.works_on,
    Shift.starts_at,
    Shift.ends_at,
    Shift.break_minutes,
    Shift.function,
    Shift.worker_name,
    Shift.status,
    Shift.hourly_rate_cents,
    Shift.note,
    Shift.invoice_id,
    Shift.confirmed_at,
    STARTS_KEY,
)


def shifts_of(
    projects: Select[Any], project_id: uuid.UUID, upcoming: bool, today: date
) -> tuple[Select[Any], Keyset]:
    """A project's shifts from today on (soonest first) or before today (latest first), from
    `projects` (a repository's `readable`): a project out of reach has none."""
    statement = (
        projects.where(Project.id == project_id)
        .join(Shift, Shift.project_id == Project.id)
        .with_only_columns(*SHIFT_COLUMNS)
    )
    if upcoming:
        return statement.where(Shift.works_on >= today), SOONEST
    return statement.where(Shift.works_on < today), LATEST
