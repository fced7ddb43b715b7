"""Reading orders: a care professional's (the organisations they are linked to, nothing the
portal hides), staff's (every branch, or their own branch's), an API client's (its
organisation's). Every read starts from one of the `readable` statements."""

from __future__ import annotations

import uuid
from collections.abc import Hashable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    String,
    Uuid,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    literal_column,
    not_,
    select,
    true,
    tuple_,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import aliased

from kring.auth.principal import Principal
from kring.kit.i18n import Language
from kring.kit.pagination import (
    Keyset,
    Page,
    PageRequest,
    SortKey,
    cut,
    keyset_shape,
    keyset_values,
)
from kring.kit.repository import Repository
from kring.kit.rows import built_once, one_of, one_of_bound, rows
from kring.models.catalogue import AssistiveDevice, AssistiveDeviceOption
from kring.models.order import OPEN_STATUSES, AssistiveOrder, OrderEvent, OrderKind
from kring.models.organisation import Organisation
from kring.models.user import User
from kring.orders.auth import StaffReach, linked_organisations, staff_reach

Order = AssistiveOrder
Branch = aliased(Organisation, name="supplier_branch")
Rental = aliased(AssistiveOrder, name="rental")
Placer = aliased(User, name="placer")
# One organisation's part of a portal list (see `OrderRepository.page_of`).
Listed = aliased(AssistiveOrder, name="listed")

NEWEST = Keyset(
    "orders",
    (
        SortKey(Order.created_at.expression, True, datetime),
        SortKey(Order.id.expression, True),
    ),
)
LONGEST_OUTSTANDING = Keyset(
    "rentals_outstanding",
    (SortKey(Order.delivered_on.expression, False, date), SortKey(Order.id.expression)),
)
LATEST_PICKUP = Keyset(
    "ended_trajectories",
    (
        SortKey(Order.picked_up_on.expression, True, date),
        SortKey(Order.id.expression, True),
    ),
)
# As SQL constants (see `OrderRepository.page_of`).
OPEN: list[ColumnElement[str]] = [literal_column(f"'{status.value}'") for status in OPEN_STATUSES]
RENTAL: ColumnElement[str] = literal_column(f"'{OrderKind.rental.value}'")


def action_required(of: Any = Order) -> ColumnElement[bool]:
    """Waiting for the care professional: a Wlz order not yet signed, on the signing list."""
    return and_(of.signature_required, of.signed_at.is_(None), not_(of.off_signing_list))


def device_name(language: Language) -> Any:
    return getattr(AssistiveDevice, f"name_{language}")


def option_name(language: Language) -> Any:
    return getattr(AssistiveDeviceOption, f"name_{language}")


def _named(column: Any, key: Any, of: Any, label: str) -> Any:
    """`column` of the row whose `key` is the order's `of` (None without one), as a subquery:
    a page's few rows look their names up one by one. As joins, planning the six of them took
    PostgreSQL 3 to 5 ms on every request (asyncpg's statements get a custom plan each time),
    ten times what running them takes."""
    return select(column).where(key == of).scalar_subquery().label(label)


def summary_columns(language: Language) -> tuple[Any, ...]:
    """What a list shows of an order (also the keyset's columns)."""
    device = AssistiveDevice.id, Order.device_id
    return (
        Order.id,
        Order.number,
        Order.kind,
        Order.status,
        action_required().label("action_required"),
        Order.refused_at.is_not(None).label("refused"),
        Order.organisation_id,
        _named(Organisation.name, Organisation.id, Order.organisation_id, "organisation_name"),
        Order.client_name,
        _named(AssistiveDevice.code, *device, "device_code"),
        _named(device_name(language), *device, "device_name"),
        _named(option_name(language), AssistiveDeviceOption.id, Order.option_id, "option_name"),
        _named(AssistiveDevice.category, *device, "category"),
        _named(Rental.number, Rental.id, Order.rental_order_id, "rental_order_number"),
        Order.desired_date,
        Order.planned_for,
        Order.created_at,
        Order.status_changed_at,
    )


def _filters(
    statement: Select[Any],
    *,
    status: bool,
    kind: bool,
    q: bool,
    organisation: bool,
    of: Any = Order,
) -> Select[Any]:
    """The optional filters on `of` (the orders, or an alias of them), bound by name
    (`status`, `kind`, `pattern`, `organisation_id`)."""
    if status:
        statement = statement.where(of.status == bindparam("status", type_=String))
    if kind:
        statement = statement.where(of.kind == bindparam("kind", type_=String))
    if q:
        statement = statement.where(of.search_text.like(bindparam("pattern", type_=String)))
    if organisation:
        statement = statement.where(of.organisation_id == bindparam("organisation_id"))
    return statement


