"""The assistive-device catalogue: the portal lists active devices and options in the reader's
language (those needing the AD contract marked, not hidden); staff who may manage it add,
change and (de)activate devices and options, each change audited."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from kring.models.audit import AuditEvent
from tests.orders.helpers import World, staff

DEVICES = "/api/v1/assistive-devices"
ADMIN = "/api/v1/admin/assistive-devices"
HOIST = {
    "code": "HB-4001",
    "name_nl": "Tillift mobiel",
    "name_fr": "Lève-personne mobile",
    "name_en": "Mobile patient hoist",
    "category": "ELV",
    "supply": "rental",
}


async def _list(w: World, language: str = "nl", query: str = "") -> list[dict[str, Any]]:
    answer = await w.pro.client.get(f"{DEVICES}{query}", headers={"Accept-Language": language})
    assert answer.status_code == 200, answer.json()
    found: list[dict[str, Any]] = answer.json()
    return found


async def test_the_portal_lists_active_devices_in_my_language(w: World) -> None:
    found = await _list(w)
    # By category (AD, ELV, GRZ), then name; the withdrawn one left out.
    assert [d["code"] for d in found] == ["HB-3001", "HB-2001", "HB-9001", "HB-1024"]
    wheelchair = next(d for d in found if d["code"] == "HB-1024")
    assert [(o["name"], o["needs_ad_contract"]) for o in wheelchair["options"]] == [
        ("Standaard zitting", False),
        ("Plankzitting met AD-kussen", True),
    ]
    cushion = next(d for d in found if d["code"] == "HB-3001")
    assert (cushion["category"], cushion["needs_ad_contract"]) == ("AD", True)
    english = await _list(w, "en", "?supply=rental")
    assert [d["name"] for d in english] == [
        "Pressure-relief cushion",
        "Height-adjustable bed",
        "Standard wheelchair",
    ]
    assert [d["code"] for d in await _list(w, "fr", "?category=ELV")] == ["HB-2001"]


async def test_staff_add_and_change_devices(w: World) -> None:
    created = await w.admin.call("POST", ADMIN, HOIST)
    assert created.status_code == 201, created.json()
    device = created.json()
    assert (device["active"], device["needs_ad_contract"], device["options"]) == (True, False, [])
    assert (await w.admin.call("POST", ADMIN, HOIST)).status_code == 409
    assert (await w.admin.call("POST", ADMIN, {**HOIST, "code": "hb 4001"})).status_code == 422
    ad = await w.admin.call(
        "POST", ADMIN, {**HOIST, "code": "HB-3002", "category": "AD", "needs_ad_contract": False}
    )
    assert ad.json()["needs_ad_contract"] is True  # every AD device needs the contract
    url = f"{ADMIN}/{device['id']}"
    changed = await w.admin.call("PATCH", url, {"name_en": "Patient hoist", "active": False})
    assert changed.status_code == 200
    assert (changed.json()["name_en"], changed.json()["active"]) == ("Patient hoist", False)
    assert "HB-4001" not in [d["code"] for d in await _list(w)]
    taken = await w.admin.call("PATCH", url, {"code": "HB-1024"})
    assert taken.status_code == 409
    audited = await w.session.scalar(
        select(func.count()).where(AuditEvent.subject_type == "assistive_device")
    )
    assert audited == 3


async def test_staff_add_and_withdraw_options(w: World) -> None:
    bed = w.devices["bed"]
    url = f"{ADMIN}/{bed.id}/options"
    option = {"name_nl": "Met papegaai", "name_fr": "Avec potence", "name_en": "With lifting pole"}
    added = await w.admin.call("POST", url, {**option, "position": 1})
    assert added.status_code == 201, added.json()
    names = [o["name_nl"] for o in added.json()["options"]]
    assert names == ["Met bedhekken", "Met papegaai"]
    assert (await w.admin.call("POST", url, option)).status_code == 409
    new_id = next(o["id"] for o in added.json()["options"] if o["name_nl"] == "Met papegaai")
    withdrawn = await w.admin.call("PATCH", f"{url}/{new_id}", {"active": False})
    assert withdrawn.status_code == 200
    portal_bed = next(d for d in await _list(w) if d["code"] == "HB-2001")
    assert [o["name"] for o in portal_bed["options"]] == ["Met bedhekken"]
    # An option of another device is not found under this one.
    other = w.options["standard"].id
    assert (await w.admin.call("PATCH", f"{url}/{other}", {"active": False})).status_code == 404


async def test_staff_find_devices(w: World) -> None:
    page = (await w.admin.call("GET", f"{ADMIN}?limit=2")).json()
    assert [d["code"] for d in page["items"]] == ["HB-1024", "HB-2001"]
    rest = (await w.admin.call("GET", f"{ADMIN}?limit=10&cursor={page['next_cursor']}")).json()
    assert [d["code"] for d in rest["items"]] == ["HB-3001", "HB-9001", "HB-9999"]
    inactive = (await w.admin.call("GET", f"{ADMIN}?active=false")).json()
    assert [d["code"] for d in inactive["items"]] == ["HB-9999"]
    searched = (await w.admin.call("GET", f"{ADMIN}?q=cushion")).json()
    assert [d["code"] for d in searched["items"]] == ["HB-3001"]
    wheelchair = (await w.admin.call("GET", f"{ADMIN}?q=HB-1024")).json()["items"][0]
    assert len(wheelchair["options"]) == 3  # inactive ones too


async def test_only_admins_and_advisors_manage_the_catalogue(w: World) -> None:
    advisor = await staff(w, "ad@kring.example", "advisor")
    assert (await advisor.call("POST", ADMIN, HOIST)).status_code == 201
    assert (
        await w.branch_staff.call("POST", ADMIN, {**HOIST, "code": "HB-4002"})
    ).status_code == 403
    assert (await w.pro.call("GET", ADMIN)).status_code == 403
