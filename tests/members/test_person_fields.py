"""A contact person's nickname, home address and postal address (Careflex's person form): the
person and their portal admins read and change the addresses, colleagues never see them, and
the database keeps an address whole or not at all."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.user import User
from tests.accounts.helpers import csrf
from tests.members.helpers import NEW_CONTACT, Parties

HOME = {
    "street": "Lindelaan",
    "house_number": "12",
    "house_number_addition": "b",
    "postcode": "3511ab",
    "city": "Utrecht",
}
POSTBOX = {"street": "Postbus", "house_number": "150", "postcode": "3500 AA", "city": "Utrecht"}


async def test_i_set_my_nickname_and_addresses_and_clear_the_postal_one(p: Parties) -> None:
    changed = await p.employee.call(
        "PATCH",
        "/api/v1/me/contact-details",
        {"nickname": "Cas", "address": HOME, "postal_address": POSTBOX},
    )
    assert changed.status_code == 200, changed.json()
    mine = changed.json()
    assert mine["nickname"] == "Cas"
    assert mine["address"] == {**HOME, "postcode": "3511 AB", "house_number_addition": "b"}
    assert mine["postal_address"]["street"] == "Postbus"

    cleared = await p.employee.call("PATCH", "/api/v1/me/contact-details", {"postal_address": None})
    assert cleared.json()["postal_address"] is None
    assert cleared.json()["address"]["city"] == "Utrecht"  # what was not named stays


async def test_colleagues_see_the_nickname_but_not_the_addresses(p: Parties) -> None:
    assert p.employee.membership is not None
    assert p.admin.membership is not None
    await p.employee.call(
        "PATCH", "/api/v1/me/contact-details", {"nickname": "Cas", "address": HOME}
    )
    url = p.members_url(f"/{p.employee.membership.id}")
    as_admin = (await p.admin.call("GET", url)).json()
    assert as_admin["address"]["street"] == "Lindelaan"
    await p.admin.call("PATCH", "/api/v1/me/contact-details", {"address": POSTBOX})
    seen = (await p.employee.call("GET", p.members_url(f"/{p.admin.membership.id}"))).json()
    assert seen["address"] is None
    listed = (await p.employee.call("GET", p.members_url())).json()["items"]
    admin_row = next(m for m in listed if m["id"] == str(p.admin.membership.id))
    own_row = next(m for m in listed if m["id"] == str(p.employee.membership.id))
    assert admin_row["address"] is None
    assert own_row["address"]["street"] == "Lindelaan"
    assert own_row["nickname"] == "Cas"


async def test_an_admin_adds_a_contact_person_with_addresses(p: Parties) -> None:
    added = await p.admin.call(
        "POST",
        p.members_url(),
        {**NEW_CONTACT, "nickname": "Daan", "address": HOME, "postal_address": POSTBOX},
    )
    assert added.status_code == 201, added.json()
    assert added.json()["postal_address"]["postcode"] == "3500 AA"
    assert added.json()["nickname"] == "Daan"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"address": {**HOME, "postcode": "0123 AB"}}, "address.postcode"),
        ({"address": {**HOME, "house_number": "12a"}}, "address.house_number"),
        ({"postal_address": {**POSTBOX, "city": ""}}, "postal_address.city"),
        ({"nickname": "Cas\x00"}, "nickname"),
        ({"nickname": "x" * 101}, "nickname"),
        ({"postal_address": {**POSTBOX, "street": "\ud800"}}, "postal_address.street"),
    ],
)
async def test_a_wrong_address_or_nickname_is_refused_naming_the_field(
    p: Parties, body: dict[str, object], field: str
) -> None:
    # As JSON escapes, so a lone surrogate reaches the API as a client would send it.
    refused = await p.employee.client.patch(
        "/api/v1/me/contact-details",
        content=json.dumps(body),
        headers={
            **csrf(p.employee.client, p.employee.settings),
            "content-type": "application/json",
        },
    )
    assert refused.status_code == 422, refused.json()
    assert refused.json()["errors"][0]["field"] == field


async def test_the_database_keeps_a_postal_address_whole_and_erases_it_with_the_account(
    p: Parties, session: AsyncSession
) -> None:
    with pytest.raises(IntegrityError, match="postal_address_complete"):
        async with session.begin_nested():
            await session.execute(
                text("UPDATE user_account SET postal_street = 'Postbus' WHERE id = :id"),
                {"id": p.employee.user.id},
            )
    await p.employee.call(
        "PATCH",
        "/api/v1/me/contact-details",
        {"nickname": "Cas", "address": HOME, "postal_address": POSTBOX},
    )
    await session.execute(
        text("UPDATE user_account SET status = 'deleted' WHERE id = :id"),
        {"id": p.employee.user.id},
    )
    erased = await session.get(User, p.employee.user.id, populate_existing=True)
    assert erased is not None
    assert (erased.nickname, erased.postal_street, erased.home_street) == (None, None, None)
