"""Who may use the promotion routes: the provider (reading, or asking and withdrawing), staff
who follow the requests, and the staff who may confirm them."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import StaffTask, staff_for
from kring.auth.principal import Principal
from kring.auth.provider import ProviderReader, ProviderWriter

__all__ = ["PromotionConfirmer", "PromotionViewer", "ProviderReader", "ProviderWriter"]

PromotionViewer = Annotated[Principal, staff_for(StaffTask.view_promotions)]
# Advisors talk packages through with providers; admins may do the same.
PromotionConfirmer = Annotated[Principal, staff_for(StaffTask.confirm_promotions)]
