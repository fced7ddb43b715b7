"""Who may use the catalogue routes: any signed-in person reads the orderable devices; staff
whose role may manage the catalogue change it."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import SignedIn, StaffTask, staff_for
from kring.auth.principal import Principal

__all__ = ["CatalogueManager", "SignedIn"]

CatalogueManager = Annotated[Principal, staff_for(StaffTask.manage_catalogue)]
