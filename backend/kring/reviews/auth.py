"""Who may use the review routes: anyone with a personal link, the provider (reading, or
replying), and staff who moderate reviews."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import AnyVisitor, StaffTask, staff_for
from kring.auth.principal import Principal
from kring.auth.provider import ProviderReader, ProviderWriter

__all__ = ["AnyVisitor", "ProviderReader", "ProviderWriter", "ReviewModerator"]

ReviewModerator = Annotated[Principal, staff_for(StaffTask.moderate_reviews)]
