"""The volunteer list: residents of the served neighbourhoods who volunteer, not suspended,
filtered by neighbourhood, skills (any of them) and words; never an address; audited."""

from __future__ import annotations

from sqlalchemy import func, select

from kring.models.audit import AuditEvent
from tests.neighbourhoods.helpers import World
from tests.volunteers.helpers import HOUSE_NUMBER, STREET, town, url, walk_for_addresses


def names(page: dict[str, object]) -> list[str]:
    items = page["items"]
    assert isinstance(items, list)
    return [item["display_name"] for item in items]


async def test_the_list_holds_the_volunteers_of_served_neighbourhoods_only(w: World) -> None:
    t = await town(w)
    page = await t.listed()
    # Non-volunteers (Dirk), the suspended (Eva) and Aalst's (not served) are absent; by
    # neighbourhood name, then name.
    assert names(page) == ["Anna B.", "Bert D.", "Carla Z."]
    assert [i["neighbourhood"]["name"] for i in page["items"]] == [
        "Wittevrouwen",
        "Wittevrouwen",
        "Zeist",
    ]
    anna = page["items"][0]
    assert anna == {
        "resident_id": t.residents["anna"],
        "display_name": "Anna B.",
        "neighbourhood": {"id": w.ids["witte"], "name": "Wittevrouwen"},
        "skills": [
            {"id": str(t.groceries.id), "slug": t.groceries.slug, "name": t.groceries.name_nl}
        ],
        "about": "Ik doe graag boodschappen.",
    }
    assert page["next_cursor"] is None


async def test_no_item_reveals_an_address(w: World) -> None:
    t = await town(w)
    page = await t.listed()
    secrets = [STREET, HOUSE_NUMBER, "3581", "3582", "3701", "@"]
    secrets += [p.user.email for p in t.people.values()] + [t.gina.user.email]
    walk_for_addresses(page, secrets)


async def test_filter_by_neighbourhood_skills_and_words(w: World) -> None:
    t = await town(w)
    assert names(await t.listed(f"?neighbourhood_id={w.ids['zeist']}")) == ["Carla Z."]
    assert names(await t.listed(f"?skill_id={t.computer.id}")) == ["Bert D.", "Carla Z."]
    # Repeated: any of the skills.
    both = f"?skill_id={t.computer.id}&skill_id={t.groceries.id}"
    assert names(await t.listed(both)) == ["Anna B.", "Bert D.", "Carla Z."]
    assert names(await t.listed(f"{both}&neighbourhood_id={w.ids['witte']}")) == [
        "Anna B.",
        "Bert D.",
    ]
    assert names(await t.listed("?q=boodschap")) == ["Anna B."]
    assert names(await t.listed("?q=vries")) == ["Bert D."]
    # Wildcards are only themselves.
    assert names(await t.listed("?q=%25")) == []


async def test_keyset_pages(w: World) -> None:
    t = await town(w)
    first = await t.listed("?limit=2")
    assert names(first) == ["Anna B.", "Bert D."]
    second = await t.listed(f"?limit=2&cursor={first['next_cursor']}")
    assert names(second) == ["Carla Z."]
    assert second["next_cursor"] is None


async def test_refusals_name_the_field(w: World) -> None:
    t = await town(w)
    for query, field in (
        (f"?neighbourhood_id={w.ids['aalst']}", "neighbourhood_id"),
        ("?skill_id=0193a0c4-7f1e-7b3a-9c1d-2e4f5a6b7c8d", "skill_id"),
        ("?skill_id=nope", "skill_id"),
    ):
        answer = await t.gina.call("GET", url(t.utrecht, query))
        assert answer.status_code == 422, query
        assert answer.json()["errors"][0]["field"].startswith(field), answer.json()


async def test_only_the_organisations_members_and_staff_read_it(w: World) -> None:
    t = await town(w)
    aalst_member = await w.resident("ander@example.org")
    for who in (t.people["anna"], w.worker, aalst_member):
        assert (await who.call("GET", url(t.utrecht))).status_code == 404
    # Another service's member: 404 on Utrecht's list.
    _, other = await w.service_organisation(
        "Gemeente Zeist", "zeist", member_email="zeist@gemeente.example"
    )
    assert (await other.call("GET", url(t.utrecht))).status_code == 404
    assert names(await t.listed(who=w.staff)) == ["Anna B.", "Bert D.", "Carla Z."]


async def test_each_read_is_audited_once(w: World) -> None:
    t = await town(w)
    await t.listed()
    await t.listed(f"?skill_id={t.computer.id}")
    count = await w.session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(
            AuditEvent.action == "volunteers.list_read",
            AuditEvent.organisation_id == t.utrecht.id,
        )
    )
    assert count == 2
