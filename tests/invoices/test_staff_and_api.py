"""Staff read every invoice (filters by organisation, project and status), admins record a
payment (once, not in the future), the projects with shifts still to invoice are listed per
month; an API client with `invoices:read` reads its own organisation's invoices only."""

from __future__ import annotations

import base64
from datetime import date
from typing import Any

from sqlalchemy import select

from kring.auth import api_clients
from kring.models.api_client import ApiClient
from kring.models.audit import AuditEvent
from tests.invoices.helpers import ADMIN, World
from tests.members.helpers import new_client

SECRET = "integration-secret-0123456789"


async def _three(w: World) -> list[dict[str, Any]]:
    w.set_today(date(2026, 12, 1))
    await w.shift(date(2026, 10, 12))
    await w.shift(date(2026, 11, 3))
    await w.shift(date(2026, 11, 4), project=w.their_project)
    return [
        await w.made("2026-10"),
        await w.made("2026-11"),
        await w.made("2026-11", w.their_project),
    ]


async def _numbers(w: World, query: str = "") -> list[str]:
    answer = await w.care_manager.call("GET", f"{ADMIN}/invoices{query}")
    assert answer.status_code == 200, answer.json()
    return [i["number"] for i in answer.json()["items"]]


async def test_staff_list_with_filters(w: World) -> None:
    october, _, theirs = await _three(w)
    assert await _numbers(w) == ["2026-000003", "2026-000002", "2026-000001"]
    assert await _numbers(w, f"?organisation={w.other.id}") == ["2026-000003"]
    assert await _numbers(w, f"?project={w.project.id}") == ["2026-000002", "2026-000001"]
    page = (await w.care_manager.call("GET", f"{ADMIN}/invoices?limit=2")).json()
    assert len(page["items"]) == 2
    rest = await w.care_manager.call(
        "GET", f"{ADMIN}/invoices?limit=2&cursor={page['next_cursor']}"
    )
    assert [i["number"] for i in rest.json()["items"]] == ["2026-000001"]
    await w.admin.call(
        "POST",
        f"{ADMIN}/invoices/{october['id']}/payments",
        {"paid_on": "2026-12-01", "reference": "Afschrift 12"},
    )
    assert await _numbers(w, "?status=paid") == ["2026-000001"]
    assert await _numbers(w, "?status=open") == ["2026-000003", "2026-000002"]
    w.set_today(date(2027, 1, 1))
    assert await _numbers(w, "?status=overdue") == ["2026-000003", "2026-000002"]
    assert await _numbers(w, "?status=open") == []
    shown = (await w.care_manager.call("GET", f"{ADMIN}/invoices/{theirs['id']}")).json()
    assert (shown["organisation_name"], shown["status"]) == ("Stichting Zonnehuis", "overdue")
    pdf = await w.care_manager.call("GET", f"{ADMIN}/invoices/{theirs['id']}/download")
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF-")
    for refused in (w.advisor, w.pro_admin):
        assert (await refused.call("GET", f"{ADMIN}/invoices")).status_code == 403


async def test_recording_a_payment(w: World) -> None:
    october, november, _ = await _three(w)
    url = f"{ADMIN}/invoices/{october['id']}/payments"
    future = await w.admin.call("POST", url, {"paid_on": "2026-12-02", "reference": "X"})
    assert future.status_code == 422
    assert future.json()["errors"][0]["field"] == "paid_on"
    empty = await w.admin.call("POST", url, {"paid_on": "2026-12-01", "reference": "  "})
    assert empty.status_code == 422
    # Care managers make invoices; only admins record payments.
    refused = await w.care_manager.call("POST", url, {"paid_on": "2026-12-01", "reference": "X"})
    assert refused.status_code == 403
    paid = await w.admin.call("POST", url, {"paid_on": "2026-12-01", "reference": "Afschrift 12"})
    assert paid.status_code == 200
    assert (paid.json()["status"], paid.json()["paid_at"][:10]) == ("paid", "2026-12-01")
    again = await w.admin.call("POST", url, {"paid_on": "2026-12-01", "reference": "Afschrift 12"})
    assert again.status_code == 409
    unknown = await w.admin.call(
        "POST",
        f"{ADMIN}/invoices/00000000-0000-0000-0000-000000000000/payments",
        {"paid_on": "2026-12-01", "reference": "X"},
    )
    assert unknown.status_code == 404
    assert november["status"] == "open"


