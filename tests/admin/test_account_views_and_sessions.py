"""Staff's reads of an account are audited and listed ("who looked at this account"); staff list
an account's sessions and end them all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from kring.models.session import UserSession
from tests.accounts.helpers import log_in, make_user
from tests.members.helpers import Parties, new_client, person

UNKNOWN = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"
FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"


async def _events(session: AsyncSession, **where: object) -> list[AuditEvent]:
    statement = select(AuditEvent).order_by(AuditEvent.created_at, AuditEvent.id)
    for column, value in where.items():
        statement = statement.where(getattr(AuditEvent, column) == value)
    return list((await session.scalars(statement.execution_options(populate_existing=True))).all())


async def test_staff_reads_of_an_account_are_audited_and_listed_newest_first(
    app: FastAPI, p: Parties, session: AsyncSession, settings: Settings
) -> None:
    cas, bea = p.employee.user, p.staff.user
    advisor = await person(
        app, session, settings, "arie@kring.example", "Arie", staff_role="advisor"
    )
    assert (await p.staff.call("GET", f"/api/v1/admin/users/{cas.id}")).status_code == 200
    [viewed] = await _events(session, action="account.viewed")
    assert (viewed.actor_user_id, viewed.subject_type, viewed.subject_id) == (
        bea.id,
        "user",
        cas.id,
    )
    assert viewed.ip is not None
    assert (
        await advisor.call("GET", f"/api/v1/admin/users/{cas.id}/audit-events")
    ).status_code == 200
    assert (await advisor.call("GET", f"/api/v1/admin/users/{cas.id}/sessions")).status_code == 200
    # A read of someone else's account, and an organisation admin's read of Cas (another domain's
    # `*.viewed` event about the account), as such a read would be recorded.
    assert (await p.staff.call("GET", f"/api/v1/admin/users/{p.admin.user.id}")).status_code == 200
    session.add(
        AuditEvent(
            action="member.viewed",
            actor_user_id=p.admin.user.id,
            organisation_id=p.linde.id,
            subject_type="user",
            subject_id=cas.id,
            outcome="success",
            ip="192.0.2.7",
            details={},
        )
    )
    await session.commit()

    before = len(await _events(session))
    answer = await p.staff.call("GET", f"/api/v1/admin/users/{cas.id}/views")
    assert answer.status_code == 200, answer.json()
    views = answer.json()["items"]
    assert [v["action"] for v in views] == [
        "member.viewed",
        "account.sessions_viewed",
        "account.audit_trail_viewed",
        "account.viewed",
    ]
    assert views[0] | {"id": None, "viewed_at": None} == {
        "id": None,
        "viewed_at": None,
        "action": "member.viewed",
        "viewer_id": str(p.admin.user.id),
        "viewer_name": "Petra",
        "viewer_email": "petra@linde.example",
        "viewer_staff_role": None,
        "organisation_id": str(p.linde.id),
        "organisation_name": "Zorggroep De Linde",
        "ip": "192.0.2.7",
    }
    assert {(v["viewer_email"], v["viewer_staff_role"]) for v in views[1:3]} == {
        ("arie@kring.example", "advisor")
    }
    assert (views[3]["viewer_name"], views[3]["viewer_staff_role"]) == ("Bea", "admin")
    assert all(v["ip"] for v in views)
    # What Cas did himself (his log-in) is in his trail, not among the reads of his record.
    assert answer.json()["next_cursor"] is None
    # Reading who looked is not itself audited: the list would grow with every look.
    assert len(await _events(session)) == before

    # Pages by a cursor, newest first, each read once; another list's cursor is refused.
    paged: list[str] = []
    cursor = None
    while True:
        url = f"/api/v1/admin/users/{cas.id}/views?limit=1" + (
            f"&cursor={cursor}" if cursor else ""
        )
        page = (await p.staff.call("GET", url)).json()
        paged += [v["id"] for v in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert paged == [v["id"] for v in views]
    trail = await p.staff.call("GET", f"/api/v1/admin/users/{cas.id}/audit-events?limit=1")
    foreign_cursor = trail.json()["next_cursor"]
    bad = await p.staff.call("GET", f"/api/v1/admin/users/{cas.id}/views?cursor={foreign_cursor}")
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "cursor"

    # Staff roles without the task, and people who are not staff, are refused; unknown is 404.
    branch = await person(app, session, settings, "bo@kring.example", "Bo", staff_role="branch")
    assert (await branch.call("GET", f"/api/v1/admin/users/{cas.id}/views")).status_code == 403
    assert (await p.admin.call("GET", f"/api/v1/admin/users/{cas.id}/views")).status_code == 403
    assert (await p.staff.call("GET", f"/api/v1/admin/users/{UNKNOWN}/views")).status_code == 404
    assert (await p.staff.call("GET", f"/api/v1/admin/users/{UNKNOWN}")).status_code == 404
    # A refused or unknown read records nothing.
    assert len(await _events(session, action="account.viewed")) == 2
    assert (await p.staff.call("DELETE", f"/api/v1/admin/users/{cas.id}")).status_code == 204
    assert (await p.staff.call("GET", f"/api/v1/admin/users/{cas.id}/views")).status_code == 404


async def test_staff_list_an_accounts_live_sessions_and_end_them_all(
    app: FastAPI, p: Parties, session: AsyncSession, settings: Settings
) -> None:
    anna = await make_user(session)
    on_laptop, on_phone, long_idle = new_client(app), new_client(app), new_client(app)
    on_laptop.headers["User-Agent"] = FIREFOX
    on_phone.headers["User-Agent"] = "phone"
    long_idle.headers["User-Agent"] = "idle"
    for client in (on_laptop, on_phone, long_idle):
        assert (await log_in(client)).status_code == 200
    ids = dict(
        (
            await session.execute(
                select(UserSession.user_agent, UserSession.id).where(UserSession.user_id == anna.id)
            )
        ).all()
    )
    idle, ended_already = ids["idle"], ids["phone"]
    # Idle longer than allowed, and ended: neither lets Anna in, so neither is listed.
    past = datetime.now(UTC) - timedelta(minutes=settings.session_idle_minutes + 1)
    await session.execute(
        update(UserSession).where(UserSession.id == idle).values(last_seen_at=past)
    )
    await session.execute(
        update(UserSession)
        .where(UserSession.id == ended_already)
        .values(revoked_at=datetime.now(UTC))
    )
    await session.commit()

    url = f"/api/v1/admin/users/{anna.id}/sessions"
    listed = await p.staff.call("GET", url)
    assert listed.status_code == 200, listed.json()
    [laptop] = listed.json()
    assert laptop["device"] == "Firefox on Windows"
    assert laptop["user_agent"] == FIREFOX
    assert laptop["ip"]
    assert laptop["created_at"] <= laptop["last_seen_at"] < laptop["expires_at"]
    [seen] = await _events(session, action="account.sessions_viewed")
    assert (seen.actor_user_id, seen.subject_id) == (p.staff.user.id, anna.id)

    branch = await person(app, session, settings, "bo@kring.example", "Bo", staff_role="branch")
    advisor = await person(
        app, session, settings, "arie@kring.example", "Arie", staff_role="advisor"
    )
    assert (await branch.call("GET", url)).status_code == 403
    assert (await branch.call("DELETE", url)).status_code == 403
    assert (await p.admin.call("DELETE", url)).status_code == 403
    unknown = f"/api/v1/admin/users/{UNKNOWN}/sessions"
    assert (await advisor.call("GET", unknown)).status_code == 404
    assert (await advisor.call("DELETE", unknown)).status_code == 404
    assert (await on_laptop.get("/api/v1/me")).status_code == 200  # nothing ended yet

    assert (await advisor.call("DELETE", url)).status_code == 204
    assert (await on_laptop.get("/api/v1/me")).status_code == 401
    assert (await on_phone.get("/api/v1/me")).status_code == 401
    still = await session.scalar(
        select(func.count())
        .select_from(UserSession)
        .where(UserSession.user_id == anna.id, UserSession.revoked_at.is_(None))
    )
    assert still == 0
    [ended] = await _events(session, action="account.sessions_ended")
    assert (ended.actor_user_id, ended.subject_id, ended.details) == (
        advisor.user.id,
        anna.id,
        {"ended": 2},
    )
    assert (await p.staff.call("GET", url)).json() == []
    # Not a deactivation: Anna logs in again; nothing to end is no error.
    assert (await log_in(on_laptop)).status_code == 200
    assert (await advisor.call("DELETE", url)).status_code == 204
    assert (await advisor.call("DELETE", url)).status_code == 204
