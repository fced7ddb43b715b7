"""Who is behind a request: a visitor (anyone), or a principal (a signed-in person or an API
client), with what the audit trail needs to know about them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from starlette.requests import Request

from kring.auth.staff_roles import StaffTask, may, tasks_of
from kring.models.session import UserSession
from kring.models.user import StaffRole, User


class PrincipalKind(StrEnum):
    anonymous = "anonymous"
    person = "person"
    staff = "staff"
    api_client = "api_client"
    system = "system"


@dataclass(frozen=True)
class Visitor:
    """Anyone: signed in or not, where the request came from."""

    client_address: str | None = None
    user_agent: str | None = None

    @property
    def kind(self) -> PrincipalKind:
        return PrincipalKind.anonymous

    @property
    def person_id(self) -> uuid.UUID | None:
        return None

    @property
    def acting_organisation_id(self) -> uuid.UUID | None:
        return None


SYSTEM = Visitor(client_address=None, user_agent="kring-worker")


@dataclass(frozen=True)
class Membership:
    """An organisation the person may log in for (portal employee), as resolved with them."""

    organisation_id: uuid.UUID
    organisation_name: str
    kind: str
    portal_admin: bool
    membership_id: uuid.UUID


@dataclass(frozen=True)
class Principal:
    """A signed-in person (with their session) or an API client acting through its
    responsible person; resolved once per request by `auth.dependencies`."""

    user: User
    session: UserSession | None
    staff_role: str | None
    active_organisation_id: uuid.UUID | None = None
    is_member: bool = False
    # Set for API clients (OAuth2): then `scopes` is what their token grants.
    scopes: frozenset[str] = field(default_factory=frozenset)
    api_client_id: uuid.UUID | None = None
    client_address: str | None = None
    user_agent: str | None = None
    # The person's organisations by name, when resolved with the session (else None: ask).
    memberships: tuple[Membership, ...] | None = None

    @property
    def kind(self) -> PrincipalKind:
        if self.api_client_id is not None:
            return PrincipalKind.api_client
        if self.staff_role is not None:
            return PrincipalKind.staff
        return PrincipalKind.person

    @property
    def user_id(self) -> uuid.UUID:
        return self.user.id

    @property
    def person_id(self) -> uuid.UUID:
        return self.user.id

    @property
    def acting_organisation_id(self) -> uuid.UUID | None:
        return self.active_organisation_id

    @property
    def staff_roles(self) -> frozenset[StaffRole]:
        """The staff roles this principal acts with; none for API clients."""
        if self.api_client_id is not None or self.staff_role is None:
            return frozenset()
        return frozenset({StaffRole(self.staff_role)})

    @property
    def is_staff(self) -> bool:
        return bool(self.staff_roles)

    @property
    def staff_tasks(self) -> list[StaffTask]:
        """The staff tasks the staff-role table gives this principal (none for non-staff)."""
        return tasks_of(self.staff_roles)

    def may(self, task: StaffTask) -> bool:
        """Whether the staff-role table lets this principal do a staff task."""
        return may(self.staff_roles, task)

    @property
    def needs_second_factor(self) -> bool:
        """Staff and members of organisations must log in with a second factor."""
        return self.staff_role is not None or self.is_member


AnyPrincipal = Principal | Visitor


def holds_staff_role(user: User) -> bool:
    """Whether the person is one of Kring's staff (whatever their role)."""
    return user.staff_role is not None


# Staff of these roles work for one supplier branch: they see only its orders.
BRANCH_BOUND_ROLES = frozenset({StaffRole.branch})


def works_for_a_branch(user: User) -> bool:
    """Whether the person is staff of a role bound to one supplier branch (`staff_branch_id`)."""
    return user.staff_role is not None and StaffRole(user.staff_role) in BRANCH_BOUND_ROLES


# Staff of these roles lead projects: the questions about them wait in their own queue.
PROJECT_LEADING_ROLES = frozenset({StaffRole.care_manager})


def leads_projects(user: User) -> bool:
    """Whether the person is staff of a role that leads projects (their own questions' queue)."""
    return user.staff_role is not None and StaffRole(user.staff_role) in PROJECT_LEADING_ROLES


def visitor_of(request: Request) -> Visitor:
    """Anyone: where the request came from, for the audit trail and the rate limits."""
    address = request.client.host if request.client else None
    return Visitor(
        client_address=address,
        user_agent=(request.headers.get("user-agent") or "")[:300] or None,
    )
