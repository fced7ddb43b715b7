"""A supplier branch's training offer address: set by staff (https only, branches only) and
shown on the contact card of the organisations the branch serves."""

from __future__ import annotations

from tests.correspondence.helpers import World

ORGANISATIONS = "/api/v1/admin/organisations"
TRAINING = "https://kring.example/trainingen/utrecht"


async def test_staff_set_a_branchs_training_offer_and_members_see_it(w: World) -> None:
    changed = await w.bea.call(
        "PATCH", f"{ORGANISATIONS}/{w.branch.id}", {"training_url": TRAINING}
    )
    assert changed.status_code == 200, changed.json()
    assert changed.json()["training_url"] == TRAINING
    seen = await w.petra.call("GET", f"/api/v1/organisations/{w.linde.id}")
    assert seen.json()["contact_card"]["training_url"] == TRAINING
    assert seen.json()["training_url"] is None
    cleared = await w.bea.call("PATCH", f"{ORGANISATIONS}/{w.branch.id}", {"training_url": None})
    assert cleared.json()["training_url"] is None
    seen = await w.petra.call("GET", f"/api/v1/organisations/{w.linde.id}")
    assert seen.json()["contact_card"]["training_url"] is None


async def test_the_address_is_https_and_only_a_branchs(w: World) -> None:
    for wrong in (
        "http://kring.example/trainingen",
        "https://",
        "https://kring.example/met spatie",
        "kring.example",
        "https://" + "x" * 500,
    ):
        answer = await w.bea.call(
            "PATCH", f"{ORGANISATIONS}/{w.branch.id}", {"training_url": wrong}
        )
        assert answer.status_code == 422, wrong
        assert [e["field"] for e in answer.json()["errors"]] == ["training_url"]
    answer = await w.bea.call("PATCH", f"{ORGANISATIONS}/{w.linde.id}", {"training_url": TRAINING})
    assert answer.status_code == 422
    assert [e["field"] for e in answer.json()["errors"]] == ["training_url"]
    created = await w.bea.call(
        "POST",
        ORGANISATIONS,
        {"kind": "care_organisation", "name": "Nieuw", "training_url": TRAINING},
    )
    assert created.status_code == 422
    branch = await w.bea.call(
        "POST",
        ORGANISATIONS,
        {"kind": "supplier_branch", "name": "Vestiging Ede", "training_url": TRAINING},
    )
    assert branch.status_code == 201, branch.json()
    assert branch.json()["training_url"] == TRAINING
