"""The mails a proposal sends: to the helper (a link to the provider portal's proposal page) and
to the partner, the dossier's manager (a link to the partner portal's dossier page), each in the
reader's own language. Written to the outbox in the caller's transaction."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.kit.format import local_deadline
from kring.kit.i18n import N_, Language, translate
from kring.kit.links import portal_link
from kring.models.user import User
from kring.notifications.service import queue_mail

TO_BE_AGREED = N_("to be agreed")


def moment_text(moment: datetime | None, language: Language) -> str:
    """`maandag 4 januari 2027 10:00`, or "to be agreed" in the reader's language."""
    if moment is None:
        return translate(TO_BE_AGREED, language)
    return local_deadline(moment, language)


def helper_link(settings: Settings, proposal_id: uuid.UUID) -> str:
    return portal_link(settings, "provider", f"proposals/{proposal_id}")


def partner_link(settings: Settings, dossier_id: uuid.UUID) -> str:
    return portal_link(settings, "partner", f"dossiers/{dossier_id}")


async def to_helper(
    db: AsyncSession,
    settings: Settings,
    helper_user: User,
    template: str,
    proposal_id: uuid.UUID,
    **context: Any,
) -> None:
    await queue_mail(
        db,
        to=helper_user.email,
        template=template,
        language=helper_user.preferred_language,
        context={
            "first_name": helper_user.first_name,
            "link": helper_link(settings, proposal_id),
            **context,
        },
    )


async def to_partner(
    db: AsyncSession,
    settings: Settings,
    manager: User,
    template: str,
    dossier_id: uuid.UUID,
    **context: Any,
) -> None:
    await queue_mail(
        db,
        to=manager.email,
        template=template,
        language=manager.preferred_language,
        context={
            "first_name": manager.first_name,
            "link": partner_link(settings, dossier_id),
            **context,
        },
    )
