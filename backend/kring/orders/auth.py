"""Who may use the order routes: signed-in care professionals for the organisations they are
linked to (the repository keeps to those), staff whose role may view or handle orders (branch
staff: their own branch's only), and API clients of an organisation with `orders:read`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated

from kring.auth.dependencies import SignedIn, StaffTask, api_client_with_scope, staff_for
from kring.auth.principal import Principal, works_for_a_branch

__all__ = [
    "OrderStaffHandler",
    "OrderStaffViewer",
    "OrdersApiClient",
    "SignedIn",
    "StaffReach",
    "linked_organisations",
    "may_handle",
    "staff_reach",
]

OrderStaffViewer = Annotated[Principal, staff_for(StaffTask.view_orders)]
OrderStaffHandler = Annotated[Principal, staff_for(StaffTask.handle_orders)]
OrdersApiClient = Annotated[Principal, api_client_with_scope("orders:read")]


@dataclass(frozen=True)
class StaffReach:
    """Which orders a staff member reaches: every branch's, or one branch's (none when a
    branch staff member has no branch set yet)."""

    every_branch: bool
    branch_id: uuid.UUID | None


def staff_reach(principal: Principal) -> StaffReach:
    if works_for_a_branch(principal.user):
        return StaffReach(every_branch=False, branch_id=principal.user.staff_branch_id)
    return StaffReach(every_branch=True, branch_id=None)


def may_handle(principal: Principal) -> bool:
    """Whether the staff member may change orders (else they only read them)."""
    return principal.may(StaffTask.handle_orders)


def linked_organisations(principal: Principal) -> tuple[uuid.UUID, ...]:
    """The organisations whose orders a care professional sees: every one they are linked to
    with portal access (an API client: its own organisation only)."""
    if principal.api_client_id is not None:
        return (principal.active_organisation_id,) if principal.active_organisation_id else ()
    return tuple(m.organisation_id for m in principal.memberships or ())
