"""Who may use the engagement and calendar routes: any signed-in person, for the dossiers they
reach and their own helper profile (the service tells the sides apart); the calendar feed itself
is read with its private token alone; staff whose role may view dossiers for the staff routes."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import SignedIn, StaffTask, staff_for
from kring.auth.principal import Principal

__all__ = ["EngagementStaffReader", "SignedIn"]

EngagementStaffReader = Annotated[Principal, staff_for(StaffTask.view_dossiers)]
