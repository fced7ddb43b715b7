"""Every error the API can return is problem+json, in the request's language."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Annotated

import pytest
from fastapi import APIRouter, FastAPI, Query
from httpx import ASGITransport, AsyncClient
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncEngine

from kring.config import Settings
from kring.kit.errors import Conflict, InvalidInput
from tests.conftest import build_app

PROBLEM = "application/problem+json"


class Address(BaseModel):
    postcode: str = Field(min_length=6, max_length=7)


class Sample(BaseModel):
    name: str = Field(min_length=2)
    age: int = Field(ge=0, le=130)
    address: Address


def _sample_router() -> APIRouter:
    """Routes that exist only in these tests, to drive every kind of error through the app."""
    router = APIRouter(prefix="/api/v1/sample")

    @router.post("")
    async def create_sample(sample: Sample) -> Sample:
        if sample.name == "taken":
            raise Conflict("That name is taken.")
        if sample.name == "rule":
            raise InvalidInput.on("address.postcode", "This field is required.")
        return sample

    @router.get("")
    async def list_samples(limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, int]:
        return {"limit": limit}

    @router.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals: password=hunter2")

    return router


@pytest.fixture(scope="module")
async def sample_client(settings: Settings, engine: AsyncEngine) -> AsyncIterator[AsyncClient]:
    app: FastAPI = build_app(settings, engine)
    app.include_router(_sample_router())
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


def assert_problem(response, status: int, slug: str) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["type"] == f"https://kring.nl/problems/{slug}"
    assert body["status"] == status
    assert body["instance"] == response.request.url.path
    assert body["title"]
    return body


@pytest.mark.parametrize(
    ("language", "title"),
    [
        (None, "Niet gevonden"),
        ("nl-NL", "Niet gevonden"),
        ("fr-BE,fr;q=0.9", "Introuvable"),
        ("en", "Not found"),
        ("de", "Niet gevonden"),
    ],
)
async def test_404_is_a_problem_in_the_request_language(
    sample_client: AsyncClient, language: str | None, title: str
) -> None:
    headers = {"Accept-Language": language} if language else {}
    response = await sample_client.get("/api/v1/does-not-exist", headers=headers)
    body = assert_problem(response, 404, "not-found")
    assert body["title"] == title
    assert response.headers["content-language"] == (language or "nl")[:2].replace("de", "nl")


async def test_405_names_the_method(sample_client: AsyncClient) -> None:
    response = await sample_client.delete("/api/v1/health", headers={"Accept-Language": "fr"})
    body = assert_problem(response, 405, "method-not-allowed")
    assert body["title"] == "Méthode non autorisée"
    assert "DELETE" in body["detail"]
    assert "GET" in response.headers["allow"]


async def test_415_for_a_body_that_is_not_json(sample_client: AsyncClient) -> None:
    response = await sample_client.post(
        "/api/v1/sample", content=b"name=x", headers={"Content-Type": "text/plain"}
    )
    body = assert_problem(response, 415, "unsupported-media-type")
    assert "application/json" in body["detail"]


async def test_422_lists_each_field_with_location_and_reason_in_dutch(
    sample_client: AsyncClient,
) -> None:
    response = await sample_client.post(
        "/api/v1/sample", json={"name": "x", "age": 200, "address": {"postcode": "12"}}
    )
    body = assert_problem(response, 422, "validation-error")
    errors = {e["field"]: e for e in body["errors"]}
    assert set(errors) == {"name", "age", "address.postcode"}
    assert {e["location"] for e in body["errors"]} == {"body"}
    assert errors["name"]["message"] == "Gebruik minstens 2 tekens."
    assert errors["age"]["message"] == "Mag hoogstens 130 zijn."
    assert errors["address.postcode"]["message"] == "Gebruik minstens 6 tekens."


async def test_422_in_french_and_for_missing_fields_and_bad_json(
    sample_client: AsyncClient,
) -> None:
    response = await sample_client.post(
        "/api/v1/sample", json={"age": "abc"}, headers={"Accept-Language": "fr"}
    )
    body = assert_problem(response, 422, "validation-error")
    messages = {e["field"]: e["message"] for e in body["errors"]}
    assert messages == {
        "name": "Ce champ est obligatoire.",
        "age": "Doit être un nombre entier.",
        "address": "Ce champ est obligatoire.",
    }
    assert body["title"] == "Saisie invalide"

    broken = await sample_client.post(
        "/api/v1/sample", content=b'{"name": ', headers={"Content-Type": "application/json"}
    )
    assert_problem(broken, 422, "validation-error")


async def test_422_names_a_bad_query_parameter(sample_client: AsyncClient) -> None:
    response = await sample_client.get(
        "/api/v1/sample", params={"limit": "lots"}, headers={"Accept-Language": "en"}
    )
    body = assert_problem(response, 422, "validation-error")
    assert body["errors"] == [
        {"location": "query", "field": "limit", "message": "Must be a whole number."}
    ]
    too_many = await sample_client.get("/api/v1/sample", params={"limit": 101})
    assert too_many.json()["errors"][0]["message"] == "Mag hoogstens 100 zijn."
    assert (await sample_client.get("/api/v1/sample", params={"limit": 5})).json() == {"limit": 5}


async def test_dev_routes_are_not_found_outside_dev(sample_client: AsyncClient) -> None:
    response = await sample_client.get("/api/v1/dev/mail/x")
    assert_problem(response, 404, "not-found")


async def test_domain_errors_keep_their_status(sample_client: AsyncClient) -> None:
    valid = {"age": 30, "address": {"postcode": "1234AB"}}
    conflict = await sample_client.post("/api/v1/sample", json={"name": "taken", **valid})
    assert_problem(conflict, 409, "conflict")
    rule = await sample_client.post(
        "/api/v1/sample", json={"name": "rule", **valid}, headers={"Accept-Language": "en"}
    )
    body = assert_problem(rule, 422, "validation-error")
    assert body["errors"] == [
        {"location": "body", "field": "address.postcode", "message": "This field is required."}
    ]
    ok = await sample_client.post("/api/v1/sample", json={"name": "Anna", **valid})
    assert ok.status_code == 200


@pytest.mark.parametrize(
    ("language", "title"),
    [("nl", "Er ging bij ons iets mis"), ("fr", "Un problème est survenu de notre côté")],
)
async def test_500_has_an_error_id_that_is_logged_and_no_internals(
    sample_client: AsyncClient, caplog: pytest.LogCaptureFixture, language: str, title: str
) -> None:
    with caplog.at_level(logging.ERROR):
        response = await sample_client.get(
            "/api/v1/sample/boom", headers={"Accept-Language": language}
        )
    body = assert_problem(response, 500, "internal-error")
    assert body["title"] == title
    assert len(body["error_id"]) == 32
    assert body["error_id"] in body["detail"]
    assert "hunter2" not in response.text
    assert "Traceback" not in response.text
    assert any(body["error_id"] in record.getMessage() for record in caplog.records)
    # Answered past the middleware, yet with the request id and the security headers.
    assert response.headers["x-request-id"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
