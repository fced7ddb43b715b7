"""Municipalities and social services serve neighbourhoods: staff link them (no other kind of
organisation, in the API and in the database), and their members see those neighbourhoods with
the share of residents who volunteer; nobody else finds the dashboard."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from kring.models.audit import AuditEvent
from kring.models.neighbourhood import NeighbourhoodServiceOrganisation
from kring.models.organisation import Organisation
from tests.neighbourhoods.helpers import ADMIN, World, address


def served_url(organisation: Organisation) -> str:
    return f"/api/v1/organisations/{organisation.id}/neighbourhoods"


async def test_staff_link_a_municipality_and_its_member_sees_the_volunteer_share(
    w: World,
) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte", "zeist")
    read = (await w.staff.call("GET", f"{ADMIN}/{w.ids['witte']}")).json()
    assert read["service_organisations"] == [
        {"organisation_id": str(utrecht.id), "name": "Gemeente Utrecht", "kind": "municipality"}
    ]
    # Four residents in Wittevrouwen, one of whom volunteers; Zeist has none yet.
    for number in range(4):
        resident = await w.resident(f"buur{number}@example.org")
        await w.join(resident)
        if number == 0:
            answer = await resident.call(
                "PUT", "/api/v1/me/neighbourhood/profile", {"volunteers_for_organisations": True}
            )
            assert answer.status_code == 200, answer.json()
    served = (await gina.call("GET", served_url(utrecht))).json()
    assert [(n["name"], n["resident_count"], n["volunteer_count"]) for n in served] == [
        ("Wittevrouwen", 4, 1),
        ("Zeist", 0, 0),
    ]
    assert served[0]["volunteer_share"] == 0.25
    assert served[1]["volunteer_share"] is None
    actions = set(await w.session.scalars(select(AuditEvent.action)))
    assert "neighbourhood.service_organisation_added" in actions


async def test_linking_twice_is_once_and_unlinking_hides_it(w: World) -> None:
    utrecht, gina = await w.service_organisation("Gemeente Utrecht", "witte")
    link = f"{ADMIN}/{w.ids['witte']}/service-organisations/{utrecht.id}"
    assert (await w.staff.call("PUT", link)).status_code == 200
    assert len((await gina.call("GET", served_url(utrecht))).json()) == 1
    assert (await w.staff.call("DELETE", link)).status_code == 204
    assert (await w.staff.call("DELETE", link)).status_code == 404
    assert (await gina.call("GET", served_url(utrecht))).json() == []


async def test_only_municipalities_and_social_services_serve(w: World) -> None:
    care = Organisation(kind="care_organisation", name="Zorggroep De Linde")
    w.session.add(care)
    await w.session.commit()
    answer = await w.staff.call("PUT", f"{ADMIN}/{w.ids['witte']}/service-organisations/{care.id}")
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "organisation_id"
    await w.service_organisation("Sociaal Huis Aalst", "aalst", kind="social_service")
    # The database refuses another kind too, and a serving organisation cannot change kind.
    with pytest.raises(IntegrityError):
        async with w.session.begin_nested():
            w.session.add(
                NeighbourhoodServiceOrganisation(
                    neighbourhood_id=w.ids["witte"],
                    organisation_id=care.id,
                    organisation_kind="care_organisation",
                )
            )
    with pytest.raises(IntegrityError):
        async with w.session.begin_nested():
            await w.session.execute(
                text("UPDATE organisation SET kind = 'umbrella' WHERE name = 'Sociaal Huis Aalst'")
            )
    with pytest.raises(IntegrityError):
        async with w.session.begin_nested():
            await w.session.execute(
                text(
                    "INSERT INTO neighbourhood_service_organisation"
                    " (neighbourhood_id, organisation_id, organisation_kind)"
                    " VALUES (:n, :o, 'municipality')"
                ),
                {"n": w.ids["witte"], "o": care.id},
            )


async def test_nobody_else_finds_the_dashboard(w: World) -> None:
    utrecht, _ = await w.service_organisation("Gemeente Utrecht", "witte")
    aalst, other = await w.service_organisation(
        "Sociaal Huis Aalst", "aalst", kind="social_service"
    )
    resident = await w.resident("anna@example.org")
    await w.join(resident, address())
    # Another service's member, a resident of the neighbourhood, and its worker: 404.
    for who in (other, resident, w.worker):
        assert (await who.call("GET", served_url(utrecht))).status_code == 404
    assert [n["name"] for n in (await other.call("GET", served_url(aalst))).json()] == [
        "Aalst centrum"
    ]
    # Staff who keep neighbourhoods see it, as support.
    assert (await w.staff.call("GET", served_url(utrecht))).status_code == 200
    # A care organisation's own member finds no dashboard for it.
    care = Organisation(kind="care_organisation", name="Zorggroep De Linde")
    w.session.add(care)
    await w.session.commit()
    assert (await w.staff.call("GET", served_url(care))).status_code == 404
