"""Staff keep neighbourhoods: areas that never overlap, local organisations that can be
reached, workers who are verified partners, and invites."""

from __future__ import annotations

from redis.asyncio import Redis
from sqlalchemy import select

from kring.models.audit import AuditEvent
from kring.models.neighbourhood import NeighbourhoodInvite
from kring.neighbourhoods.staff import INVITES_PER_HOUR
from tests.accounts.helpers import queued_mails
from tests.neighbourhoods.helpers import ADMIN, UTRECHT, ZEIST, World


async def _actions(w: World) -> list[str]:
    return list((await w.session.scalars(select(AuditEvent.action))).all())


async def test_staff_list_and_read_neighbourhoods(w: World) -> None:
    listed = (await w.staff.call("GET", ADMIN)).json()
    assert [n["name"] for n in listed] == ["Aalst centrum", "Wittevrouwen", "Zeist"]
    witte = next(n for n in listed if n["name"] == "Wittevrouwen")
    assert witte["postcode_areas"] == ["3581", "3582"]
    assert witte["resident_count"] == 0
    zeist = (await w.staff.call("GET", f"{ADMIN}/{w.ids['zeist']}")).json()
    assert zeist["places"] == [{"id": ZEIST, "name": "Zeist"}]
    # The centre comes from the first place.
    assert (zeist["latitude"], zeist["longitude"]) == (52.09, 5.23333)
    assert zeist["workers"] == []
    assert "neighbourhood.created" in await _actions(w)


async def test_an_area_in_another_neighbourhood_is_refused(w: World) -> None:
    answer = await w.staff.call(
        "POST",
        ADMIN,
        {
            "name": "Oost",
            "country": "NL",
            "postcode_areas": ["3582"],
            "latitude": 52,
            "longitude": 5,
        },
    )
    assert answer.status_code == 409
    (error,) = answer.json()["errors"]
    assert error["field"] == "postcode_areas"
    assert "Wittevrouwen" in error["message"]
    answer = await w.staff.call(
        "POST", ADMIN, {"name": "Oost", "country": "NL", "place_ids": [ZEIST]}
    )
    assert answer.status_code == 409
    assert answer.json()["errors"][0]["field"] == "place_ids"
    assert "Zeist" in answer.json()["errors"][0]["message"]
    # The same postcode area in the other country is another area.
    answer = await w.staff.call(
        "POST",
        ADMIN,
        {
            "name": "Elders",
            "country": "BE",
            "postcode_areas": ["3581"],
            "latitude": 50,
            "longitude": 4,
        },
    )
    assert answer.status_code == 201


