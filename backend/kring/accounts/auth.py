"""The principals the accounts routes accept, and who may see which accounts."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import (
    AnyVisitor,
    SignedIn,
    SignedInDuringSetup,
    StaffTask,
    staff_for,
)
from kring.auth.principal import Principal

__all__ = [
    "AccountManager",
    "AccountViewer",
    "AnyVisitor",
    "SignedIn",
    "SignedInDuringSetup",
    "email_managed_by_staff",
    "sees_every_account",
]

# Staff who find accounts and read an account's page and audit trail.
AccountViewer = Annotated[Principal, staff_for(StaffTask.view_accounts)]
# Staff who create, (de)activate and end accounts, change e-mails, reset 2FA phones.
AccountManager = Annotated[Principal, staff_for(StaffTask.manage_accounts)]


def sees_every_account(principal: Principal) -> bool:
    """Staff who may view accounts see every (not deleted) account; others only their own."""
    return principal.may(StaffTask.view_accounts)


def email_managed_by_staff(principal: Principal) -> bool:
    """Staff accounts' e-mail addresses are changed by Kring's staff, not by themselves."""
    return principal.is_staff
