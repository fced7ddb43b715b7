"""Who may use the hours routes: any signed-in person, for their own helper profile and the
dossiers they reach (the service tells the sides and the right to approve apart); staff whose
role may view dossiers for the staff routes."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import SignedIn, StaffTask, staff_for
from kring.auth.principal import Principal

__all__ = ["HoursStaffReader", "SignedIn"]

HoursStaffReader = Annotated[Principal, staff_for(StaffTask.view_dossiers)]
