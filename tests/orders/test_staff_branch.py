"""A branch staff member's branch: set by staff who manage accounts, only for the branch role
and only to a supplier branch (the database holds the first rule too), shown on the account."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from kring.models.user import User
from tests.orders.helpers import ADMIN_ORDERS, World, staff

USERS = "/api/v1/admin/users"


async def test_admins_set_the_branch_of_branch_staff(w: World) -> None:
    newcomer = await staff(w, "nieuw@hartingbank.example", "branch")
    url = f"{USERS}/{newcomer.user.id}/staff-branch"
    answer = await w.admin.call("PUT", url, {"branch_id": str(w.other_branch.id)})
    assert answer.status_code == 200, answer.json()
    assert answer.json()["staff_branch_id"] == str(w.other_branch.id)
    assert answer.json()["staff_branch_name"] == "Vestiging Zwolle"
    read = (await w.admin.call("GET", f"{USERS}/{newcomer.user.id}")).json()
    assert read["staff_branch_name"] == "Vestiging Zwolle"
    theirs = await w.place(w.rental(w.foreign_org), who=w.foreign)
    assert (await newcomer.call("GET", f"{ADMIN_ORDERS}/{theirs['id']}")).status_code == 200
    cleared = await w.admin.call("PUT", url, {"branch_id": None})
    assert cleared.json()["staff_branch_id"] is None
    assert (await newcomer.call("GET", f"{ADMIN_ORDERS}/{theirs['id']}")).status_code == 404


async def test_only_branch_staff_and_only_supplier_branches(w: World) -> None:
    advisor = await staff(w, "ad@kring.example", "advisor")
    answer = await w.admin.call(
        "PUT", f"{USERS}/{advisor.user.id}/staff-branch", {"branch_id": str(w.branch.id)}
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "branch_id"
    answer = await w.admin.call(
        "PUT", f"{USERS}/{w.branch_staff.user.id}/staff-branch", {"branch_id": str(w.with_ad.id)}
    )
    assert answer.status_code == 422
    assert (
        await w.branch_staff.call(
            "PUT", f"{USERS}/{w.branch_staff.user.id}/staff-branch", {"branch_id": None}
        )
    ).status_code == 403


async def test_the_database_keeps_a_branch_to_the_branch_role(w: World) -> None:
    with pytest.raises(IntegrityError):
        await w.session.execute(
            update(User).where(User.id == w.admin.user.id).values(staff_branch_id=w.branch.id)
        )
    await w.session.rollback()
