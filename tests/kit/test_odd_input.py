"""The odd inputs the attack run sent: each is a 422 naming the field, never a 500, and nothing
is stored. (The shared types behind this are checked for every route in test_input_types.)"""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.models.contact import ContactRequest
from tests.accounts.helpers import csrf
from tests.contacts.test_contact_requests import FORM
from tests.providers.test_wizard import _provider
from tests.search.helpers import Provider, add_provider

BEYOND_BIGINT = 9223372036854775808
NUL = "nul\u0000byte"


def _fields(answer: Any) -> list[str]:
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    return [error["field"] for error in answer.json()["errors"]]


async def test_nul_in_query_parameters(client: AsyncClient) -> None:
    answer = await client.get("/api/v1/providers/search", params={"category": NUL})
    assert _fields(answer) == ["category"]
    answer = await client.get("/api/v1/places", params={"q": NUL})
    assert _fields(answer) == ["q"]


async def test_integers_beyond_the_columns(client: AsyncClient) -> None:
    assert _fields(await client.get(f"/api/v1/places/{BEYOND_BIGINT}")) == ["place_id"]
    answer = await client.get("/api/v1/providers/search", params={"place_id": BEYOND_BIGINT})
    assert _fields(answer) == ["place_id"]


@pytest.mark.parametrize("field", ["name", "message", "location"])
async def test_contact_request_text_with_nul(
    client: AsyncClient, session: AsyncSession, field: str
) -> None:
    bert = await add_provider(session, Provider("bert@example.org", "Bert"))
    answer = await client.post(
        f"/api/v1/providers/{bert.id}/contact-requests", json={**FORM, field: NUL}
    )
    assert _fields(answer) == [field]
    answer = await client.post(
        f"/api/v1/providers/{bert.id}/contact-requests", json={**FORM, "place_id": BEYOND_BIGINT}
    )
    assert _fields(answer) == ["place_id"]
    assert await session.scalar(select(func.count()).select_from(ContactRequest)) == 0


async def test_provider_texts_and_places(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await _provider(client, session)
    headers = csrf(client, settings)
    answer = await client.put(
        "/api/v1/provider/profile/introduction",
        headers=headers,
        json={"introduction": NUL, "profile_text": ""},
    )
    assert _fields(answer) == ["introduction"]
    answer = await client.put(
        "/api/v1/provider/profile/availability",
        headers=headers,
        json={"work_area_kind": "places", "place_ids": [BEYOND_BIGINT]},
    )
    assert _fields(answer) == ["place_ids.0"]
    # Nothing was kept, not even the profile the first step would have created.
    assert (await client.get("/api/v1/provider/profile")).status_code == 404


async def test_a_body_that_is_not_utf8_is_a_422(client: AsyncClient) -> None:
    answer = await client.post(
        "/api/v1/auth/login",
        content=b'{"email": "\xff\xfe"}',
        headers={"Content-Type": "application/json"},
    )
    assert _fields(answer) == [""]
    assert (
        answer.json()["errors"][0]["message"] == "De inhoud van het verzoek is geen geldige JSON."
    )


async def test_json_bodies_over_1_mb_are_refused_declared_or_streamed(client: AsyncClient) -> None:
    from kring.kit.middleware import MAX_JSON_BODY_BYTES

    big = b'{"email": "a@example.org", "password": "' + b"x" * MAX_JSON_BODY_BYTES + b'"}'
    declared = await client.post(
        "/api/v1/auth/login", content=big, headers={"Content-Type": "application/json"}
    )
    assert declared.status_code == 413
    assert declared.json()["detail"] == "De inhoud van het verzoek is te groot."

    async def chunks() -> Any:
        for start in range(0, len(big), 64 * 1024):
            yield big[start : start + 64 * 1024]

    streamed = await client.post(
        "/api/v1/auth/login", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert streamed.status_code == 413
    assert streamed.headers["content-type"].startswith("application/problem+json")
    # Under the limit it is read, and refused for what it says (a password over 1024
    # characters), not for its size.
    small = b'{"email": "a@example.org", "password": "' + b"x" * 2000 + b'"}'
    answer = await client.post(
        "/api/v1/auth/login", content=small, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 422


def test_every_operation_documents_the_shared_refusals(app: Any) -> None:
    spec = app.openapi()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            codes = set(operation["responses"])
            if "requestBody" in operation:
                assert {"413", "415"} <= codes, (method, path)
                assert codes & {"400", "422"}, (method, path)  # OAuth's token answers 400
            if path != "/api/v1/health":
                assert "503" in codes, (method, path)
