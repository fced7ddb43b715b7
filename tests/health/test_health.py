"""Liveness, readiness (and what it says when a part is down), request ids and metrics."""

from __future__ import annotations

from arq import ArqRedis
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from sqlalchemy.ext.asyncio import AsyncEngine

from kring.config import Settings
from kring.kit import db, queue
from kring.kit.mail_sink import free_port


async def test_health_and_ready_answer_when_everything_is_up(client: AsyncClient) -> None:
    health = await client.get("/api/v1/health")
    assert health.json() == {"status": "ok"}
    ready = await client.get("/api/v1/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "checks": {"database": "ok", "redis": "ok"}}


async def _ready_with(app: FastAPI) -> tuple[int, dict[str, object]]:
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://testserver") as client:
        response = await client.get("/api/v1/ready", headers={"Accept-Language": "en"})
    return response.status_code, response.json()


async def test_ready_is_503_naming_postgresql_when_it_is_down(
    app: FastAPI, settings: Settings, engine: AsyncEngine
) -> None:
    nowhere = f"postgresql://postgres@127.0.0.1:{free_port()}/kring"
    app.state.engine = db.create_engine(nowhere, pool_size=1)
    try:
        status, body = await _ready_with(app)
    finally:
        await app.state.engine.dispose()
        app.state.engine = engine
    assert status == 503
    assert body["detail"] == "Not ready: database not reachable."
    assert body["type"] == "https://kring.nl/problems/service-unavailable"


async def test_ready_is_503_naming_redis_when_it_is_down(app: FastAPI) -> None:
    working = queue.get_pool()
    dead = ArqRedis(host="127.0.0.1", port=free_port(), socket_connect_timeout=0.5)
    queue.set_pool(dead)
    try:
        status, body = await _ready_with(app)
    finally:
        queue.set_pool(working)
        await dead.aclose()
    assert status == 503
    assert body["detail"] == "Not ready: redis not reachable."


async def test_every_response_has_a_request_id_and_keeps_a_sane_one(client: AsyncClient) -> None:
    generated = await client.get("/api/v1/health")
    assert len(generated.headers["x-request-id"]) == 32
    kept = await client.get("/api/v1/health", headers={"X-Request-ID": "abc-123-def"})
    assert kept.headers["x-request-id"] == "abc-123-def"
    refused = await client.get("/api/v1/health", headers={"X-Request-ID": "<script>"})
    assert refused.headers["x-request-id"] != "<script>"


async def test_metrics_count_requests_by_endpoint(client: AsyncClient) -> None:
    await client.get("/api/v1/health")
    metrics = await client.get("/metrics")
    assert metrics.status_code == 200
    assert 'kring_http_requests_total{endpoint="health:get",method="GET",status="200"}' in (
        metrics.text
    )
    await client.get("/api/v1/no/such/thing")
    metrics = await client.get("/metrics")
    assert 'endpoint="unmatched",method="GET",status="404"' in metrics.text


async def test_docs_and_spec_are_served(client: AsyncClient) -> None:
    docs = await client.get("/docs")
    assert docs.status_code == 200
    spec = (await client.get("/api/v1/openapi.json")).json()
    assert spec["paths"]["/api/v1/health"]["get"]["operationId"] == "health:get"
    assert "Problem" in spec["components"]["schemas"]
    assert "HTTPValidationError" not in spec["components"]["schemas"]
