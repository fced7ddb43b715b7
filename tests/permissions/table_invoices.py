"""Rows for invoices to organisations. Only De Linde's portal admin reads its invoices (its
employee 403, anyone outside 404; another organisation's invoice 404) and pays one by iDEAL;
staff who make invoices read them as its admin would (not pay them). Care managers and admins
make invoices and read them in the console; only admins record payments. Only an API client with
`invoices:read` reads the integration routes."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.permissions.conftest import PRINCIPALS
from tests.permissions.rows import Expect, Row, staff
from tests.permissions.table_organisations import organisation

PORTAL = "/api/v1/organisations/{organisation_id}/invoices"
INVOICE = PORTAL + "/{invoice_id}"
ADMIN = "/api/v1/admin/invoices"
INTEGRATION = "/api/v1/integrations/invoices"
IDS = {"invoice_id": "client_invoice_id"}
MAKE = StaffTask.make_invoices


def integration(status: int) -> Expect:
    """Only an API client whose token grants invoices:read; persons have no bearer token."""
    base = dict.fromkeys(PRINCIPALS, 401)
    return {**base, "client": status, "client_unscoped": 403}


def payer(status: int) -> Expect:
    """The portal admin; staff do not pay for an organisation (they find nothing to pay)."""
    return {**organisation(status, 403, MAKE), "admin": 404, "care_manager": 404}


ROWS: dict[tuple[str, str], Row] = {
    ("GET", PORTAL): Row(organisation(200, 403, MAKE), owned=True),
    ("GET", INVOICE): Row(organisation(200, 403, MAKE), ids=IDS, owned=True),
    ("GET", INVOICE + "/pdf"): Row(organisation(200, 403, MAKE), ids=IDS, owned=True),
    ("POST", INVOICE + "/payment"): Row(payer(201), ids=IDS, owned=True),
    ("POST", "/api/v1/admin/projects/{project_id}/invoices"): Row(
        staff(MAKE, 201),
        {"month": "{invoice_month}"},
        ids={"project_id": "invoice_project_id"},
    ),
    ("GET", ADMIN): Row(staff(MAKE, 200)),
    ("GET", ADMIN + "/billable-projects"): Row(staff(MAKE, 200)),
    ("GET", ADMIN + "/{invoice_id}"): Row(staff(MAKE, 200), ids=IDS),
    ("GET", ADMIN + "/{invoice_id}/download"): Row(staff(MAKE, 200), ids=IDS),
    ("POST", ADMIN + "/{invoice_id}/payments"): Row(
        staff(StaffTask.record_payments, 200),
        {"paid_on": "{today}", "reference": "Afschrift 12"},
        ids=IDS,
    ),
    ("GET", INTEGRATION): Row(integration(200)),
    ("GET", INTEGRATION + "/{invoice_id}"): Row(integration(200), ids=IDS, owned=True),
}