def _beyond_cursor(keyset: Keyset, of: Any) -> ColumnElement[bool]:
    """After the cursor, as one row comparison on `of`'s columns: an index in the keyset's order
    seeks straight to it (`kit.pagination`'s OR of comparisons is only filtered). Bound as
    `keyset_shape` binds the cursor (`cursor_0`, ...); the keyset's keys share a direction."""
    (descending,) = {key.descending for key in keyset.keys}
    columns = tuple_(*(getattr(of, str(key.column.key)) for key in keyset.keys))
    cursor = tuple_(
        *(bindparam(f"cursor_{i}", type_=key.column.type) for i, key in enumerate(keyset.keys))
    )
    return columns < cursor if descending else columns > cursor


def _in_order(keyset: Keyset, columns: Any) -> list[ColumnElement[Any]]:
    """The keyset's order on `columns` (an alias, or a subquery's columns)."""
    found = [getattr(columns, str(key.column.key)) for key in keyset.keys]
    return [c.desc() if k.descending else c.asc() for c, k in zip(found, keyset.keys, strict=True)]


def filter_values(
    *,
    status: str | None = None,
    kind: str | None = None,
    pattern: str | None = None,
    organisation_id: uuid.UUID | None = None,
) -> tuple[tuple[bool, ...], dict[str, Any]]:
    """The shape (which filters are given) and the values of `_filters`' parameters."""
    values: dict[str, Any] = {}
    for name, value in (
        ("status", status),
        ("kind", kind),
        ("pattern", pattern),
        ("organisation_id", organisation_id),
    ):
        if value is not None:
            values[name] = value
    shape = tuple(value is not None for value in (status, kind, pattern, organisation_id))
    return shape, values


class OrderRepository(Repository[AssistiveOrder, Principal]):
    """A care professional's orders: of every organisation they are linked to (an API client:
    its own organisation's), leaving out what the portal no longer shows."""

    model = AssistiveOrder

    def readable(self, principal: Principal) -> Select[Any]:
        return self._of(select(Order), linked_organisations(principal))

    @staticmethod
    def _of(
        statement: Select[Any], organisations: Sequence[uuid.UUID] | None, of: Any = Order
    ) -> Select[Any]:
        """`organisations` None: bound as `organisations` when the statement runs; `of`: the
        orders, or an alias of them."""
        where = (
            one_of_bound(of.organisation_id, "organisations")
            if organisations is None
            else one_of(of.organisation_id, organisations)
        )
        return statement.where(where, of.hidden_from_portal_at.is_(None))

    async def page_of(
        self,
        principal: Principal,
        language: Language,
        view: str,
        filters: tuple[tuple[bool, ...], dict[str, Any]],
        page: PageRequest,
        keyset: Keyset = NEWEST,
        extra: str = "",
        category: str | None = None,
    ) -> Page[Any]:
        """A page of summaries (`view`: open, action, all; `extra`: outstanding or ended).

        A professional linked to several organisations: `organisation_id = ANY(...)` cannot be
        read in the keyset's order from any index, so PostgreSQL either sorts every order of
        those organisations or walks the newest-first index of all orders, filtering out other
        organisations' (160 ms for a deep page at 1,000,000 orders). Instead each organisation's
        first page (after the cursor) is read from its own index (a LATERAL join over the
        linked organisations), and the page is the first of those, with their names.
        """
        shape, values = filters
        status, kind, q, organisation = shape

        def build(after: bool) -> Select[Any]:
            linked = (
                func.unnest(bindparam("organisations", type_=ARRAY(Uuid)))
                .table_valued("organisation_id")
                .render_derived(name="linked")
            )
            one = self._of(select(Listed.id, *keyset_columns), None, of=Listed).where(
                Listed.organisation_id == linked.c.organisation_id
            )
            # Constants, not parameters: the partial indexes' conditions, which a generic plan
            # (asyncpg's prepared statements) can then match.
            if view == "open":
                one = one.where(Listed.status.in_(OPEN))
            elif view == "action":
                one = one.where(action_required(Listed))
            if extra == "outstanding":
                one = one.where(
                    Listed.kind == RENTAL,
                    Listed.delivered_on.is_not(None),
                    Listed.picked_up_on.is_(None),
                )
            elif extra == "ended":
                one = one.where(Listed.kind == RENTAL, Listed.picked_up_on.is_not(None))
            if category is not None:
                one = one.where(
                    Listed.device_id.in_(
                        select(AssistiveDevice.id).where(
                            AssistiveDevice.category == bindparam("category", type_=String)
                        )
                    )
                )
            one = _filters(one, status=status, kind=kind, q=q, organisation=organisation, of=Listed)
            if after:
                one = one.where(_beyond_cursor(keyset, Listed))
            first = one.order_by(*_in_order(keyset, Listed)).limit(bindparam("page_limit"))
            per_organisation = first.lateral("shown")
            shown = (
                select(per_organisation.c.id)
                .select_from(linked)
                .join(per_organisation, true())
                .order_by(*_in_order(keyset, per_organisation.c))
                .limit(bindparam("page_limit"))
            )
            statement = self._of(select(*summary_columns(language), *_EXTRA), None)
            return keyset_shape(statement.where(Order.id.in_(shown)), keyset, after_cursor=after)

        keyset_columns = [
            getattr(Listed, str(key.column.key)) for key in keyset.keys if key.column.key != "id"
        ]
        bound = {**values, "organisations": list(linked_organisations(principal))}
        if category is not None:
            bound["category"] = category
        key: Hashable = (language, view, extra, shape, keyset.name, category is not None)
        after = bool(page.cursor)  # as `keyset_page`: an empty cursor is the first page
        prepared = built_once((key, after), lambda: build(after))
        found = await prepared.rows(self.session, **bound, **keyset_values(keyset, page))
        names = [str(key.column.key) for key in keyset.keys]
        items, next_cursor = cut(
            found, keyset, page, lambda row: [getattr(row, name) for name in names]
        )
        return Page(items=items, next_cursor=next_cursor)

    async def rentals_by_age(
        self, principal: Principal, today: date, organisation_id: uuid.UUID | None
    ) -> Sequence[Any]:
        """Rentals outstanding counted per category and age bucket (days since delivery)."""
        days = literal(today, Date) - Order.delivered_on
        bucket = case(
            (days <= 30, "0-30"),
            (days <= 90, "31-90"),
            (days <= 365, "91-365"),
            else_="365+",
        )
        statement = (
            self.readable(principal)
            .with_only_columns(
                AssistiveDevice.category, bucket.label("bucket"), func.count().label("count")
            )
            .join(AssistiveDevice, AssistiveDevice.id == Order.device_id)
            .where(
                Order.kind == OrderKind.rental.value,
                Order.delivered_on.is_not(None),
                Order.picked_up_on.is_(None),
            )
            .group_by(AssistiveDevice.category, bucket)
        )
        if organisation_id is not None:
            statement = statement.where(Order.organisation_id == organisation_id)
        return await rows(self.session, statement)

    async def outstanding_rental(
        self, principal: Principal, rental_id: uuid.UUID
    ) -> AssistiveOrder | None:
        """One of the principal's rentals still at a client's, locked: a follow-up is placed."""
        statement = (
            self.readable(principal)
            .where(
                Order.id == rental_id,
                Order.kind == OrderKind.rental.value,
                Order.delivered_on.is_not(None),
                Order.picked_up_on.is_(None),
            )
            .with_for_update(of=Order)
            .execution_options(populate_existing=True)
        )
        found: AssistiveOrder | None = (await self.session.execute(statement)).scalar_one_or_none()
        return found


