"""Who may manage an organisation's API clients: its portal admins, and Kring's staff whose
role allows it. The token endpoint is open to anyone (the client authenticates itself)."""

from __future__ import annotations

from typing import Annotated

from kring.auth.organisations import OrganisationPrincipal, StaffTask, organisation_principal
from kring.kit.i18n import N_

ApiClientManager = Annotated[
    OrganisationPrincipal,
    organisation_principal(
        staff_task=StaffTask.manage_api_clients,
        admin=True,
        admin_refusal=N_("Only your organisation's portal admins manage API clients."),
    ),
]
