"""The staff-role table: complete, and what the principal and the staff dependency read."""

from __future__ import annotations

import uuid

import pytest

from kring.auth.dependencies import StaffFor
from kring.auth.principal import Principal, PrincipalKind
from kring.auth.staff_roles import STAFF_TABLE, TASK_DESCRIPTIONS, StaffTask, may, tasks_of
from kring.kit.errors import Forbidden
from kring.models.user import StaffRole, User


def _principal(role: str | None, *, api_client: bool = False) -> Principal:
    user = User(id=uuid.uuid4(), email="x@example.org", staff_role=role)
    return Principal(
        user=user,
        session=None,
        staff_role=role,
        api_client_id=uuid.uuid4() if api_client else None,
    )


def test_every_task_has_roles_and_words() -> None:
    assert set(STAFF_TABLE) == set(StaffTask) == set(TASK_DESCRIPTIONS)
    assert all(STAFF_TABLE[task] for task in StaffTask)


def test_admins_may_do_every_task_and_verifiers_only_theirs() -> None:
    assert tasks_of(frozenset({StaffRole.admin})) == list(StaffTask)
    verifier = frozenset({StaffRole.verifier})
    assert may(verifier, StaffTask.verify_certificates)
    assert not may(verifier, StaffTask.manage_accounts)
    assert not may(frozenset(), StaffTask.view_organisations)


def test_the_principal_reads_its_role_from_the_table() -> None:
    advisor = _principal("advisor")
    assert advisor.kind is PrincipalKind.staff
    assert advisor.may(StaffTask.manage_accounts)
    assert not advisor.may(StaffTask.manage_api_clients)
    person = _principal(None)
    assert person.kind is PrincipalKind.person
    assert not person.is_staff
    # An API client acts through its responsible person, never with their staff role.
    client = _principal("admin", api_client=True)
    assert client.kind is PrincipalKind.api_client
    assert client.staff_roles == frozenset()
    assert not client.may(StaffTask.view_organisations)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("admin", True), ("advisor", True), ("branch", False), ("verifier", False), (None, False)],
)
async def test_staff_for_refuses_roles_the_table_does_not_name(
    role: str | None, allowed: bool
) -> None:
    dependency = StaffFor(StaffTask.suspend_providers)
    principal = _principal(role)
    if allowed:
        assert await dependency(principal) is principal
    else:
        with pytest.raises(Forbidden):
            await dependency(principal)
