"""An API client of an organisation with `orders:read` reads that organisation's orders (not
another organisation's, not those the portal no longer shows), without the contact on site or
the notes; a client without the scope is refused (403), a person without a token too (401)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from sqlalchemy import func, select, update

from kring.auth import api_clients
from kring.models.api_client import ApiClient
from kring.models.audit import AuditEvent
from kring.models.order import AssistiveOrder
from kring.models.organisation import Membership
from tests.members.helpers import new_client
from tests.orders.helpers import World

INTEGRATION = "/api/v1/integrations/orders"
SECRET = "integration-secret-0123456789"


async def _token(w: World, scopes: list[str]) -> str:
    await w.session.execute(
        update(Membership)
        .where(Membership.user_id == w.pro.user.id, Membership.organisation_id == w.with_ad.id)
        .values(portal_admin=True)
    )
    client = ApiClient(
        organisation_id=w.with_ad.id,
        responsible_user_id=w.pro.user.id,
        name="Zorgdossier",
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


async def test_a_client_with_orders_read_reads_its_organisations_orders(w: World) -> None:
    mine = await w.place(
        w.rental(
            delivery_address={
                "street": "Dorpsstraat",
                "house_number": "3",
                "postcode": "1234 AB",
                "city": "Ede",
            }
        )
    )
    await w.place(w.rental(w.without_ad))  # the person's other organisation: not the client's
    await w.place(w.rental(w.foreign_org), who=w.foreign)
    token = await _token(w, ["orders:read"])
    headers = {"Authorization": f"Bearer {token}"}
    async with new_client(w.app) as api:
        page = (await api.get(INTEGRATION, headers=headers)).json()
        assert [o["number"] for o in page["items"]] == [mine["number"]]
        item = page["items"][0]
        assert item["address"]["street"] == "Dorpsstraat"  # where the device goes
        assert item["device_code"] == "HB-1024"
        assert "contact" not in item
        assert "notes" not in item
        read = await api.get(f"{INTEGRATION}/{mine['id']}", headers=headers)
        assert read.status_code == 200
        assert [h["status"] for h in read.json()["history"]] == ["received"]
        assert "by_name" not in read.json()["history"][0]
        theirs = (await w.foreign.call("GET", "/api/v1/orders?view=all")).json()["items"][0]
        assert (await api.get(f"{INTEGRATION}/{theirs['id']}", headers=headers)).status_code == 404
        # Hidden from the portal: hidden from integrations too.
        await w.session.execute(
            update(AssistiveOrder)
            .where(AssistiveOrder.id == mine["id"])
            .values(
                status="picked_up",
                delivered_on=AssistiveOrder.placed_on,
                rental_ended_on=AssistiveOrder.placed_on,
                picked_up_on=AssistiveOrder.placed_on,
                hidden_from_portal_at=datetime.now(UTC),
            )
        )
        await w.session.commit()
        assert (await api.get(f"{INTEGRATION}/{mine['id']}", headers=headers)).status_code == 404
    audited = await w.session.scalar(
        select(func.count()).where(
            AuditEvent.action.in_(["order.listed", "order.viewed"]),
            AuditEvent.details["as"].astext == "api_client",
        )
    )
    assert audited == 2


async def test_a_client_without_the_scope_and_a_person_are_refused(w: World) -> None:
    await w.place(w.rental())
    token = await _token(w, ["organisation:read"])
    async with new_client(w.app) as api:
        refused = await api.get(INTEGRATION, headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 403
        assert "orders:read" in refused.headers["WWW-Authenticate"]
        assert (await api.get(INTEGRATION)).status_code == 401
    assert (await w.pro.call("GET", INTEGRATION)).status_code == 401
