"""Who may use the invoice routes: an organisation's portal admins (an employee is refused, 403;
another organisation's invoice does not exist, 404), staff who make invoices or record their
payments, and API clients of the organisation with `invoices:read`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from kring.auth.dependencies import SignedIn, api_client_with_scope, staff_for
from kring.auth.organisations import OrganisationPrincipal, StaffTask, organisation_principal
from kring.auth.principal import Principal
from kring.kit.errors import Forbidden
from kring.kit.i18n import N_

__all__ = [
    "InvoiceAdmin",
    "InvoicePayer",
    "InvoiceStaffMaker",
    "InvoiceStaffPaymentRecorder",
    "InvoiceStaffReader",
    "InvoicesApiClient",
    "OrganisationPrincipal",
]

ADMINS_ONLY = N_("Only your organisation's portal admins see its invoices.")

# Portal admins read their organisation's invoices; staff who make invoices read them as the
# admin would.
InvoiceAdmin = Annotated[
    OrganisationPrincipal,
    organisation_principal(
        staff_task=StaffTask.make_invoices, admin=True, admin_refusal=ADMINS_ONLY
    ),
]
# Paying is the organisation's own act: staff do not pay an invoice for it (they record one).
InvoicePayer = Annotated[
    OrganisationPrincipal,
    organisation_principal(staff_task=None, admin=True, admin_refusal=ADMINS_ONLY),
]
InvoiceStaffMaker = Annotated[Principal, staff_for(StaffTask.make_invoices)]
InvoiceStaffPaymentRecorder = Annotated[Principal, staff_for(StaffTask.record_payments)]
InvoicesApiClient = Annotated[Principal, api_client_with_scope("invoices:read")]


async def invoice_staff(principal: SignedIn) -> Principal:
    """Staff who make invoices or record their payments read them; anyone else 403."""
    if principal.may(StaffTask.make_invoices) or principal.may(StaffTask.record_payments):
        return principal
    if principal.is_staff:
        raise Forbidden(N_("Your staff role does not allow this."))
    raise Forbidden(N_("Only Kring's staff may do this."))


InvoiceStaffReader = Annotated[Principal, Depends(invoice_staff)]
