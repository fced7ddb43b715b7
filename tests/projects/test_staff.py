"""Staff keep projects: a project belongs to a care organisation or umbrella organisation (not a
supplier branch) and is led by an active care manager; the console's list filters on the
organisation, on "projects I lead" and on the name; a single member is added and removed (a
member of another organisation is not found). Every change is audited."""

from __future__ import annotations

from sqlalchemy import select

from kring.models.audit import AuditEvent
from kring.models.user import UserStatus
from tests.accounts.helpers import make_user
from tests.projects.helpers import ADMIN_PROJECTS, World, day


async def _refused(w: World, field: str, **changes: object) -> None:
    answer = await w.karin.call("POST", ADMIN_PROJECTS, w.project_body(**changes))
    assert answer.status_code == 422, answer.json()
    assert [e["field"] for e in answer.json()["errors"]] == [field], answer.json()


async def test_a_project_needs_a_client_organisation_and_a_care_manager(w: World) -> None:
    retired = await make_user(
        w.session,
        "oud@kring.example",
        first_name="Oud",
        staff_role="care_manager",
        status=UserStatus.deactivated,
    )
    await _refused(w, "organisation_id", organisation_id=str(w.branch.id))
    await _refused(w, "organisation_id", organisation_id=str(w.karin.user.id))
    await _refused(w, "leader_id", leader_id=str(w.advisor.user.id))
    await _refused(w, "leader_id", leader_id=str(retired.id))
    await _refused(w, "leader_id", leader_id=str(w.p.admin.user.id))
    await _refused(w, "ends_on", starts_on=day(0), ends_on=day(-1))
    await _refused(w, "address.postcode", address={**w.project_body()["address"], "postcode": "12"})
    await _refused(w, "kind", kind="castle")
    # The advisor reads projects but does not make them.
    answer = await w.advisor.call("POST", ADMIN_PROJECTS, w.project_body())
    assert answer.status_code == 403
    made = await w.project(who=w.p.staff, organisation_id=str(w.p.other.id))
    assert made["organisation_name"] == "Stichting Zonnehuis"
    assert made["leader"]["name"] == "Karin Smit"


async def test_the_console_list_and_the_leader_picker(w: World) -> None:
    other_manager = await make_user(
        w.session, "mo@kring.example", first_name="Mo", staff_role="care_manager"
    )
    await w.project(name="Bloesem")
    await w.project(name="Anjer", leader_id=str(other_manager.id))
    await w.project(name="Zon", organisation_id=str(w.p.other.id))

    async def names(query: str) -> list[str]:
        answer = await w.karin.call("GET", ADMIN_PROJECTS + query)
        assert answer.status_code == 200, answer.json()
        return [p["name"] for p in answer.json()["items"]]

    assert await names("") == ["Anjer", "Bloesem", "Zon"]
    assert await names("?mine=true") == ["Bloesem", "Zon"]
    assert await names(f"?organisation={w.linde.id}") == ["Anjer", "Bloesem"]
    assert await names("?q=blo") == ["Bloesem"]
    assert await names("?limit=1&q=o") == ["Bloesem"]
    answer = await w.advisor.call("GET", "/api/v1/admin/care-managers")
    assert [m["name"] for m in answer.json()] == ["Karin Smit", "Mo"]


async def test_adding_and_removing_one_member_is_audited(w: World) -> None:
    made = await w.project()
    cas, bo = w.p.employee.membership, w.p.foreign.membership
    assert cas is not None
    assert bo is not None
    url = f"{ADMIN_PROJECTS}/{made['id']}/members"
    assert (await w.karin.call("PUT", f"{url}/{bo.id}")).status_code == 404
    assert (await w.karin.call("PUT", f"{url}/{cas.id}")).status_code == 204
    assert (await w.karin.call("PUT", f"{url}/{cas.id}")).status_code == 204  # idempotent
    page = (await w.karin.call("GET", f"{ADMIN_PROJECTS}/{made['id']}")).json()
    assert [m["name"] for m in page["members"]] == ["Cas"]
    assert (await w.advisor.call("DELETE", f"{url}/{cas.id}")).status_code == 403
    assert (await w.karin.call("DELETE", f"{url}/{cas.id}")).status_code == 204
    assert await w.members_of(made["id"]) == set()
    changed = await w.karin.call(
        "PATCH", f"{ADMIN_PROJECTS}/{made['id']}", {"name": "De Linde (oost)", "address": None}
    )
    assert changed.status_code == 200, changed.json()
    assert changed.json()["address"] is None
    assert (
        await w.karin.call("PATCH", f"{ADMIN_PROJECTS}/{made['id']}", {"name": None})
    ).status_code == 422
    actions = list(
        await w.session.scalars(
            select(AuditEvent.action).where(
                AuditEvent.subject_type == "project", AuditEvent.subject_id == made["id"]
            )
        )
    )
    assert sorted(actions) == [
        "project.changed",
        "project.created",
        "project.member_added",
        "project.member_removed",
        "project.viewed",
    ]


async def test_an_ended_project_that_runs_again_picks_up_flagged_members(w: World) -> None:
    ended = await w.project(starts_on=day(-90), ends_on=day(-1))
    await w.set_flag(w.p.employee, True)
    assert await w.members_of(ended["id"]) == set()
    answer = await w.karin.call("PATCH", f"{ADMIN_PROJECTS}/{ended['id']}", {"ends_on": None})
    assert answer.status_code == 200, answer.json()
    assert answer.json()["current"] is True
    assert w.p.employee.membership is not None
    assert await w.members_of(ended["id"]) == {str(w.p.employee.membership.id)}
