"""Who may use the contact request routes: anyone (the form), the provider (their inbox and
figures; a lock only for a change) and staff watching response times."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import AnyVisitor, StaffTask, staff_for
from kring.auth.principal import Principal
from kring.auth.provider import ProviderReader, ProviderWriter

__all__ = ["AnyVisitor", "ProviderReader", "ProviderWriter", "ResponseTimesWatcher"]

ResponseTimesWatcher = Annotated[Principal, staff_for(StaffTask.view_response_times)]
