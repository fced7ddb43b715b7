"""The matrix's correspondence: a project of De Linde and one of the other organisation, both
led by the care manager, the employee a member of De Linde's; a question of the employee's
about De Linde's project and one of the other organisation's admin about theirs (run after
`order_objects`, which gives both organisations a supplier branch)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.models.correspondence import CorrespondenceMessage, CorrespondenceThread
from kring.models.organisation import Membership, Organisation
from kring.models.project import Project, ProjectMember
from kring.models.user import User


async def _user(session: AsyncSession, email: str) -> User:
    found = await session.scalar(select(User).where(User.email == email))
    assert found is not None, email
    return found


async def correspondence_objects(
    session: AsyncSession, linde: Organisation, other: Organisation
) -> tuple[dict[str, str], dict[str, str]]:
    """(De Linde's ids, the other organisation's ids): `question_project`, `thread_id`."""
    leader = await _user(session, "care_manager@kring.example")
    now = datetime.now(UTC)
    ids = []
    for organisation, asker_email in (
        (linde, "cas@linde.example"),
        (other, "bo@zonnehuis.example"),
    ):
        asker = await _user(session, asker_email)
        project = Project(
            organisation_id=organisation.id,
            name=f"Woonvoorziening {organisation.name}",
            kind="residential",
            starts_on=date(2026, 1, 1),
            leader_id=leader.id,
        )
        session.add(project)
        await session.flush()
        membership = await session.scalar(
            select(Membership).where(
                Membership.user_id == asker.id, Membership.organisation_id == organisation.id
            )
        )
        assert membership is not None
        session.add(
            ProjectMember(
                project_id=project.id,
                membership_id=membership.id,
                organisation_id=organisation.id,
            )
        )
        thread = CorrespondenceThread(
            organisation_id=organisation.id,
            project_id=project.id,
            care_manager_id=leader.id,
            asker_id=asker.id,
            subject="Extra dienst",
            last_message_at=now,
            awaiting_answer_since=now,
        )
        session.add(thread)
        await session.flush()
        session.add(
            CorrespondenceMessage(
                thread_id=thread.id,
                author_id=asker.id,
                author_name=asker.first_name,
                from_supplier=False,
                body="Kan er een extra dienst bij?",
                created_at=now,
            )
        )
        ids.append({"question_project": str(project.id), "thread_id": str(thread.id)})
    await session.commit()
    return ids[0], ids[1]
