"""The vocabulary of the matrix's rows: a default per kind of route, plus overrides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kring.auth.staff_roles import STAFF_TABLE, StaffTask
from tests.permissions.conftest import CLIENTS, PRINCIPALS, STAFF

Expect = Mapping[str, int]
PERSONS = tuple(p for p in PRINCIPALS if p != "anonymous" and p not in CLIENTS)
REFUSED = frozenset({401, 403, 404})


@dataclass(frozen=True)
class Row:
    """What each principal gets from one route, and what to send it."""

    expect: Expect
    body: Any = None
    # A file sent as the body itself: its bytes and media type.
    upload: tuple[bytes, str] | None = None
    form: dict[str, str] | None = None
    params: dict[str, str] | None = None
    # Path parameters whose object is not named by the parameter alone (`request_id`).
    ids: Mapping[str, str] = field(default_factory=dict)
    # The object in the path belongs to the provider or to De Linde: whoever reaches it is
    # also sent the other provider's or organisation's object, which must answer 404.
    owned: bool = False
    # Owners besides those who succeed (e.g. refused for the state of their own object).
    owners: frozenset[str] = frozenset()
    # Refusals this route gives only after reading the body (the service looks the object up
    # then), so an invalid body gets 422 first: that tells nothing about the object. Allowed,
    # not required; a refusal by the route's principal always comes first.
    validated_first: frozenset[int] = frozenset()


def everyone(status: int, **overrides: int) -> Expect:
    """A public route: the same answer for every principal."""
    return {**dict.fromkeys(PRINCIPALS, status), **overrides}


def people(status: int, **overrides: int) -> Expect:
    """Any signed-in person; nobody and API clients get 401."""
    base = {p: 401 for p in PRINCIPALS}
    base.update(dict.fromkeys(PERSONS, status))
    return {**base, **overrides}


def staff(task: StaffTask, status: int, **overrides: int) -> Expect:
    """Staff whose role may do the task (the staff-role table); any other person 403."""
    base = dict(people(403))
    base.update({role: status for role in STAFF if role in STAFF_TABLE[task]})
    return {**base, **overrides}


def providers(status: int, others: int = 404, **overrides: int) -> Expect:
    """The provider's own routes: both providers reach their own; people without a provider
    profile get `others`."""
    return people(others, provider=status, provider2=status, **overrides)


def provider_object(status: int, **overrides: int) -> Expect:
    """One of the provider's objects (a contact request, review, promotion, invoice): the other
    provider and everyone without a profile get 404."""
    return people(404, provider=status, **overrides)
