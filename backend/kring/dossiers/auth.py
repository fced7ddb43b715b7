"""Who may use the dossier routes: any signed-in person for their own dossiers (as manager, help
seeker or proxy; the service tells the roles apart); staff whose role may view dossiers for the
staff routes."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import SignedIn, StaffTask, staff_for
from kring.auth.principal import Principal

__all__ = ["DossierStaffReader", "SignedIn"]

DossierStaffReader = Annotated[Principal, staff_for(StaffTask.view_dossiers)]
