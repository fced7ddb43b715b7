"""Reading hours: the helper's own entries (through their profile), a dossier's entries (once the
dossiers domain said the person reaches it), the months and totals both sides see, and the
dossiers whose hours wait past their month (staff)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, Uuid, bindparam, func, select
from sqlalchemy.orm import aliased

from kring.auth.principal import Principal
from kring.kit.repository import Repository
from kring.kit.rows import loaded_columns
from kring.models.dossier import Dossier
from kring.models.helper import HelperProfile
from kring.models.match import Engagement
from kring.models.timesheet import EntryStatus, TimesheetEntry
from kring.models.user import User

HelperUser = aliased(User, name="helper_user")
Decider = aliased(User, name="decider")
Manager = aliased(User, name="manager")
# Approved hours count; a superseded entry was replaced by its approved correction.
COUNTED = EntryStatus.approved.value


def _name(user: Any) -> ColumnElement[str]:
    return func.concat_ws(" ", user.first_name, user.prefix, user.last_name)


def shown() -> Select[*tuple[Any, ...]]:
    """An entry with the names both sides see."""
    return (
        select(
            # Columns, not the entity: the lists run on the driver (kit.rows), without ORM loading.
            *loaded_columns(TimesheetEntry),
            HelperUser.first_name.label("helper_first_name"),
            Dossier.first_name.label("help_seeker_first_name"),
            _name(Decider).label("decided_by_name"),
        )
        .join(HelperProfile, HelperProfile.id == TimesheetEntry.helper_id)
        .join(HelperUser, HelperUser.id == HelperProfile.user_id)
        .join(Dossier, Dossier.id == TimesheetEntry.dossier_id)
        .outerjoin(Decider, Decider.id == TimesheetEntry.decided_by_user_id)
    )


def newest_first(statement: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    return statement.order_by(
        TimesheetEntry.work_date.desc(),
        TimesheetEntry.starts_at.desc().nulls_last(),
        TimesheetEntry.created_at.desc(),
    )


class HelperEntryRepository(Repository[TimesheetEntry, Principal]):
    """The entries of the person's own helper profile."""

    model = TimesheetEntry

    def readable(self, principal: Principal) -> Select[Any]:
        return (
            select(TimesheetEntry)
            .join(HelperProfile, HelperProfile.id == TimesheetEntry.helper_id)
            .where(HelperProfile.user_id == principal.user_id)
        )

    def shown(self, principal: Principal) -> Select[*tuple[Any, ...]]:
        return shown().where(HelperProfile.user_id == principal.user_id)

    def engagements(self, principal: Principal) -> Select[*tuple[Any, ...]]:
        """The helper's engagements with the help seeker's first name."""
        return (
            select(Engagement, Dossier.first_name.label("help_seeker_first_name"))
            .join(HelperProfile, HelperProfile.id == Engagement.helper_id)
            .join(Dossier, Dossier.id == Engagement.dossier_id)
            .where(HelperProfile.user_id == principal.user_id)
        )

    def engagement(self, principal: Principal, engagement_id: uuid.UUID) -> Select[Engagement]:
        return (
            select(Engagement)
            .join(HelperProfile, HelperProfile.id == Engagement.helper_id)
            .where(HelperProfile.user_id == principal.user_id, Engagement.id == engagement_id)
        )


class DossierEntryRepository(Repository[TimesheetEntry, uuid.UUID]):
    """A dossier's entries: the caller has established the person reaches the dossier."""

    model = TimesheetEntry

    def readable(self, principal: uuid.UUID) -> Select[Any]:
        return select(TimesheetEntry).where(TimesheetEntry.dossier_id == principal)

    def shown(self, dossier_id: uuid.UUID) -> Select[*tuple[Any, ...]]:
        return shown().where(TimesheetEntry.dossier_id == dossier_id)

    @staticmethod
    def shown_bound() -> Select[*tuple[Any, ...]]:
        """`shown` for a statement built once: the dossier is bound as `dossier_id`."""
        return shown().where(TimesheetEntry.dossier_id == bindparam("dossier_id", type_=Uuid))


def months_waiting(dossier_id: uuid.UUID | BindParameter[uuid.UUID]) -> Select[Any]:
    month = func.date_trunc("month", TimesheetEntry.work_date)
    return (
        select(month.label("month"))
        .where(
            TimesheetEntry.dossier_id == dossier_id,
            TimesheetEntry.status == EntryStatus.submitted,
        )
        .group_by(month)
        .order_by(month)
    )


def statement_months(*where: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    """Per engagement and month with approved hours: days, minutes and amount, newest first."""
    month = func.date_trunc("month", TimesheetEntry.work_date)
    return (
        select(
            TimesheetEntry.engagement_id,
            TimesheetEntry.dossier_id,
            month.label("month"),
            func.count(func.distinct(TimesheetEntry.work_date)).label("days"),
            func.sum(TimesheetEntry.minutes).label("minutes"),
            func.sum(TimesheetEntry.amount_cents).label("amount_cents"),
            func.min(HelperUser.first_name).label("helper_first_name"),
            func.min(Dossier.first_name).label("help_seeker_first_name"),
        )
        .join(HelperProfile, HelperProfile.id == TimesheetEntry.helper_id)
        .join(HelperUser, HelperUser.id == HelperProfile.user_id)
        .join(Dossier, Dossier.id == TimesheetEntry.dossier_id)
        .where(TimesheetEntry.status == COUNTED, *where)
        .group_by(TimesheetEntry.engagement_id, TimesheetEntry.dossier_id, month)
        .order_by(month.desc(), TimesheetEntry.engagement_id)
    )


def overdue(before: date, limit: int) -> Select[*tuple[Any, ...]]:
    """Dossiers with entries dated before `before` still waiting, the oldest first."""
    return (
        select(
            TimesheetEntry.dossier_id,
            func.min(Dossier.first_name).label("help_seeker_first_name"),
            func.min(_name(Manager)).label("manager_name"),
            func.min(Manager.email).label("manager_email"),
            func.min(TimesheetEntry.work_date).label("oldest_work_date"),
            func.count().label("entries"),
            func.sum(TimesheetEntry.minutes).label("minutes"),
        )
        .join(Dossier, Dossier.id == TimesheetEntry.dossier_id)
        .join(Manager, Manager.id == Dossier.manager_user_id)
        .where(TimesheetEntry.status == EntryStatus.submitted, TimesheetEntry.work_date < before)
        .group_by(TimesheetEntry.dossier_id)
        .order_by(func.min(TimesheetEntry.work_date), TimesheetEntry.dossier_id)
        .limit(limit)
    )