# Besides the summary: what the rentals outstanding and ended trajectories show.
_EXTRA: tuple[Any, ...] = (
    Order.delivered_on,
    Order.rental_ended_on,
    Order.picked_up_on,
    Order.hidden_from_portal_at,
    Order.branch_id,
)


class StaffOrderRepository(Repository[AssistiveOrder, Principal]):
    """Staff's orders: every branch's, or a branch staff member's own branch's (none while
    they have no branch set)."""

    model = AssistiveOrder

    def readable(self, principal: Principal) -> Select[Any]:
        return self._of(select(Order), staff_reach(principal))

    @staticmethod
    def _of(statement: Select[Any], reach: StaffReach) -> Select[Any]:
        if reach.every_branch:
            return statement
        if reach.branch_id is None:
            return statement.where(false())
        return statement.where(Order.branch_id == reach.branch_id)

    async def page_of(
        self,
        principal: Principal,
        language: Language,
        branch_id: uuid.UUID | None,
        filters: tuple[tuple[bool, ...], dict[str, Any]],
        page: PageRequest,
    ) -> Page[Any]:
        shape, values = filters
        status, kind, q, organisation = shape
        reach = staff_reach(principal)

        def build() -> Select[Any]:
            statement = select(
                *summary_columns(language),
                *_EXTRA,
                _named(Branch.name, Branch.id, Order.branch_id, "branch_name"),
            )
            if not reach.every_branch:
                statement = statement.where(Order.branch_id == bindparam("own_branch_id"))
            if branch_id is not None:
                statement = statement.where(Order.branch_id == bindparam("branch_id"))
            return _filters(statement, status=status, kind=kind, q=q, organisation=organisation)

        if not reach.every_branch and reach.branch_id is None:
            return Page(items=[], next_cursor=None)
        bound = dict(values)
        if not reach.every_branch:
            bound["own_branch_id"] = reach.branch_id
        if branch_id is not None:
            bound["branch_id"] = branch_id
        key = (language, reach.every_branch, branch_id is not None, shape)
        return await self.page_of_shape(key, build, bound, NEWEST, page, item=lambda row: row)


