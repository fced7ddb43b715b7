"""Who reaches a dossier (its manager, the help seeker, proxies until their last day, staff
through /admin), the audit of every read, list hit and change, and the dossier's access log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.dossier import DossierProxy
from tests.accounts.helpers import queued_mails, token_from
from tests.dossiers.helpers import DOSSIERS, create, signed_in
from tests.members.helpers import person

ADMIN = "/api/v1/admin/dossiers"


async def _events(session: AsyncSession, dossier_id: str) -> list[tuple[str, str | None]]:
    rows = await session.execute(
        select(AuditEvent.action, AuditEvent.details["as"].astext)
        .where(AuditEvent.subject_type == "dossier", AuditEvent.subject_id == dossier_id)
        .order_by(AuditEvent.created_at, AuditEvent.id)
    )
    return [(action, role) for action, role in rows.all()]


async def test_a_foreign_dossier_does_not_exist(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    bert = await signed_in(app, session, settings, "bert@example.org", "Bert")
    made = await create(sanne)
    url = f"{DOSSIERS}/{made['id']}"
    for method, path in (("GET", url), ("GET", f"{url}/access-log"), ("GET", f"{url}/proxies")):
        assert (await bert.call(method, path)).status_code == 404, path
    assert (await bert.call("POST", f"{url}/closure", {"reason": "Weg."})).status_code == 404
    assert (await bert.call("GET", DOSSIERS)).json()["items"] == []
    # Staff, as a person, see only their own; through /admin when their role may.
    vera = await person(app, session, settings, "vera@kring.example", "Vera", staff_role="verifier")
    assert (await vera.call("GET", url)).status_code == 404
    assert (await vera.call("GET", f"{ADMIN}/{made['id']}")).status_code == 200
    branch = await person(app, session, settings, "bo@kring.example", "Bo", staff_role="branch")
    assert (await branch.call("GET", f"{ADMIN}/{made['id']}")).status_code == 403
    assert await _events(session, made["id"]) == [
        ("dossier.created", "manager"),
        ("dossier.viewed", "staff"),
    ]


async def test_every_kind_of_read_is_in_the_access_log(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne, first_name="Truus")
    other = await create(sanne, first_name="Kees")
    url = f"{DOSSIERS}/{made['id']}"

    listed = (await sanne.call("GET", f"{DOSSIERS}?q=truus")).json()["items"]
    assert [d["id"] for d in listed] == [made["id"]]
    assert listed[0]["my_role"] == "manager"
    assert (await sanne.call("GET", url)).status_code == 200
    vera = await person(app, session, settings, "vera@kring.example", "Vera", staff_role="verifier")
    staff_list = (await vera.call("GET", f"{ADMIN}?status=draft")).json()["items"]
    assert {d["id"] for d in staff_list} == {made["id"], other["id"]}
    assert (await vera.call("GET", f"{ADMIN}/{made['id']}")).status_code == 200
    await sanne.call("PUT", f"{url}/bank", {"iban": "NL91ABNA0417164300", "account_holder": "T"})

    log = await sanne.call("GET", f"{url}/access-log")
    assert log.status_code == 200
    entries = log.json()["items"]
    assert [(e["action"], e["who_name"], e["who_role"]) for e in entries] == [
        ("dossier.changed", "Sanne", "manager"),
        ("dossier.viewed", "Vera", "verifier"),
        ("dossier.listed", "Vera", "verifier"),
        ("dossier.viewed", "Sanne", "manager"),
        ("dossier.listed", "Sanne", "manager"),
        ("dossier.created", "Sanne", "manager"),
    ]
    assert all(e["ip"] for e in entries)
    # Reading the log is a read too, and each list hit is one row per dossier shown.
    assert (await _events(session, made["id"]))[-1] == ("dossier.access_log_viewed", "manager")
    assert ("dossier.listed", "staff") in await _events(session, other["id"])
    # Keyset pages, newest first.
    first = (await sanne.call("GET", f"{url}/access-log?limit=4")).json()
    assert len(first["items"]) == 4
    rest = await sanne.call("GET", f"{url}/access-log?limit=4&cursor={first['next_cursor']}")
    assert rest.json()["items"][-1]["action"] == "dossier.created"
    staff_log = await vera.call("GET", f"{ADMIN}/{made['id']}/access-log")
    assert staff_log.json()["items"][0]["action"] == "dossier.access_log_viewed"


async def test_the_list_searches_filters_and_pages(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = [await create(sanne, first_name=f"Truus{n}") for n in range(3)]
    first = (await sanne.call("GET", f"{DOSSIERS}?limit=2")).json()
    assert [d["id"] for d in first["items"]] == [made[2]["id"], made[1]["id"]]
    second = (await sanne.call("GET", f"{DOSSIERS}?limit=2&cursor={first['next_cursor']}")).json()
    assert ([d["id"] for d in second["items"]], second["next_cursor"]) == ([made[0]["id"]], None)
    assert (await sanne.call("GET", f"{DOSSIERS}?status=closed")).json()["items"] == []
    assert (await sanne.call("GET", f"{DOSSIERS}?q=%25")).json()["items"] == []
    bad = await sanne.call("GET", f"{DOSSIERS}?status=lost")
    assert bad.json()["errors"][0]["field"] == "status"
    broken = await sanne.call("GET", f"{DOSSIERS}?cursor=broken")
    assert broken.json()["errors"][0]["field"] == "cursor"


async def _invite(
    manager: object, session: AsyncSession, dossier_id: str, email: str, **body: object
) -> tuple[dict[str, object], str]:
    answer = await manager.call(  # type: ignore[attr-defined]
        "POST", f"{DOSSIERS}/{dossier_id}/proxies", {"email": email, "rights": ["view"], **body}
    )
    assert answer.status_code == 201, answer.json()
    mail = (await queued_mails(session, email))[-1]
    assert mail["template"] == "dossier_proxy_invitation"
    return answer.json(), token_from(mail["context"]["link"])  # type: ignore[index]


async def test_proxies_act_with_their_rights_until_their_last_day(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    made = await create(sanne)
    url = f"{DOSSIERS}/{made['id']}"
    daughter = await signed_in(app, session, settings, "dochter@example.org", "Ilse")
    son = await signed_in(app, session, settings, "zoon@example.org", "Pim")
    viewer, viewer_token = await _invite(sanne, session, made["id"], "dochter@example.org")
    assert (viewer["rights"], viewer["accepted_at"], viewer["name"]) == (["view"], None, None)
    manager_row, manager_token = await _invite(
        sanne, session, made["id"], "zoon@example.org", rights=["manage", "see_payments"]
    )
    assert manager_row["rights"] == ["view", "manage", "see_payments"]
    again = await sanne.call(
        "POST", f"{url}/proxies", {"email": "Dochter@example.org", "rights": ["view"]}
    )
    assert again.status_code == 409

    # Not accepted yet: no access.
    assert (await daughter.call("GET", url)).status_code == 404
    accepted = await daughter.call(
        "POST", "/api/v1/dossier-invitations/acceptance", {"token": viewer_token}
    )
    assert accepted.json() == {"dossier_id": made["id"]}
    twice = await daughter.call(
        "POST", "/api/v1/dossier-invitations/acceptance", {"token": viewer_token}
    )
    assert twice.status_code == 409
    await son.call("POST", "/api/v1/dossier-invitations/acceptance", {"token": manager_token})

    shown = (await daughter.call("GET", url)).json()
    assert (shown["my_role"], shown["my_rights"]) == ("proxy", ["view"])
    assert (await daughter.call("GET", DOSSIERS)).json()["items"][0]["my_role"] == "proxy"
    # View only: no changes, no access log, no proxies.
    assert (
        await daughter.call(
            "PUT", f"{url}/bank", {"iban": "NL91ABNA0417164300", "account_holder": "T"}
        )
    ).status_code == 403
    assert (await daughter.call("GET", f"{url}/access-log")).status_code == 403
    assert (
        await daughter.call(
            "POST", f"{url}/proxies", {"email": "x@example.org", "rights": ["view"]}
        )
    ).status_code == 403
    # The right to manage changes the steps, not who acts or who manages.
    assert (
        await son.call("PUT", f"{url}/bank", {"iban": "NL91ABNA0417164300", "account_holder": "T"})
    ).status_code == 200
    assert (
        await son.call("POST", f"{url}/transfer", {"email": "x@example.org"})
    ).status_code == 403
    proxies = (await sanne.call("GET", f"{url}/proxies")).json()
    assert [(p["name"], p["expired"]) for p in proxies] == [("Ilse", False), ("Pim", False)]

    # The last day passes: access ends, whatever the link said.
    await session.execute(
        update(DossierProxy)
        .where(DossierProxy.id == viewer["id"])
        .values(ends_on=(datetime.now(UTC) - timedelta(days=2)).date())
    )
    await session.commit()
    assert (await daughter.call("GET", url)).status_code == 404
    assert (await daughter.call("GET", DOSSIERS)).json()["items"] == []
    assert (await sanne.call("GET", f"{url}/proxies")).json()[0]["expired"] is True

    # The manager removes a proxy: they lose access at once.
    removed = await sanne.call("DELETE", f"{url}/proxies/{manager_row['id']}")
    assert removed.status_code == 204
    assert (await son.call("GET", url)).status_code == 404
    assert (await sanne.call("DELETE", f"{url}/proxies/{manager_row['id']}")).status_code == 404
    assert ("dossier.proxy_removed", "manager") in await _events(session, made["id"])


async def test_the_help_seeker_removes_any_proxy_and_sees_the_log(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    truus = await signed_in(app, session, settings, "truus@example.org", "Truus")
    made = await create(truus, for_self=True)
    url = f"{DOSSIERS}/{made['id']}"
    sanne = await signed_in(app, session, settings, "sanne@example.org", "Sanne")
    # Truus hands the dossier to Sanne, staying its help seeker.
    await truus.call("POST", f"{url}/transfer", {"email": "sanne@example.org"})
    token = token_from((await queued_mails(session, "sanne@example.org"))[-1]["context"]["link"])  # type: ignore[index]
    assert (
        await sanne.call("POST", "/api/v1/dossier-transfers/acceptance", {"token": token})
    ).status_code == 200
    proxy, proxy_token = await _invite(sanne, session, made["id"], "buur@example.org")
    neighbour = await signed_in(app, session, settings, "buur@example.org", "Buur")
    await neighbour.call("POST", "/api/v1/dossier-invitations/acceptance", {"token": proxy_token})
    assert (await neighbour.call("GET", url)).status_code == 200

    mine = (await truus.call("GET", url)).json()
    assert (mine["my_role"], mine["self_managed"]) == ("help_seeker", False)
    assert (
        await truus.call(
            "PUT", f"{url}/bank", {"iban": "NL91ABNA0417164300", "account_holder": "T"}
        )
    ).status_code == 403
    log = (await truus.call("GET", f"{url}/access-log")).json()["items"]
    assert ("dossier.viewed", "Buur", "proxy") in [
        (e["action"], e["who_name"], e["who_role"]) for e in log
    ]
    assert (await truus.call("DELETE", f"{url}/proxies/{proxy['id']}")).status_code == 204
    assert (await neighbour.call("GET", url)).status_code == 404
