"""Rows for the payment runs: staff whose role may run payments (admin) and nobody else. The
world has one run made long ago; making last month's run finds nothing to collect there (409,
past every check of who may)."""

from __future__ import annotations

from kring.auth.staff_roles import StaffTask
from tests.payment_runs.helpers import months_back, text
from tests.permissions.rows import Row, staff

RUNS = "/api/v1/admin/payment-runs"
LAST_MONTH = text(months_back(1))

ROWS: dict[tuple[str, str], Row] = {
    ("GET", RUNS): Row(staff(StaffTask.run_payments, 200)),
    ("GET", f"{RUNS}/preview"): Row(
        staff(StaffTask.run_payments, 200), params={"month": LAST_MONTH}
    ),
    ("POST", RUNS): Row(staff(StaffTask.run_payments, 409), {"month": LAST_MONTH}),
    ("GET", f"{RUNS}/{{run_id}}"): Row(staff(StaffTask.run_payments, 200)),
    ("GET", f"{RUNS}/{{run_id}}/direct-debit"): Row(staff(StaffTask.run_payments, 200)),
    ("GET", f"{RUNS}/{{run_id}}/credit-transfer"): Row(staff(StaffTask.run_payments, 200)),
}
