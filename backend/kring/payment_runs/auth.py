"""Who may use the payment-run routes: staff whose role may run payments (the staff-role table)."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import StaffTask, staff_for
from kring.auth.principal import Principal

__all__ = ["PaymentRunner"]

PaymentRunner = Annotated[Principal, staff_for(StaffTask.run_payments)]