class IntegrationOrderRepository(Repository[AssistiveOrder, Principal]):
    """An API client's orders: its organisation's, as the portal shows them."""

    model = AssistiveOrder

    def readable(self, principal: Principal) -> Select[Any]:
        return OrderRepository._of(select(Order), linked_organisations(principal))

    def listed(
        self,
        principal: Principal,
        language: Language,
        status: str | None,
        kind: str | None,
    ) -> Select[Any]:
        """What `reading.integration_order` reads, as columns."""
        statement = (
            self.readable(principal)
            .with_only_columns(*_INTEGRATION_COLUMNS, *_names(language))
            .outerjoin(AssistiveDevice, AssistiveDevice.id == Order.device_id)
            .outerjoin(AssistiveDeviceOption, AssistiveDeviceOption.id == Order.option_id)
            .outerjoin(Rental, Rental.id == Order.rental_order_id)
        )
        if status is not None:
            statement = statement.where(Order.status == status)
        if kind is not None:
            statement = statement.where(Order.kind == kind)
        return statement


_INTEGRATION_COLUMNS: tuple[Any, ...] = tuple(
    getattr(Order, name)
    for name in (
        "id",
        "number",
        "kind",
        "status",
        "signature_required",
        "signed_at",
        "off_signing_list",
        "created_at",
        "client_name",
        "client_birth_date",
        *(
            f"{prefix}_{part}"
            for prefix in ("client", "delivery")
            for part in ("street", "house_number", "house_number_addition", "postcode", "city")
        ),
        "wlz_indication",
        "desired_date",
        "planned_for",
        "delivered_on",
        "rental_ended_on",
        "picked_up_on",
        "repaired_on",
        "adjusted_on",
    )
)


def _names(language: Language) -> tuple[Any, ...]:
    return (
        AssistiveDevice.code.label("device_code"),
        device_name(language).label("device_name"),
        AssistiveDevice.category.label("device_category"),
        option_name(language).label("option_name"),
        Rental.number.label("rental_number"),
    )


async def ordering_organisations(session: Any, linked: Sequence[uuid.UUID]) -> Sequence[Any]:
    """The organisations with the branch that serves each (if any), by name."""
    return await rows(
        session,
        select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            Organisation.ad_contract,
            Branch.id.label("branch_id"),
            Branch.name.label("branch_name"),
            Branch.phone.label("branch_phone"),
            Branch.email.label("branch_email"),
            Branch.opening_hours.label("branch_opening_hours"),
        )
        .outerjoin(Branch, Branch.id == Organisation.supplier_branch_id)
        .where(one_of(Organisation.id, linked))
        .order_by(Organisation.name, Organisation.id),
    )


async def details(session: Any, order_id: uuid.UUID, language: Language) -> Any:
    """Everything an order's page shows besides the order itself (names, branch, rental)."""
    statement = (
        select(
            Organisation.name.label("organisation_name"),
            Branch.id.label("branch_id"),
            Branch.name.label("branch_name"),
            Branch.phone.label("branch_phone"),
            Branch.email.label("branch_email"),
            Branch.opening_hours.label("branch_opening_hours"),
            AssistiveDevice.code.label("device_code"),
            device_name(language).label("device_name"),
            AssistiveDevice.category.label("device_category"),
            AssistiveDevice.supply.label("device_supply"),
            option_name(language).label("option_name"),
            Rental.number.label("rental_number"),
            Placer.first_name.label("placer_first_name"),
            Placer.prefix.label("placer_prefix"),
            Placer.last_name.label("placer_last_name"),
        )
        .select_from(Order)
        .join(Organisation, Organisation.id == Order.organisation_id)
        .join(Branch, Branch.id == Order.branch_id)
        .outerjoin(AssistiveDevice, AssistiveDevice.id == Order.device_id)
        .outerjoin(AssistiveDeviceOption, AssistiveDeviceOption.id == Order.option_id)
        .outerjoin(Rental, Rental.id == Order.rental_order_id)
        .outerjoin(Placer, Placer.id == Order.placed_by_user_id)
        .where(Order.id == order_id)
    )
    return (await rows(session, statement))[0]


async def history(session: Any, order_id: uuid.UUID) -> Sequence[Any]:
    """The order's events, oldest first, with who made each."""
    return await rows(
        session,
        select(
            OrderEvent.at,
            OrderEvent.status,
            OrderEvent.on_date,
            OrderEvent.note,
            User.first_name,
            User.prefix,
            User.last_name,
        )
        .outerjoin(User, User.id == OrderEvent.by_user_id)
        .where(OrderEvent.order_id == order_id)
        .order_by(OrderEvent.at, OrderEvent.id),
    )
