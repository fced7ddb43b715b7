"""Who may use the proposal routes: any signed-in person, for the dossiers they manage (or
manage as a proxy) and for their own helper profile (the service tells the sides apart); staff
whose role may view dossiers for the staff routes."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import SignedIn, StaffTask, staff_for
from kring.auth.principal import Principal

__all__ = ["ProposalStaffReader", "SignedIn"]

ProposalStaffReader = Annotated[Principal, staff_for(StaffTask.view_dossiers)]
