"""Who may use the staff administration: Kring's staff, each role for its own tasks."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from kring.auth.actor import Actor, CurrentActor
from kring.kit.errors import Forbidden
from kring.kit.i18n import N_

# Account administration (reactivate, deactivate, reset a 2FA phone) is for admins and the
# advisors who make and look after professionals' accounts (HartingBank's advisor role).
ACCOUNT_ADMINISTRATORS = frozenset({"admin", "advisor"})


async def account_administrator(actor: CurrentActor) -> Actor:
    if actor.staff_role not in ACCOUNT_ADMINISTRATORS:
        raise Forbidden(N_("Only Kring's admins and advisors may do this."))
    return actor


AccountAdministrator = Annotated[Actor, Depends(account_administrator)]


async def staff_member(actor: CurrentActor) -> Actor:
    if actor.staff_role is None:
        raise Forbidden(N_("Only Kring's staff may do this."))
    return actor


StaffMember = Annotated[Actor, Depends(staff_member)]
