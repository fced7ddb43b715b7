"""Who may use the helper routes: any signed-in person for their own helper profile (and to see
a helper's portrait), and Kring's staff whose role may view and badge providers for the staff
routes (helpers are badged as providers are, by the same roles)."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import SignedIn, StaffTask, staff_for
from kring.auth.principal import Principal

__all__ = ["HelperBadgeSetter", "HelperViewer", "SignedIn"]

HelperViewer = Annotated[Principal, staff_for(StaffTask.view_providers)]
HelperBadgeSetter = Annotated[Principal, staff_for(StaffTask.set_badges)]
