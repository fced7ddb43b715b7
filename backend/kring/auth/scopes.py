"""What an API client may be allowed to do: one scope per kind of access, named `area:verb`."""

from __future__ import annotations

from typing import Literal, get_args

from kring.kit.i18n import N_

ApiScope = Literal["organisation:read", "members:read", "orders:read", "invoices:read"]

ALL_SCOPES: tuple[ApiScope, ...] = get_args(ApiScope)

SCOPE_DESCRIPTIONS: dict[ApiScope, str] = {
    "organisation:read": N_("Read your organisation's details."),
    "members:read": N_("Read your organisation's contact persons."),
    "orders:read": N_("Read your organisation's assistive-device orders."),
    "invoices:read": N_("Read your organisation's invoices (for your bookkeeping)."),
}
