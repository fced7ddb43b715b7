"""Who may call what: every route of the app x every kind of principal -> the status it gets.

In scope: every route of the app's route table (walked with `iter_route_contexts`, so nested
routers count) except `OUT_OF_SCOPE`: the portal shells, the docs page, the metrics page and
`openapi.json`, which take no input and serve the same to everyone (the metrics page has its own
test). That is every `/api/v1/...` route and the sandbox checkout pages, which take input.

A route without a row in `TABLE` fails, and so does a row for a route that does not exist: a new
route (or domain) adds its rows to a `table_*.py` of its area. The principals are the columns in
`conftest.PRINCIPALS`; the objects in the paths belong to the provider and to De Linde (the
employee's and portal admin's organisation). Every call runs in a savepoint that is rolled back, so
each principal starts from the same world; for every refused call (401/403/404) the rows named by
the path's ids are compared before and after. For owned objects, each principal that reaches them
is also sent the other provider's or organisation's object, which must answer 404 and stay as it
was. A refused principal is refused before its body is read: an invalid body gets the same refusal
(rows list as `validated_first` the 404s a service gives after the body is read).
Rate limits are forgotten after every call; sessions keep a fresh second factor.

Tokens in bodies (e-mail verification, password reset, review invitations) are credentials of
their own: the matrix sends an unknown one, which every principal gets refused alike.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from httpx import Response
from redis.asyncio import Redis
from sqlalchemy import text

from tests.permissions.conftest import PRINCIPALS, STAFF, World, forget_limits
from tests.permissions.rows import REFUSED, Row
from tests.permissions.table_accounts import ROWS as ACCOUNTS
from tests.permissions.table_callouts import ROWS as CALLOUTS
from tests.permissions.table_concierge import ROWS as CONCIERGE
from tests.permissions.table_contacts import ROWS as CONTACTS
from tests.permissions.table_correspondence import ROWS as CORRESPONDENCE
from tests.permissions.table_dossiers import ROWS as DOSSIERS
from tests.permissions.table_helpers import ROWS as HELPERS
from tests.permissions.table_hours import ROWS as HOURS
from tests.permissions.table_impact import ROWS as IMPACT
from tests.permissions.table_invoices import ROWS as INVOICES
from tests.permissions.table_matching import ROWS as MATCHING
from tests.permissions.table_neighbour_messages import ROWS as NEIGHBOUR_MESSAGES
from tests.permissions.table_neighbourhoods import ROWS as NEIGHBOURHOODS
from tests.permissions.table_orders import ROWS as ORDERS
from tests.permissions.table_organisations import ROWS as ORGANISATIONS
from tests.permissions.table_partners import ROWS as PARTNERS
from tests.permissions.table_payment_runs import ROWS as PAYMENT_RUNS
from tests.permissions.table_posts import ROWS as POSTS
from tests.permissions.table_projects import ROWS as PROJECTS
from tests.permissions.table_proposals import ROWS as PROPOSALS
from tests.permissions.table_providers import ROWS as PROVIDERS

OUT_OF_SCOPE = {
    ("GET", "/"),
    ("GET", "/docs"),
    ("GET", "/metrics"),
    ("GET", "/partner"),
    ("GET", "/partner/{path:path}"),
    ("GET", "/provider"),
    ("GET", "/provider/{path:path}"),
    ("GET", "/pro"),
    ("GET", "/pro/{path:path}"),
    # The staff console's built files: public like the portals'; its data comes from /admin API.
    ("GET", "/admin"),
    ("GET", "/admin/{path:path}"),
}


def _merge(*tables: dict[tuple[str, str], Row]) -> dict[tuple[str, str], Row]:
    merged: dict[tuple[str, str], Row] = {}
    for table in tables:
        twice = set(merged) & set(table)
        assert not twice, f"routes in two tables: {sorted(twice)}"
        merged.update(table)
    return merged


TABLE = _merge(
    ACCOUNTS,
    ORGANISATIONS,
    PROVIDERS,
    CONTACTS,
    PARTNERS,
    DOSSIERS,
    PROPOSALS,
    HELPERS,
    MATCHING,
    HOURS,
    PAYMENT_RUNS,
    ORDERS,
    CORRESPONDENCE,
    PROJECTS,
    INVOICES,
    NEIGHBOURHOODS,
    POSTS,
    NEIGHBOUR_MESSAGES,
    CONCIERGE,
    IMPACT,
    CALLOUTS,
)

# The table behind each id in a path, to compare a row before and after a refused call.
OBJECT_TABLES = {
    "organisation_id": "organisation",
    "membership_id": "membership",
    "client_id": "api_client",
    "user_id": "user_account",
    "session_id": "user_session",
    "factor_id": "mfa_factor",
    "profile_id": "provider_profile",
    "review_id": "review",
    "category_id": "category",
    "invoice_id": "provider_invoice",
    "contact": "contact_request",
    "promotion": "promotion_request",
    "dossier_id": "dossier",
    "proxy_id": "dossier_proxy",
    "proposal_id": "match_proposal",
    "engagement_id": "engagement",
    "helper_id": "helper_profile",
    "entry_id": "timesheet_entry",
    "run_id": "payment_run",
    "order_id": "assistive_order",
    "device_id": "assistive_device",
    "option_id": "assistive_device_option",
    "refusal_id": "order_refusal",
    "signature_id": "order_signature",
    "signed_order_id": "assistive_order",
    "question_project": "project",
    "thread_id": "correspondence_thread",
    "project_id": "project",
    "unjoined_project_id": "project",
    "shift_id": "shift",
    "client_invoice_id": "invoice",
    "invoice_project_id": "project",
    "neighbourhood_id": "neighbourhood",
    "local_organisation_id": "local_organisation",
    "neighbourhood_worker": "user_account",
    "verified_partner": "user_account",
    "posts_neighbourhood": "neighbourhood",
    "post_id": "neighbourhood_post",
    "neighbour_conversation": "neighbour_conversation",
    "neighbourhood_report": "neighbourhood_report",
    "concierge_subscription": "concierge_subscription",
    "concierge_case": "concierge_case",
    "concierge_option": "concierge_option",
    "callout": "callout",
}


FRESH_SECOND_FACTOR = text(
    "UPDATE user_session SET mfa_verified_at = clock_timestamp() WHERE mfa_verified_at IS NOT NULL"
)


def _routes(app: FastAPI) -> set[tuple[str, str]]:
    found = set()
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute):
            continue
        path = getattr(context, "path", None) or route.path
        for method in (route.methods or set()) - {"HEAD"}:
            found.add((method, path))
    return found - OUT_OF_SCOPE


def test_every_route_has_a_row_and_every_row_a_route(app: FastAPI) -> None:
    routes = _routes(app)
    missing = sorted(routes - set(TABLE))
    unknown = sorted(set(TABLE) - routes)
    assert not missing, "routes without a row in tests/permissions/table_*.py:\n" + "\n".join(
        f"  {m} {p}" for m, p in missing
    )
    assert not unknown, "rows for routes that do not exist:\n" + "\n".join(
        f"  {m} {p}" for m, p in unknown
    )
    for (method, path), row in TABLE.items():
        assert set(row.expect) == set(PRINCIPALS), f"{method} {path}: a column is missing"
    print(f"\npermission matrix: {len(routes)} routes x {len(PRINCIPALS)} principals")  # noqa: T201


def _keys(path: str, row: Row) -> dict[str, str]:
    """Path parameter -> the key of its object in the world's ids."""
    return {name: row.ids.get(name, name) for name in re.findall(r"{(\w+)}", path)}


