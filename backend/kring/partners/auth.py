"""Who may use the partner access routes: any signed-in person asks for access for themselves;
verifiers (and the staff roles beside them in the staff-role table) answer."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import SignedIn, StaffTask, staff_for
from kring.auth.principal import Principal

__all__ = ["PartnerAccessVerifier", "SignedIn"]

PartnerAccessVerifier = Annotated[Principal, staff_for(StaffTask.verify_partners)]
