"""Import every module that registers outbox tasks, so app and worker know the same set."""

from __future__ import annotations


def register_all() -> None:
    from kring.accounts import tasks as account_tasks  # noqa: F401
    from kring.notifications import tasks as notification_tasks  # noqa: F401
    from kring.providers import tasks as provider_tasks  # noqa: F401
