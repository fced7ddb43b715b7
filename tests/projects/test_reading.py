"""What the portal shows of projects: an employee sees the projects they are a member of (mine
and all alike), a portal admin all of the organisation's; someone else's project and another
organisation's are not found. The project page names the leader and the members and is
audited; shifts come in keyset pages, upcoming soonest first and past latest first."""

from __future__ import annotations

from sqlalchemy import select

from kring.models.audit import AuditEvent
from kring.models.organisation import Organisation
from tests.projects.helpers import ADMIN_SHIFTS, World, day


async def _names(
    w: World, who: object, view: str | None = None, organisation: Organisation | None = None
) -> list[str]:
    url = w.portal(organisation) + (f"?view={view}" if view else "")
    answer = await who.call("GET", url)  # type: ignore[attr-defined]
    assert answer.status_code == 200, answer.json()
    return [item["name"] for item in answer.json()["items"]]


async def test_an_employee_sees_their_own_projects_an_admin_all(w: World) -> None:
    assert w.p.employee.membership
    assert w.p.admin.membership
    shared = await w.project(name="Bloesem")
    alone = await w.project(name="Anjer")
    ended = await w.project(name="Cactus", starts_on=day(-90), ends_on=day(-1))
    await w.add(shared["id"], w.p.employee.membership.id)
    await w.add(ended["id"], w.p.employee.membership.id)
    await w.add(shared["id"], w.p.admin.membership.id)

    # Current ones first, by name; ended ones last.
    assert await _names(w, w.p.employee) == ["Bloesem", "Cactus"]
    assert await _names(w, w.p.employee, "all") == ["Bloesem", "Cactus"]
    assert await _names(w, w.p.admin) == ["Bloesem"]
    assert await _names(w, w.p.admin, "all") == ["Anjer", "Bloesem", "Cactus"]

    answer = await w.p.admin.call("GET", w.portal() + "?view=all")
    rows = {item["name"]: item for item in answer.json()["items"]}
    assert rows["Bloesem"]["i_am_member"] is True
    assert rows["Anjer"]["i_am_member"] is False
    assert rows["Bloesem"]["member_count"] == 2
    assert rows["Bloesem"]["leader_name"] == "Karin Smit"
    assert rows["Cactus"]["current"] is False
    assert rows["Bloesem"]["current"] is True
    assert rows["Bloesem"]["city"] == "Utrecht"

    # Not a member: not found for the employee, there for the admin.
    assert (await w.p.employee.call("GET", w.portal(suffix=f"/{alone['id']}"))).status_code == 404
    assert (await w.p.admin.call("GET", w.portal(suffix=f"/{alone['id']}"))).status_code == 200
    shifts = w.portal(suffix=f"/{alone['id']}/shifts")
    assert (await w.p.employee.call("GET", shifts)).status_code == 404


async def test_another_organisations_project_is_not_found(w: World) -> None:
    theirs = await w.project(organisation_id=str(w.p.other.id), name="Zonnehuis")
    for url in (
        w.portal(suffix=f"/{theirs['id']}"),
        w.portal(suffix=f"/{theirs['id']}/shifts"),
        w.portal(w.p.other),
        w.portal(w.p.other, f"/{theirs['id']}"),
    ):
        for who in (w.p.admin, w.p.employee):
            assert (await who.call("GET", url)).status_code == 404, url
    assert await _names(w, w.p.foreign, "all", w.p.other) == ["Zonnehuis"]


async def test_the_project_page_names_leader_and_members_and_is_audited(w: World) -> None:
    assert w.p.employee.membership
    made = await w.project()
    await w.add(made["id"], w.p.employee.membership.id)
    answer = await w.p.employee.call("GET", w.portal(suffix=f"/{made['id']}"))
    assert answer.status_code == 200, answer.json()
    page = answer.json()
    assert page["leader"] == {
        "id": str(w.karin.user.id),
        "name": "Karin Smit",
        "email": "karin@kring.example",
        "phone": "+31302345678",
    }
    assert page["address"]["postcode"] == "3511 AB"
    assert page["i_am_member"] is True
    [member] = page["members"]
    assert member["name"] == "Cas"
    assert member["email_services"] is False
    event = await w.session.scalar(select(AuditEvent).where(AuditEvent.action == "project.viewed"))
    assert event is not None
    assert str(event.subject_id) == made["id"]
    assert event.actor_user_id == w.p.employee.user.id
    assert event.organisation_id == w.linde.id


async def test_shifts_upcoming_and_past_in_keyset_pages(w: World) -> None:
    assert w.p.employee.membership
    made = await w.project()
    await w.add(made["id"], w.p.employee.membership.id)
    for offset, start in ((2, "07:00"), (0, "22:00"), (2, "06:00"), (-1, "07:00"), (-3, "07:00")):
        await w.shift(made["id"], works_on=day(offset), starts_at=start)
    cancelled = await w.shift(made["id"], works_on=day(5))
    answer = await w.karin.call("POST", f"{ADMIN_SHIFTS}/{cancelled['id']}/cancel")
    assert answer.status_code == 200, answer.json()

    url = w.portal(suffix=f"/{made['id']}/shifts")
    seen: list[tuple[str, str, str]] = []
    cursor = None
    while True:
        query = "?limit=2" + (f"&cursor={cursor}" if cursor else "")
        page = (await w.p.employee.call("GET", url + query)).json()
        seen += [(s["works_on"], s["starts_at"], s["status"]) for s in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [
        (day(0), "22:00:00", "planned"),
        (day(2), "06:00:00", "planned"),
        (day(2), "07:00:00", "planned"),
        (day(5), "07:00:00", "cancelled"),
    ]
    past = (await w.p.employee.call("GET", url + "?when=past")).json()["items"]
    assert [s["works_on"] for s in past] == [day(-1), day(-3)]
    assert past[0]["hours"] == "8.00"
    assert past[0]["function"] == "nurse"
    assert past[0]["worker_name"] == "Sanne Bakker"
    # A cursor of the other list is refused on the field.
    first = (await w.p.employee.call("GET", url + "?limit=1")).json()
    answer = await w.p.employee.call("GET", url + f"?when=past&cursor={first['next_cursor']}")
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "cursor"
