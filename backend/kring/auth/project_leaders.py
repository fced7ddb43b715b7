"""Who may lead a project (its "internal project leader"): an active staff member with the care
manager role. Named here because only auth/ names staff roles."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_

from kring.models.user import StaffRole, User, UserStatus

PROJECT_LEADER_ROLES = frozenset({StaffRole.care_manager})


def may_lead_projects(user: User) -> bool:
    """Whether the person may be made a project's leader."""
    return (
        user.status == UserStatus.active
        and user.staff_role is not None
        and StaffRole(user.staff_role) in PROJECT_LEADER_ROLES
    )


def project_leaders() -> ColumnElement[bool]:
    """`may_lead_projects` as a condition on `User`, for the leader picker."""
    return and_(
        User.staff_role.in_([role.value for role in PROJECT_LEADER_ROLES]),
        User.status == UserStatus.active,
    )
