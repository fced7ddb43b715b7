"""Staff reading an organisation's members: every staff role lists them read-only under
/admin; staff acting for the organisation read them as its portal admin would. Every person
staff are shown is audited (`member.viewed`, about their account); members' own reads are not."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.audit import AuditEvent
from tests.members.helpers import Parties, person

UNKNOWN = "0192f0c4-3b7e-7c1a-9d2e-5a6b7c8d9e0f"


async def _viewed(session: AsyncSession) -> list[AuditEvent]:
    return list(
        (
            await session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "member.viewed")
                .order_by(AuditEvent.id)
                .execution_options(populate_existing=True)
            )
        ).all()
    )


async def test_every_staff_role_lists_an_organisations_members_and_each_read_is_audited(
    app: FastAPI, p: Parties, session: AsyncSession, settings: Settings
) -> None:
    branch = await person(app, session, settings, "bo@kring.example", "Bo", staff_role="branch")
    url = f"/api/v1/admin/organisations/{p.linde.id}/members"
    listed = await branch.call("GET", url)
    assert listed.status_code == 200, listed.json()
    members = listed.json()["items"]
    linde = {str(p.admin.user.id), str(p.employee.user.id)}
    assert {m["user_id"] for m in members} == linde
    events = await _viewed(session)
    assert {str(e.subject_id) for e in events} == linde
    assert {(e.actor_user_id, e.organisation_id, e.subject_type) for e in events} == {
        (branch.user.id, p.linde.id, "user")
    }
    assert all(e.ip for e in events)
    assert {e.details["membership_id"] for e in events} == {m["id"] for m in members}

    # Searching and paging as the portal's list does; an empty page records nothing.
    found = (await branch.call("GET", f"{url}?q=cas")).json()["items"]
    assert [m["user_id"] for m in found] == [str(p.employee.user.id)]
    assert (await branch.call("GET", f"{url}?q=nobody")).json()["items"] == []
    assert len(await _viewed(session)) == 3

    # The read shows among the reads of Cas's account, with the organisation.
    views = await p.staff.call("GET", f"/api/v1/admin/users/{p.employee.user.id}/views")
    latest = views.json()["items"][0]
    assert (latest["action"], latest["viewer_staff_role"], latest["organisation_name"]) == (
        "member.viewed",
        "branch",
        "Zorggroep De Linde",
    )

    # An unknown organisation is not found; people who are not staff are refused.
    assert (
        await branch.call("GET", f"/api/v1/admin/organisations/{UNKNOWN}/members")
    ).status_code == 404
    assert (await p.admin.call("GET", url)).status_code == 403
    assert (await p.employee.call("GET", url)).status_code == 403
    # Read only: the branch does not act for the organisation (its member routes are not theirs).
    assert (await branch.call("GET", p.members_url())).status_code == 404
    assert len(await _viewed(session)) == 3


async def test_staff_acting_for_an_organisation_are_audited_and_its_members_are_not(
    p: Parties, session: AsyncSession
) -> None:
    cas = p.employee.membership
    assert cas is not None
    assert (await p.admin.call("GET", p.members_url())).status_code == 200
    assert (await p.employee.call("GET", p.members_url(f"/{cas.id}"))).status_code == 200
    assert await _viewed(session) == []

    assert (await p.staff.call("GET", p.members_url())).status_code == 200
    assert len(await _viewed(session)) == 2
    assert (await p.staff.call("GET", p.members_url(f"/{cas.id}"))).status_code == 200
    [*_, card] = await _viewed(session)
    assert (card.actor_user_id, card.subject_id, card.organisation_id) == (
        p.staff.user.id,
        p.employee.user.id,
        p.linde.id,
    )
    # A change answers with the card, but is audited as the change, not as a read.
    changed = await p.staff.call("PATCH", p.members_url(f"/{cas.id}"), {"department": "Zorg"})
    assert changed.status_code == 200
    assert len(await _viewed(session)) == 3
