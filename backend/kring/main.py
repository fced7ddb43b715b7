"""The FastAPI application: `create_app()` wires routers, middleware and error handlers."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import Response
from fastapi.routing import APIRoute
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from kring import api, worker_tasks
from kring.auth.middleware import csrf_check
from kring.config import Settings, get_settings
from kring.dev import endpoints as dev_endpoints
from kring.kit import db, queue
from kring.kit.errors import PROBLEM_MEDIA_TYPE, Problem, install_error_handlers
from kring.kit.logging import configure_logging
from kring.kit.middleware import KringMiddleware
from kring.kit.public_lists import PublicLists
from kring.kit.routing import RouteIndex
from kring.kit.security_headers import SecurityHeaders
from kring.web import docs, pages


def _operation_id(route: APIRoute) -> str:
    return route.operation_id or route.name


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    own_engine = getattr(app.state, "engine", None) is None
    if own_engine:
        app.state.engine = db.create_engine(
            settings.resolved_database_url(),
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
        )
        app.state.sessionmaker = db.create_sessionmaker(app.state.engine)
    pool = await queue.connect(settings.resolved_redis_url(), settings.queue_name)
    queue.set_pool(pool)
    # Everything built at start (modules, routes, schemas, catalogs) lives as long as the
    # process: out of the collector's sight, a full collection no longer walks it all and
    # no longer stalls every request in flight (the tail latency under load).
    lists: PublicLists = app.state.public_lists
    await lists.start(db.plain_postgres_url(settings.resolved_database_url()))
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        await lists.stop()
        await pool.aclose()
        queue.set_pool(None)
        if own_engine:
            await app.state.engine.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(level=settings.log_level, json=settings.log_json)
    worker_tasks.register_all()
    app = FastAPI(
        title="Kring API",
        version="1",
        summary="Help at home: help seekers, helpers, providers and care organisations.",
        description=(
            "The REST API behind Kring's partner, provider and pro portals and its "
            "integrations. Errors are RFC 9457 problem details in the request's language "
            "(Accept-Language: nl, fr or en)."
        ),
        lifespan=_lifespan,
        # /docs is Kring's own route (kring.web.docs), so its CSP can name its inline script.
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        generate_unique_id_function=_operation_id,
    )
    app.state.settings = settings
    app.state.public_lists = PublicLists()
    install_error_handlers(app)

    app.include_router(api.router)
    if settings.is_dev:
        app.include_router(dev_endpoints.api_router, prefix="/api/v1")
        app.include_router(dev_endpoints.page_router)
    if settings.payment_provider == "sandbox":
        # The sandbox payment provider's checkout page (never in production: settings refuse).
        from kring.payments.endpoints import sandbox_router

        app.include_router(sandbox_router)
    app.include_router(pages.router)
    docs_page = docs.render(app)
    docs.install(app, docs_page)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    RouteIndex.install(app.router)

    # The Problem schema is referenced by every error response, so make sure it is published.
    app.openapi_schema = None
    _add_problem_schema(app)

    # Also kept on app.state: an unexpected error is answered outside the middleware.
    app.state.security_headers = SecurityHeaders.from_settings(
        settings,
        docs_path=docs.DOCS_PATH,
        docs_origin=docs.SWAGGER_ORIGIN,
        docs_script_hashes=docs_page.script_hashes,
    )
    app.add_middleware(
        KringMiddleware, security_headers=app.state.security_headers, api_checks=[csrf_check]
    )
    return app


# Operations that never touch PostgreSQL or Redis (liveness must answer while they are down).
_NO_DATABASE = {"/api/v1/health"}


def _add_problem_schema(app: FastAPI) -> None:
    original = app.openapi

    def openapi() -> dict[str, object]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, definition in problem.pop("$defs", {}).items():
            components.setdefault(name, definition)
        components.setdefault("Problem", problem)
        # FastAPI documents its own 422 shape; Kring answers every 422 with a Problem.
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        problem_content = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for path, path_item in schema.get("paths", {}).items():
            for operation in path_item.values():
                responses = operation.setdefault("responses", {})
                response = responses.get("422")
                if response is not None:
                    response["description"] = "Invalid input"
                    response["content"] = problem_content
                # What the shared plumbing answers for any operation, documented on each so
                # the generated client knows them: a body too large or of the wrong type, and
                # the database or queue out of reach.
                generic = {"503": "Service unavailable"}
                if "requestBody" in operation:
                    generic |= {"413": "Request too large", "415": "Unsupported media type"}
                if path in _NO_DATABASE:
                    generic.pop("503")
                for code, description in generic.items():
                    responses.setdefault(
                        code, {"description": description, "content": problem_content}
                    )
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
