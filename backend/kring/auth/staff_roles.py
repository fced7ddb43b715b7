"""The staff-role table: which of Kring's staff roles may do which staff task.

The one place that names staff roles in a decision. Routes ask for a task through
`auth.dependencies.StaffFor`; `GET /api/v1/me` tells a staff member their tasks (`staff_tasks`),
so the staff console shows only what the API allows; `docs/architecture.md` renders the table
(`python -m kring.auth.staff_roles`). A new domain adds its tasks here.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from kring.models.user import StaffRole

ADMIN, ADVISOR, BRANCH, CARE_MANAGER, VERIFIER, CONCIERGE = (
    StaffRole.admin,
    StaffRole.advisor,
    StaffRole.branch,
    StaffRole.care_manager,
    StaffRole.verifier,
    StaffRole.concierge,
)
EVERY_ROLE = frozenset(StaffRole)
# The concierge works cases for subscribers; reviews are the other staff's to moderate.
MODERATORS = EVERY_ROLE - {CONCIERGE}


class StaffTask(StrEnum):
    view_accounts = "view_accounts"
    manage_accounts = "manage_accounts"
    view_organisations = "view_organisations"
    manage_organisations = "manage_organisations"
    act_for_organisations = "act_for_organisations"
    manage_api_clients = "manage_api_clients"
    manage_categories = "manage_categories"
    view_providers = "view_providers"
    set_badges = "set_badges"
    suspend_providers = "suspend_providers"
    verify_certificates = "verify_certificates"
    view_promotions = "view_promotions"
    confirm_promotions = "confirm_promotions"
    moderate_reviews = "moderate_reviews"
    view_response_times = "view_response_times"
    verify_partners = "verify_partners"
    manage_skills = "manage_skills"
    view_dossiers = "view_dossiers"
    run_payments = "run_payments"
    manage_catalogue = "manage_catalogue"
    view_orders = "view_orders"
    handle_orders = "handle_orders"
    view_projects = "view_projects"
    manage_projects = "manage_projects"
    answer_questions = "answer_questions"
    make_invoices = "make_invoices"
    record_payments = "record_payments"
    manage_neighbourhoods = "manage_neighbourhoods"
    moderate_neighbourhoods = "moderate_neighbourhoods"
    work_concierge_cases = "work_concierge_cases"
    manage_concierge_subscriptions = "manage_concierge_subscriptions"


# What each task lets a staff member do, for the docs and the staff console.
TASK_DESCRIPTIONS: Mapping[StaffTask, str] = MappingProxyType(
    {
        StaffTask.view_accounts: "Find accounts and read an account's page and audit trail",
        StaffTask.manage_accounts: (
            "Create, (de)activate and end accounts, change an e-mail, reset a 2FA phone, "
            "link a person to an organisation"
        ),
        StaffTask.view_organisations: "List and read organisations",
        StaffTask.manage_organisations: "Create organisations and change their details",
        StaffTask.act_for_organisations: (
            "Manage any organisation's members as its portal admin would"
        ),
        StaffTask.manage_api_clients: "Manage any organisation's API clients",
        StaffTask.manage_categories: "Add and rename provider categories",
        StaffTask.view_providers: "List and read provider profiles, their video",
        StaffTask.set_badges: "Set a provider's badges (identity seen, seen in person)",
        StaffTask.suspend_providers: "Suspend a provider and lift the suspension",
        StaffTask.verify_certificates: "Read, confirm and reject certificates of conduct (VOG)",
        StaffTask.view_promotions: "List promotion package requests",
        StaffTask.confirm_promotions: "Confirm a promotion package (invoice it)",
        StaffTask.moderate_reviews: "Hide a review with a reason, and show it again",
        StaffTask.view_response_times: "Watch providers' response times to contact requests",
        StaffTask.verify_partners: "Read partner access requests and accept or refuse them",
        StaffTask.manage_skills: "Add and rename skills (what help seekers need, helpers offer)",
        StaffTask.view_dossiers: (
            "List and read help seekers' dossiers and their access log (audited)"
        ),
        StaffTask.run_payments: (
            "Make the monthly payment run (collect approved hours from help seekers, pay "
            "helpers) and download its SEPA files"
        ),
        StaffTask.manage_catalogue: (
            "Add and change assistive devices and their options, and (de)activate them"
        ),
        StaffTask.view_orders: (
            "List and read assistive-device orders (branch staff: their branch's only; audited)"
        ),
        StaffTask.handle_orders: (
            "Plan orders and record deliveries, repairs, adjustments, rental ends and pickups "
            "(branch staff: their branch's only)"
        ),
        StaffTask.view_projects: (
            "List and read client organisations' projects, their members and shifts"
        ),
        StaffTask.manage_projects: (
            "Create and change projects, keep their shifts and confirm them (which mails the "
            "service confirmations)"
        ),
        StaffTask.answer_questions: (
            "Answer and close questions from organisations (care managers: of the projects they "
            "lead; branch staff: their branch's general questions)"
        ),
        StaffTask.make_invoices: (
            "Make a project's monthly invoice from its confirmed shifts, and read invoices"
        ),
        StaffTask.record_payments: "Record that an invoice was paid (by bank transfer)",
        StaffTask.manage_neighbourhoods: (
            "Draw neighbourhoods (postcode areas and places), keep their local organisations,"
            " name their workers and invite residents"
        ),
        StaffTask.moderate_neighbourhoods: (
            "Handle reports from neighbourhoods: read what was reported (audited), hide posts"
            " and replies, suspend and reinstate residents"
        ),
        StaffTask.work_concierge_cases: (
            "Work concierge cases: read subscribers' requests (audited), look for neighbours,"
            " volunteers and providers, propose options, record follow-up and costs"
        ),
        StaffTask.manage_concierge_subscriptions: (
            "Subscribe residents to the concierge service, set their monthly budget and funding,"
            " end subscriptions"
        ),
    }
)

STAFF_TABLE: Mapping[StaffTask, frozenset[StaffRole]] = MappingProxyType(
    {
        StaffTask.view_accounts: frozenset({ADMIN, ADVISOR}),
        StaffTask.manage_accounts: frozenset({ADMIN, ADVISOR}),
        StaffTask.view_organisations: EVERY_ROLE,
        StaffTask.manage_organisations: frozenset({ADMIN, ADVISOR}),
        StaffTask.act_for_organisations: frozenset({ADMIN, ADVISOR}),
        StaffTask.manage_api_clients: frozenset({ADMIN}),
        StaffTask.manage_categories: frozenset({ADMIN, ADVISOR}),
        StaffTask.view_providers: EVERY_ROLE,
        StaffTask.set_badges: frozenset({ADMIN, ADVISOR, VERIFIER}),
        StaffTask.suspend_providers: frozenset({ADMIN, ADVISOR}),
        StaffTask.verify_certificates: frozenset({ADMIN, ADVISOR, VERIFIER}),
        StaffTask.view_promotions: EVERY_ROLE,
        StaffTask.confirm_promotions: frozenset({ADMIN, ADVISOR}),
        StaffTask.moderate_reviews: MODERATORS,
        StaffTask.view_response_times: EVERY_ROLE,
        StaffTask.verify_partners: frozenset({ADMIN, ADVISOR, VERIFIER}),
        StaffTask.manage_skills: frozenset({ADMIN, ADVISOR}),
        StaffTask.view_dossiers: frozenset({ADMIN, ADVISOR, VERIFIER, CARE_MANAGER}),
        StaffTask.run_payments: frozenset({ADMIN}),
        StaffTask.manage_catalogue: frozenset({ADMIN, ADVISOR}),
        StaffTask.view_orders: frozenset({ADMIN, ADVISOR, BRANCH}),
        StaffTask.handle_orders: frozenset({ADMIN, BRANCH}),
        StaffTask.view_projects: frozenset({ADMIN, ADVISOR, CARE_MANAGER}),
        StaffTask.manage_projects: frozenset({ADMIN, CARE_MANAGER}),
        StaffTask.answer_questions: frozenset({ADMIN, CARE_MANAGER, BRANCH}),
        StaffTask.make_invoices: frozenset({ADMIN, CARE_MANAGER}),
        StaffTask.record_payments: frozenset({ADMIN}),
        StaffTask.manage_neighbourhoods: frozenset({ADMIN, ADVISOR}),
        StaffTask.moderate_neighbourhoods: frozenset({ADMIN, ADVISOR}),
        StaffTask.work_concierge_cases: frozenset({ADMIN, CONCIERGE}),
        StaffTask.manage_concierge_subscriptions: frozenset({ADMIN, ADVISOR, CONCIERGE}),
    }
)


def may(roles: frozenset[StaffRole], task: StaffTask) -> bool:
    """Whether any of these staff roles may do the task."""
    return not roles.isdisjoint(STAFF_TABLE[task])


def tasks_of(roles: frozenset[StaffRole]) -> list[StaffTask]:
    return [task for task in StaffTask if may(roles, task)]


def markdown_table() -> str:
    """The table as `docs/architecture.md` shows it."""
    roles = list(StaffRole)
    lines = [
        "| task | " + " | ".join(role.value for role in roles) + " |",
        "|---|" + "---|" * len(roles),
    ]
    for task in StaffTask:
        marks = " | ".join("yes" if role in STAFF_TABLE[task] else "" for role in roles)
        lines.append(f"| `{task.value}`: {TASK_DESCRIPTIONS[task]} | {marks} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(markdown_table())