async def test_billable_projects_per_ended_month(w: World) -> None:
    w.set_today(date(2026, 12, 10))
    await w.shift(date(2026, 10, 12))
    await w.shift(date(2026, 11, 3))
    await w.shift(date(2026, 11, 4))
    await w.shift(date(2026, 11, 4), project=w.their_project)
    await w.shift(date(2026, 11, 5), confirmed=False, project=w.their_project)
    await w.shift(date(2026, 12, 1))  # this month: not over
    await w.made("2026-10")
    await w.shift(date(2026, 10, 13))  # confirmed after October was invoiced
    answer = await w.care_manager.call("GET", f"{ADMIN}/invoices/billable-projects")
    assert answer.status_code == 200, answer.json()
    listed = {
        (i["project_name"], i["month"]): (i["shifts"], i["invoiced"])
        for i in answer.json()["items"]
    }
    assert listed == {
        ("Woonvoorziening De Linde", "2026-11"): (2, False),
        ("Zonnehuis", "2026-11"): (1, False),
        ("Woonvoorziening De Linde", "2026-10"): (1, True),
    }
    assert [i["month"] for i in answer.json()["items"]] == ["2026-11", "2026-11", "2026-10"]
    assert (await w.admin.call("GET", f"{ADMIN}/invoices/billable-projects")).status_code == 200
    advisor = await w.advisor.call("GET", f"{ADMIN}/invoices/billable-projects")
    assert advisor.status_code == 403


async def _token(w: World, scopes: list[str]) -> str:
    client = ApiClient(
        organisation_id=w.linde.id,
        responsible_user_id=w.pro_admin.user.id,
        name="Boekhouding",
        scopes=scopes,
        secret_hash=api_clients.hash_client_secret(w.settings, SECRET),
    )
    w.session.add(client)
    await w.session.commit()
    raw = base64.b64encode(f"{client.id}:{SECRET}".encode()).decode()
    async with new_client(w.app) as api:
        answer = await api.post(
            "/api/v1/auth/oauth/token",
            data={"grant_type": "client_credentials"},
            headers={"Authorization": f"Basic {raw}"},
        )
    assert answer.status_code == 200, answer.json()
    return str(answer.json()["access_token"])


async def test_an_api_client_with_invoices_read(w: World) -> None:
    october, november, theirs = await _three(w)
    token = await _token(w, ["invoices:read"])
    bearer = {"Authorization": f"Bearer {token}"}
    async with new_client(w.app) as api:
        listed = await api.get("/api/v1/integrations/invoices", headers=bearer)
        assert listed.status_code == 200
        assert [i["id"] for i in listed.json()["items"]] == [november["id"], october["id"]]
        one = await api.get(f"/api/v1/integrations/invoices/{october['id']}", headers=bearer)
        assert one.status_code == 200
        assert one.json()["lines"][0]["hours"] == "8.00"
        foreign = await api.get(f"/api/v1/integrations/invoices/{theirs['id']}", headers=bearer)
        assert foreign.status_code == 404
        paid = await api.get("/api/v1/integrations/invoices?status=paid", headers=bearer)
        assert paid.json()["items"] == []
        # The portal's routes are for its admins, not for API clients.
        portal = await api.get(w.portal(), headers=bearer)
        assert portal.status_code == 401
        without = {"Authorization": f"Bearer {await _token(w, ['orders:read'])}"}
        refused = await api.get("/api/v1/integrations/invoices", headers=without)
        assert refused.status_code == 403
    assert (await w.pro_admin.call("GET", "/api/v1/integrations/invoices")).status_code == 401
    # Each read is in the organisation's audit trail, marked as the API client's.
    events = (
        await w.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action.in_(["invoice.listed", "invoice.viewed"]))
            .where(AuditEvent.details["as"].astext == "api_client")
            .order_by(AuditEvent.id)
        )
    ).all()
    assert [e.action for e in events][:2] == ["invoice.listed", "invoice.viewed"]
    assert {e.organisation_id for e in events} == {w.linde.id}
