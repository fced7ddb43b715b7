"""Who may use the correspondence routes: an organisation's members with portal access ask and
read their own threads (staff and API clients do not: a question is a person's); staff whose
role may answer questions work their queue. Which threads a staff member's queue holds is
decided here (`queue_reach`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated

from kring.auth.dependencies import staff_for
from kring.auth.organisations import OrganisationPrincipal, StaffTask, organisation_principal
from kring.auth.principal import Principal, leads_projects, works_for_a_branch

__all__ = [
    "Asker",
    "OrganisationPrincipal",
    "QuestionAnswerer",
    "QueueReach",
    "queue_reach",
]

# `staff_task=None`: staff find no organisation here (404); the session cookie it needs is
# something an API client does not have (401).
Asker = Annotated[OrganisationPrincipal, organisation_principal(staff_task=None)]
QuestionAnswerer = Annotated[Principal, staff_for(StaffTask.answer_questions)]


@dataclass(frozen=True)
class QueueReach:
    """Which threads a staff member answers: every thread, the questions about the projects
    they lead (`care_manager_id`), or their branch's general questions (`branch_id`). A branch
    staff member without a branch reaches none."""

    every: bool
    care_manager_id: uuid.UUID | None = None
    branch_id: uuid.UUID | None = None


def queue_reach(principal: Principal) -> QueueReach:
    if works_for_a_branch(principal.user):
        return QueueReach(every=False, branch_id=principal.user.staff_branch_id)
    if leads_projects(principal.user):
        return QueueReach(every=False, care_manager_id=principal.user_id)
    return QueueReach(every=True)
