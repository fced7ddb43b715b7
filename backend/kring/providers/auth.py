"""Who may call the providers' routes: the provider (reading, changing, or starting their
profile), and Kring's staff for the staff tasks on providers and categories."""

from __future__ import annotations

from typing import Annotated

from kring.auth.dependencies import StaffTask, staff_for
from kring.auth.principal import Principal
from kring.auth.provider import (
    ProviderPrincipal,
    ProviderReader,
    ProviderStarter,
    ProviderWriter,
)

__all__ = [
    "BadgeSetter",
    "CategoryManager",
    "CertificateVerifier",
    "ProviderPrincipal",
    "ProviderReader",
    "ProviderStarter",
    "ProviderSuspender",
    "ProviderViewer",
    "ProviderWriter",
]

ProviderViewer = Annotated[Principal, staff_for(StaffTask.view_providers)]
BadgeSetter = Annotated[Principal, staff_for(StaffTask.set_badges)]
ProviderSuspender = Annotated[Principal, staff_for(StaffTask.suspend_providers)]
# A VOG is about someone's judicial past: reading it is a task of its own.
CertificateVerifier = Annotated[Principal, staff_for(StaffTask.verify_certificates)]
CategoryManager = Annotated[Principal, staff_for(StaffTask.manage_categories)]
