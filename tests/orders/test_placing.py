"""Placing each kind of request: what is stored and answered, and every refusal (AD without the
contract, for the device and for the option; an organisation the person is not linked to; dates
in the past or too far ahead; a follow-up of another organisation's rental or of one not out)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from kring.models.audit import AuditEvent
from kring.models.order import AssistiveOrder, OrderEvent
from tests.orders.helpers import ORDERS, World, days_ahead, today


def _field_errors(answer: Any) -> dict[str, str]:
    return {e["field"]: e["message"] for e in answer.json().get("errors", [])}


async def test_a_rental_is_placed_for_the_branch_that_serves_the_organisation(w: World) -> None:
    body = w.rental(option_id=str(w.options["standard"].id))
    answer = await w.pro.call("POST", ORDERS, body)
    assert answer.status_code == 201, answer.json()
    order = answer.json()
    assert order["number"].startswith(f"HB-{today().year}-")
    assert (order["kind"], order["status"], order["action_required"]) == (
        "rental",
        "received",
        False,
    )
    assert order["organisation_name"] == "Zorggroep De Linde"
    assert order["supplier_branch"]["name"] == "HartingBank vestiging Utrecht"
    assert order["supplier_branch"]["phone"] == "+31302345678"
    assert order["client"]["address"]["postcode"] == "3511 AB"
    assert order["contact"]["phone"] == "+31612345678"
    assert order["device"]["code"] == "HB-1024"
    assert order["option"]["name"] == "Standaard zitting"
    assert order["placed_by_name"] == "Petra"
    assert [h["status"] for h in order["history"]] == ["received"]
    stored = await w.session.get(AssistiveOrder, order["id"])
    assert stored is not None
    assert stored.branch_id == w.branch.id
    assert stored.placed_on == today()
    assert "j jansen" in stored.search_text
    assert "rolstoel" in stored.search_text
    placed = await w.session.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "order.placed", AuditEvent.subject_id == stored.id
        )
    )
    assert placed is not None
    assert placed.organisation_id == w.with_ad.id


async def test_numbers_follow_each_other(w: World) -> None:
    first = await w.place(w.rental())
    second = await w.place(w.rental())
    assert int(second["number"][-6:]) == int(first["number"][-6:]) + 1


async def test_the_organisation_defaults_to_the_one_acted_for(w: World) -> None:
    body = w.rental()
    del body["organisation_id"]
    order = await w.place(body)
    assert order["organisation_id"] == str(w.with_ad.id)


async def test_a_wlz_rental_waits_for_the_signature(w: World) -> None:
    order = await w.place(w.rental(wlz_indication=True))
    assert order["signature_required"]
    assert order["signed_at"] is None
    assert order["action_required"] is True


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_an_ad_cushion_without_the_contract_is_refused_with_the_branch_phone(
    w: World, language: str
) -> None:
    body = w.rental(w.without_ad, device_id=str(w.devices["cushion"].id))
    answer = await w.pro.client.post(
        ORDERS,
        json=body,
        headers={
            "X-CSRF-Token": w.pro.client.cookies.get("kring_csrf", ""),
            "Origin": w.settings.public_url,
            "Accept-Language": language,
        },
    )
    assert answer.status_code == 422
    message = _field_errors(answer)["device_id"]
    assert "030 234 5678" in message
    assert ("AD-contract" if language == "nl" else "AD contract") in message
    assert await w.session.scalar(select(AssistiveOrder.id)) is None


async def test_an_option_needing_the_contract_is_refused_on_the_option(w: World) -> None:
    body = w.rental(w.without_ad, option_id=str(w.options["ad_seat"].id))
    answer = await w.pro.call("POST", ORDERS, body)
    assert answer.status_code == 422
    assert "030 234 5678" in _field_errors(answer)["option_id"]
    # With the contract both go.
    await w.place(w.rental(w.with_ad, option_id=str(w.options["ad_seat"].id)))
    await w.place(w.rental(w.with_ad, device_id=str(w.devices["cushion"].id)))
    # Without the contract the same device with an ordinary option goes.
    await w.place(w.rental(w.without_ad, option_id=str(w.options["standard"].id)))


async def test_a_client_of_an_organisation_i_am_not_linked_to_is_refused(w: World) -> None:
    for organisation_id in (str(w.foreign_org.id), "0193a1b2-0000-7000-8000-000000000000"):
        answer = await w.pro.call("POST", ORDERS, w.rental(organisation_id=organisation_id))
        assert answer.status_code == 422, answer.json()
        assert "organisation_id" in _field_errors(answer)


async def test_a_person_linked_to_no_organisation_cannot_order(w: World) -> None:
    answer = await w.admin.call("POST", ORDERS, w.rental())
    assert answer.status_code == 422
    assert "organisation_id" in _field_errors(answer)


async def test_an_organisation_without_a_branch_cannot_order(w: World) -> None:
    w.without_ad.supplier_branch_id = None
    await w.session.commit()
    answer = await w.pro.call("POST", ORDERS, w.rental(w.without_ad))
    assert answer.status_code == 422
    assert "organisation_id" in _field_errors(answer)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"desired_date": days_ahead(-1)}, "desired_date"),
        ({"desired_date": days_ahead(366)}, "desired_date"),
        ({"device_id": "withdrawn"}, "device_id"),
        ({"device_id": "sold"}, "device_id"),
        ({"device_id": "0193a1b2-0000-7000-8000-000000000000"}, "device_id"),
        ({"option_id": "old"}, "option_id"),
        ({"option_id": "bed_rails"}, "option_id"),
        ({"client": {"name": "", "birth_date": "1941-03-15", "address": {}}}, "client.name"),
        ({"client": {"name": "X", "birth_date": "1899-12-31", "address": {}}}, "client.birth_date"),
        (
            {"client": {"name": "X", "birth_date": days_ahead(1), "address": {}}},
            "client.birth_date",
        ),
        ({"contact": {"name": "Karin", "phone": "12"}}, "contact.phone"),
        ({"notes": "x" * 1001}, "notes"),
        ({"kind": "cancel"}, "kind"),
        ({"wlz_indication": None}, "wlz_indication"),
    ],
)
async def test_a_rental_is_refused_field_by_field(
    w: World, changes: dict[str, Any], field: str
) -> None:
    body = w.rental()
    for key, value in changes.items():
        if key == "device_id" and value in w.devices:
            value = str(w.devices[value].id)
        if key == "option_id" and value in w.options:
            value = str(w.options[value].id)
        body[key] = value
    answer = await w.pro.call("POST", ORDERS, body)
    assert answer.status_code == 422, answer.json()
    assert field in _field_errors(answer), answer.json()
    assert await w.session.scalar(select(AssistiveOrder.id)) is None


async def test_a_delivery_address_goes_with_the_order(w: World) -> None:
    elsewhere = {"street": "Dorpsstraat", "house_number": "3", "postcode": "1234 AB", "city": "Ede"}
    order = await w.place(w.rental(delivery_address=elsewhere))
    assert order["delivery_address"]["street"] == "Dorpsstraat"
    half = {"street": "Dorpsstraat", "house_number": "3"}
    answer = await w.pro.call("POST", ORDERS, w.rental(delivery_address=half))
    assert answer.status_code == 422
    assert "delivery_address.postcode" in _field_errors(answer)


async def test_follow_ups_take_the_rental_client_and_branch(w: World) -> None:
    rental = await w.delivered_rental(wlz_indication=False)
    for kind in ("repair", "adjustment", "pickup"):
        order = await w.place(w.follow_up(kind, rental["id"]))
        assert order["kind"] == kind
        assert order["rental_order"] == {"id": rental["id"], "number": rental["number"]}
        assert order["client"] == rental["client"]
        assert order["organisation_id"] == rental["organisation_id"]
        assert order["device"]["code"] == "HB-1024"
        assert order["supplier_branch"]["id"] == str(w.branch.id)


async def test_a_repair_needs_a_description(w: World) -> None:
    rental = await w.delivered_rental()
    for kind in ("repair", "adjustment"):
        body = w.follow_up(kind, rental["id"])
        del body["description"]
        answer = await w.pro.call("POST", ORDERS, body)
        assert answer.status_code == 422
        assert "description" in _field_errors(answer)
        body["description"] = "x" * 1001
        answer = await w.pro.call("POST", ORDERS, body)
        assert "description" in _field_errors(answer)


async def test_a_follow_up_of_a_rental_not_outstanding_is_refused(w: World) -> None:
    placed = await w.place(w.rental())
    answer = await w.pro.call("POST", ORDERS, w.follow_up("repair", placed["id"]))
    assert answer.status_code == 422
    assert "rental_order_id" in _field_errors(answer)


async def test_a_repair_of_another_organisations_rental_is_refused(w: World) -> None:
    theirs = await w.place(w.rental(w.foreign_org), who=w.foreign)
    other_branch_staff = await _branch_staff_of(w, w.other_branch)
    await w.moved_by(other_branch_staff, theirs["id"], "delivered")
    answer = await w.pro.call("POST", ORDERS, w.follow_up("repair", theirs["id"]))
    assert answer.status_code == 422
    assert "rental_order_id" in _field_errors(answer)
    assert (
        await w.session.scalar(select(AssistiveOrder.id).where(AssistiveOrder.kind == "repair"))
        is None
    )


async def _branch_staff_of(w: World, branch: Any) -> Any:
    from tests.orders.helpers import staff

    return await staff(w, "zwolle@hartingbank.example", "branch", branch)


async def test_a_rental_is_picked_up_once(w: World) -> None:
    rental = await w.delivered_rental()
    first = await w.place(w.follow_up("pickup", rental["id"]))
    answer = await w.pro.call("POST", ORDERS, w.follow_up("pickup", rental["id"]))
    assert answer.status_code == 409
    assert first["number"] in answer.json()["detail"]


async def test_the_first_event_is_by_the_professional(w: World) -> None:
    order = await w.place(w.rental())
    [event] = list(
        await w.session.scalars(select(OrderEvent).where(OrderEvent.order_id == order["id"]))
    )
    assert (event.status, event.by_user_id) == ("received", w.pro.user.id)