async def test_create_refuses_no_area_no_centre_and_foreign_places(w: World) -> None:
    answer = await w.staff.call("POST", ADMIN, {"name": "Leeg", "country": "NL"})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "postcode_areas"
    answer = await w.staff.call(
        "POST", ADMIN, {"name": "Leeg", "country": "NL", "postcode_areas": ["3511"]}
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "latitude"
    answer = await w.staff.call(
        "POST", ADMIN, {"name": "Leeg", "country": "BE", "place_ids": [UTRECHT]}
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "place_ids"
    answer = await w.staff.call(
        "POST", ADMIN, {"name": "zeist", "country": "NL", "place_ids": [UTRECHT]}
    )
    assert answer.status_code == 409


async def test_patch_replaces_areas_and_archive(w: World) -> None:
    url = f"{ADMIN}/{w.ids['witte']}"
    answer = await w.staff.call("PATCH", url, {"postcode_areas": ["3581"], "place_ids": [UTRECHT]})
    assert answer.status_code == 200, answer.json()
    assert answer.json()["postcode_areas"] == ["3581"]
    assert answer.json()["places"] == [{"id": UTRECHT, "name": "Utrecht"}]
    # 3582 is free again.
    answer = await w.staff.call(
        "POST",
        ADMIN,
        {
            "name": "Oost",
            "country": "NL",
            "postcode_areas": ["3582"],
            "latitude": 52,
            "longitude": 5,
        },
    )
    assert answer.status_code == 201
    answer = await w.staff.call("PATCH", url, {"postcode_areas": ["3582"]})
    assert answer.status_code == 409
    answer = await w.staff.call("PATCH", url, {"postcode_areas": [], "place_ids": []})
    assert answer.status_code == 422
    archived = await w.staff.call("POST", url + "/archive")
    assert archived.json()["archived_at"] is not None
    back = await w.staff.call("POST", url + "/unarchive")
    assert back.json()["archived_at"] is None
    actions = await _actions(w)
    assert {"neighbourhood.updated", "neighbourhood.archived", "neighbourhood.unarchived"} <= set(
        actions
    )


async def test_local_organisations(w: World) -> None:
    url = f"{ADMIN}/{w.ids['witte']}/local-organisations"
    answer = await w.staff.call("POST", url, {"name": "Buurtteam"})
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "phone"
    answer = await w.staff.call("POST", url, {"name": "Buurtteam", "website": "http://x.example"})
    assert answer.status_code == 422
    answer = await w.staff.call("POST", url, {"name": "Buurtteam", "phone": "12"})
    assert answer.status_code == 422
    answer = await w.staff.call("POST", url, {"name": "Buurtteam", "phone": "030 123 4567"})
    assert answer.status_code == 201, answer.json()
    created = answer.json()
    assert created["phone"] == "+31301234567"
    one = f"{url}/{created['id']}"
    answer = await w.staff.call("PATCH", one, {"phone": None})
    assert answer.status_code == 422
    answer = await w.staff.call("PATCH", one, {"email": "info@buurtteam.example", "phone": None})
    assert answer.status_code == 200
    assert answer.json()["phone"] is None
    # Another neighbourhood's path does not find it.
    other = f"{ADMIN}/{w.ids['zeist']}/local-organisations/{created['id']}"
    assert (await w.staff.call("PATCH", other, {"name": "X"})).status_code == 404
    archived = await w.staff.call("POST", one + "/archive")
    assert archived.json()["archived_at"] is not None
    listed = (await w.staff.call("GET", url)).json()
    assert [o["name"] for o in listed] == ["Buurtteam"]


async def test_workers_must_be_verified_partners(w: World) -> None:
    resident = await w.resident("anna@example.org")
    url = f"{ADMIN}/{w.ids['witte']}/workers"
    answer = await w.staff.call("PUT", f"{url}/{resident.user.id}")
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "user_id"
    answer = await w.staff.call("PUT", f"{url}/{w.worker.user.id}")
    assert answer.status_code == 200
    assert [x["user_id"] for x in answer.json()["workers"]] == [str(w.worker.user.id)]
    again = await w.staff.call("PUT", f"{url}/{w.worker.user.id}")
    assert again.status_code == 200
    work = (await w.worker.call("GET", "/api/v1/me/neighbourhood-work")).json()
    assert [n["name"] for n in work] == ["Wittevrouwen"]
    assert (await w.staff.call("DELETE", f"{url}/{w.worker.user.id}")).status_code == 204
    assert (await w.staff.call("DELETE", f"{url}/{w.worker.user.id}")).status_code == 404
    assert (await w.worker.call("GET", "/api/v1/me/neighbourhood-work")).json() == []


async def test_invite_mails_a_link_in_the_invitees_language(w: World) -> None:
    anna = await w.resident("anna@example.org")
    anna.user.language = "fr"
    await w.session.commit()
    url = f"{ADMIN}/{w.ids['witte']}/invites"
    answer = await w.staff.call("POST", url, {"email": "ANNA@example.org"})
    assert answer.status_code == 201, answer.json()
    (mail,) = await queued_mails(w.session, "ANNA@example.org")
    assert mail["template"] == "neighbourhood_invitation"
    assert mail["language"] == "fr"
    stranger = await w.staff.call("POST", url, {"email": "nobody@example.org"})
    assert stranger.status_code == 201
    (mail,) = await queued_mails(w.session, "nobody@example.org")
    assert mail["language"] == "nl"
    invite = await w.session.scalar(select(NeighbourhoodInvite).limit(1))
    assert invite is not None
    assert len(invite.token_hash) == 64
    assert (invite.expires_at - invite.created_at).days == 14
    assert "neighbourhood.invited" in await _actions(w)


async def test_invites_are_rate_limited_per_person(w: World, redis: Redis) -> None:
    url = f"{ADMIN}/{w.ids['witte']}/invites"
    for index in range(INVITES_PER_HOUR):
        answer = await w.staff.call("POST", url, {"email": f"buur{index}@example.org"})
        assert answer.status_code == 201, answer.json()
    answer = await w.staff.call("POST", url, {"email": "een-te-veel@example.org"})
    assert answer.status_code == 429
    assert int(answer.headers["Retry-After"]) > 0
    assert await queued_mails(w.session, "een-te-veel@example.org") == []


async def test_an_archived_neighbourhood_takes_no_invites(w: World) -> None:
    await w.staff.call("POST", f"{ADMIN}/{w.ids['witte']}/archive")
    answer = await w.staff.call(
        "POST", f"{ADMIN}/{w.ids['witte']}/invites", {"email": "anna@example.org"}
    )
    assert answer.status_code == 409
