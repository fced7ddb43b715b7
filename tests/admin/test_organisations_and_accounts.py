"""Staff administration: organisations, professionals' accounts, umbrella links, e-mail
changes, deletion and the audit trail."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.organisation import Membership
from kring.models.user import User, UserStatus
from tests.accounts.helpers import queued_mails
from tests.members.helpers import Parties

LINDE = {
    "kind": "umbrella",
    "name": "Zorggroep Noord",
    "registration_number": "4123 4567",
    "visiting_address": {
        "street": "Lindelaan",
        "house_number": "12",
        "postcode": "3511ab",
        "city": "Utrecht",
    },
    "phone": "030 123 4567",
    "email": "info@noord.example",
    "ad_contract": True,
}


async def test_staff_create_and_change_organisations_with_checked_numbers(p: Parties) -> None:
    created = await p.staff.call("POST", "/api/v1/admin/organisations", LINDE)
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["registration_number"] == "41234567"
    assert body["visiting_address"]["postcode"] == "3511 AB"
    assert body["phone"] == "+31301234567"

    wrong = await p.staff.call(
        "POST",
        "/api/v1/admin/organisations",
        {
            **LINDE,
            "registration_number": "123",
            "visiting_address": {**LINDE["visiting_address"], "postcode": "0123 AB"},  # type: ignore[dict-item]
        },
    )
    assert wrong.status_code == 422
    fields = {e["field"] for e in wrong.json()["errors"]}
    assert fields == {"registration_number", "visiting_address.postcode"}

    belgian = {
        **LINDE,
        "country": "BE",
        "registration_number": "BE 0403.170.701",
        "visiting_address": {**LINDE["visiting_address"], "postcode": "1000"},  # type: ignore[dict-item]
    }
    made = await p.staff.call("POST", "/api/v1/admin/organisations", belgian)
    assert made.json()["registration_number"] == "0403170701"
    bad_check = await p.staff.call(
        "POST", "/api/v1/admin/organisations", {**belgian, "registration_number": "0403170702"}
    )
    assert bad_check.json()["errors"][0]["field"] == "registration_number"

    changed = await p.staff.call(
        "PATCH",
        f"/api/v1/admin/organisations/{body['id']}",
        {"ad_contract": False, "name": "Noord"},
    )
    assert changed.json()["ad_contract"] is False
    assert changed.json()["name"] == "Noord"
    found = await p.staff.call("GET", "/api/v1/admin/organisations?q=noord")
    assert [o["name"] for o in found.json()["items"]] == ["Noord", "Zorggroep Noord"]
    first = await p.staff.call("GET", "/api/v1/admin/organisations?q=noord&limit=1")
    assert [o["name"] for o in first.json()["items"]] == ["Noord"]
    cursor = first.json()["next_cursor"]
    rest = await p.staff.call("GET", f"/api/v1/admin/organisations?q=noord&cursor={cursor}")
    assert [o["name"] for o in rest.json()["items"]] == ["Zorggroep Noord"]
    assert rest.json()["next_cursor"] is None
    # Members see their organisation but cannot change it.
    assert (
        await p.admin.call("PATCH", f"/api/v1/admin/organisations/{p.linde.id}", {})
    ).status_code == 403


async def test_an_advisor_makes_an_account_and_links_a_second_umbrella_with_a_reason(
    p: Parties, session: AsyncSession
) -> None:
    north = (await p.staff.call("POST", "/api/v1/admin/organisations", LINDE)).json()
    south = (
        await p.staff.call(
            "POST", "/api/v1/admin/organisations", {**LINDE, "name": "Zorggroep Zuid"}
        )
    ).json()
    made = await p.staff.call(
        "POST",
        "/api/v1/admin/users",
        {
            "email": "ergo@example.org",
            "first_name": "Eva",
            "last_name": "Smit",
            "organisation_id": north["id"],
        },
    )
    assert made.status_code == 201, made.json()
    account = made.json()
    assert account["status"] == "invited"
    [mail] = await queued_mails(session, "ergo@example.org")
    assert mail["template"] == "account_activation"
    assert "/pro/activate?token=" in str(mail["context"]["link"])  # type: ignore[index]

    link_url = f"/api/v1/admin/users/{account['id']}/memberships"
    no_reason = await p.staff.call("POST", link_url, {"organisation_id": south["id"]})
    assert no_reason.status_code == 422
    assert no_reason.json()["errors"][0]["field"] == "umbrella_link_reason"
    linked = await p.staff.call(
        "POST", link_url, {"organisation_id": south["id"], "umbrella_link_reason": "seconded"}
    )
    assert linked.status_code == 201
    reasons = {
        m["organisation_name"]: m["umbrella_link_reason"] for m in linked.json()["memberships"]
    }
    assert reasons == {"Zorggroep Noord": None, "Zorggroep Zuid": "seconded"}
    twice = await p.staff.call(
        "POST", link_url, {"organisation_id": south["id"], "umbrella_link_reason": "seconded"}
    )
    assert twice.status_code == 409
    # A care organisation next to an umbrella needs no reason.
    assert (
        await p.staff.call("POST", link_url, {"organisation_id": str(p.linde.id)})
    ).status_code == 201


async def test_staff_change_an_email_keeping_the_history_and_delete_an_account(
    p: Parties, session: AsyncSession
) -> None:
    cas = p.employee.user
    changed = await p.staff.call(
        "PUT", f"/api/v1/admin/users/{cas.id}/email", {"new_email": "cas@nieuw.example"}
    )
    assert changed.status_code == 200
    assert changed.json()["email"] == "cas@nieuw.example"
    assert (await p.employee.call("GET", "/api/v1/me")).status_code == 401  # sessions ended
    assert [m["template"] for m in await queued_mails(session, "cas@linde.example")][
        -1
    ] == "email_changed"
    assert [m["template"] for m in await queued_mails(session, "cas@nieuw.example")] == [
        "email_changed"
    ]
    taken = await p.staff.call(
        "PUT", f"/api/v1/admin/users/{cas.id}/email", {"new_email": "PETRA@linde.example"}
    )
    assert taken.status_code == 422

    page = (await p.staff.call("GET", f"/api/v1/admin/users/{cas.id}/audit-events")).json()
    trail = page["items"]
    change = next(e for e in trail if e["action"] == "account.email_changed_by_staff")
    assert change["details"] == {"old_email": "cas@linde.example", "new_email": "cas@nieuw.example"}
    assert "auth.login" in {e["action"] for e in trail}  # what the person did, too

    # The trail pages by a cursor, newest first, each event once; every page read is itself
    # audited (`account.audit_trail_viewed`), so the first page starts with the read before it.
    url = f"/api/v1/admin/users/{cas.id}/audit-events?limit=2"
    paged: list[str] = []
    cursor = None
    while True:
        answer = await p.staff.call("GET", url + (f"&cursor={cursor}" if cursor else ""))
        assert answer.status_code == 200, answer.json()
        paged += [e["id"] for e in answer.json()["items"] if not e["action"].endswith("viewed")]
        cursor = answer.json()["next_cursor"]
        if cursor is None:
            break
    assert paged == [e["id"] for e in trail][: len(paged)]
    assert len(paged) == len(set(paged)) >= len(trail)
    moments = [
        e["created_at"]
        for e in (await p.staff.call("GET", url.replace("limit=2", "limit=100"))).json()["items"]
    ]
    assert moments == sorted(moments, reverse=True)

    deleted = await p.staff.call("DELETE", f"/api/v1/admin/users/{cas.id}")
    assert deleted.status_code == 204
    gone = await session.scalar(
        select(User).where(User.id == cas.id).execution_options(populate_existing=True)
    )
    assert gone is not None
    assert gone.status == UserStatus.deleted
    assert gone.first_name == ""
    assert gone.email.endswith("@deleted.invalid")
    memberships = await session.scalar(
        select(func.count()).select_from(Membership).where(Membership.user_id == cas.id)
    )
    assert memberships == 0
    assert (await p.staff.call("GET", f"/api/v1/admin/users/{cas.id}")).status_code == 404
    gone_trail = await p.staff.call("GET", f"/api/v1/admin/users/{cas.id}/audit-events")
    assert gone_trail.status_code == 404
    assert (
        await p.staff.call("DELETE", f"/api/v1/admin/users/{p.staff.user.id}")
    ).status_code == 409


async def test_staff_find_accounts_page_by_page_by_e_mail(p: Parties) -> None:
    everyone: list[dict[str, object]] = []
    cursor = None
    while True:
        url = "/api/v1/admin/users?limit=2" + (f"&cursor={cursor}" if cursor else "")
        answer = await p.staff.call("GET", url)
        assert answer.status_code == 200, answer.json()
        assert len(answer.json()["items"]) <= 2
        everyone += answer.json()["items"]
        cursor = answer.json()["next_cursor"]
        if cursor is None:
            break
    emails = [str(a["email"]) for a in everyone]
    assert emails == sorted(emails, key=str.lower)
    assert len({a["id"] for a in everyone}) == len(everyone) >= 3
    cas = next(a for a in everyone if a["id"] == str(p.employee.user.id))
    assert [m["organisation_id"] for m in cas["memberships"]] == [str(p.linde.id)]  # type: ignore[index]
    assert cas["has_second_factor"] is True

    found = (await p.staff.call("GET", "/api/v1/admin/users?q=cas")).json()
    assert [a["id"] for a in found["items"]] == [str(p.employee.user.id)]
    assert found["next_cursor"] is None
    other_list = (
        await p.staff.call("GET", f"/api/v1/admin/users/{p.employee.user.id}/audit-events?limit=1")
    ).json()
    bad = await p.staff.call("GET", f"/api/v1/admin/users?cursor={other_list['next_cursor']}")
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "cursor"

    assert (
        await p.staff.call("DELETE", f"/api/v1/admin/users/{p.employee.user.id}")
    ).status_code == 204
    left = (await p.staff.call("GET", "/api/v1/admin/users?limit=100")).json()["items"]
    assert str(p.employee.user.id) not in {a["id"] for a in left}