def _fill(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(unique=uuid.uuid4().hex[:10], **ids)
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    return value


async def _rows(world: World, keys: dict[str, str], ids: dict[str, str]) -> dict[str, Any]:
    """The rows behind the path's ids, as JSON, read inside the call's savepoint."""
    rows = {}
    for key in keys.values():
        table = OBJECT_TABLES.get(key)
        if table is not None:
            # The table names come from OBJECT_TABLES, not from input.
            query = text(f"SELECT to_jsonb(t) FROM {table} t WHERE id::text = :id")  # noqa: S608
            rows[key] = await world.connection.scalar(query, {"id": ids[key]})
    return rows


async def _call(
    world: World,
    who: str,
    method: str,
    path: str,
    row: Row,
    ids: dict[str, str],
    *,
    invalid: bool = False,
) -> tuple[Response, bool]:
    """One call in a savepoint: the answer, and whether the path's rows stayed as they were."""
    keys = _keys(path, row)
    url = path.format(**{name: ids[key] for name, key in keys.items()})
    savepoint = await world.connection.begin_nested()
    try:
        before = await _rows(world, keys, ids)
        # Without the row the comparison afterwards would prove nothing.
        assert None not in before.values(), f"{path}: an id of the world has no row: {before}"
        caller = world.callers[who]
        if row.upload is not None:
            answer = await caller.call(
                method, url, content=row.upload[0], media=row.upload[1], params=row.params
            )
        else:
            answer = await caller.call(
                method,
                url,
                # A list where an object belongs: invalid for every body.
                json=["invalid"] if invalid else _fill(row.body, ids),
                form=_fill(row.form, ids),
                params=_fill(row.params, ids),
            )
        unchanged = before == await _rows(world, keys, ids)
    finally:
        await savepoint.rollback()
    return answer, unchanged


@pytest.mark.parametrize(
    ("method", "path"), sorted(TABLE), ids=[f"{m} {p}" for m, p in sorted(TABLE)]
)
async def test_who_may_call_it(method: str, path: str, world: World, limits: Redis) -> None:
    row = TABLE[(method, path)]
    # Changes that need a recent second factor (5 minutes) stay allowed however long the run.
    await world.connection.execute(FRESH_SECOND_FACTOR)
    seen: dict[str, int] = {}
    problems: list[str] = []
    for who in PRINCIPALS:
        answer, unchanged = await _call(world, who, method, path, row, world.ids)
        seen[who] = answer.status_code
        if answer.status_code >= 500:
            problems.append(f"{who}: {answer.status_code} {answer.text[:200]}")
        if answer.status_code in REFUSED and not unchanged:
            problems.append(f"{who}: refused with {answer.status_code} but changed the row")
        public = len(set(row.expect.values())) == 1  # a lookup, not a refusal
        if answer.status_code in REFUSED and row.body is not None and not public:
            # Refused before the body is read: an invalid body gets the same refusal.
            invalid, _ = await _call(world, who, method, path, row, world.ids, invalid=True)
            if invalid.status_code != answer.status_code and not (
                invalid.status_code == 422 and answer.status_code in row.validated_first
            ):
                problems.append(
                    f"{who}: refused with {answer.status_code}, "
                    f"with an invalid body {invalid.status_code}"
                )
        # The owners: who reach the object and are neither staff nor the other parties.
        owner = answer.status_code < 300 and who not in (*STAFF, "foreign", "provider2")
        if row.owned and (owner or who in row.owners):
            # The same call on the other party's object (and, for nested ids, on the other
            # party's object under one's own parent) answers 404 and changes nothing.
            keys = list(_keys(path, row).values())
            mixed = {**world.ids, keys[-1]: world.theirs[keys[-1]]}
            for ids in (world.theirs, mixed) if len(keys) > 1 else (world.theirs,):
                foreign, unchanged = await _call(world, who, method, path, row, ids)
                if foreign.status_code != 404 or not unchanged:
                    problems.append(
                        f"{who} on the other party's object: {foreign.status_code}"
                        f"{'' if unchanged else ', row changed'}"
                    )
        await forget_limits(limits)
    wrong = {who: seen[who] for who in PRINCIPALS if seen[who] != row.expect[who]}
    report = f"{method} {path}\n  expected {dict(row.expect)}\n  wrong {wrong}\n  seen {seen}"
    assert not wrong, report
    assert not problems, report + "\n  " + "\n  ".join(problems)
