"""Who may read a dossier's matches: whoever may read the dossier (its manager, the help seeker,
a proxy: the dossiers service tells them apart and answers 404 to anyone else); staff whose role
may view dossiers through the staff routes."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import SignedIn, StaffTask, staff_for
from kring.auth.principal import Principal

__all__ = ["MatchStaffReader", "SignedIn"]

MatchStaffReader = Annotated[Principal, staff_for(StaffTask.view_dossiers)]
