"""The route index picks, for every route of the app, the route FastAPI's own lookup picks, tries
only a few candidates whatever the number of routes, and leaves the rest to FastAPI; and no
dependency of any route runs in a worker thread."""

from __future__ import annotations

import inspect
import re
import uuid
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from httpx import AsyncClient
from starlette.routing import Match

from kring.config import Settings
from kring.kit import routing
from kring.kit.routing import RouteIndex
from kring.main import create_app

_PARAMETER = re.compile(r"{([^}:]+)(?::([a-z]+))?}")


@pytest.fixture(scope="module")
def routed() -> FastAPI:
    return create_app(Settings(env="dev"))


def _index(app: FastAPI) -> RouteIndex:
    index = app.router.middleware_stack
    assert isinstance(index, RouteIndex)
    return index


def _example(path_format: str) -> str:
    def value(match: re.Match[str]) -> str:
        return "some/file.js" if match.group(2) == "path" else str(uuid.uuid4())

    return _PARAMETER.sub(value, path_format)


def _scope(app: FastAPI, method: str, path: str) -> dict[str, Any]:
    return {"type": "http", "method": method, "path": path, "root_path": "", "app": app}


def route_of(router: Any, scope: dict[str, Any]) -> Any:
    """The route the index runs for a request (None: it hands the request to FastAPI)."""
    index = router.middleware_stack
    assert isinstance(index, RouteIndex)
    found = index.find(scope)
    return found[0].api_route if found else None


def _fastapi_pick(app: FastAPI, scope: dict[str, Any]) -> Any:
    """The route FastAPI's own lookup runs for this request (its full scan, level by level)."""
    for route in app.router.routes:
        match, _ = route.matches(dict(scope))
        if match != Match.FULL:
            continue
        picked: Any = route
        while isinstance(picked, routing._IncludedRouter):
            _, _, picked, _ = picked._match(dict(scope))
        return picked
    return None


def test_the_index_picks_what_fastapi_picks_for_every_route(routed: FastAPI) -> None:
    index = _index(routed)
    checked = 0
    for entry in index._entries():
        route = entry.api_route
        if route is None:
            continue
        path_format = routing._path_of(entry)
        assert path_format
        for method in sorted(route.methods or {"GET"}):
            scope = _scope(routed, method, _example(path_format))
            assert route_of(routed.router, scope) is _fastapi_pick(routed, scope), (
                method,
                path_format,
            )
            checked += 1
    assert checked > 120


def test_a_request_tries_few_routes_whatever_their_number(routed: FastAPI) -> None:
    index = _index(routed)
    routes = sum(1 for entry in index._entries() if entry.api_route is not None)
    assert routes > 120
    for path in ("/api/v1/categories", "/api/v1/me", "/api/v1/health", "/api/v1/provider/reviews"):
        assert len(index.candidates(path)) <= 8, path


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/does-not-exist"),  # no route: FastAPI answers 404
        ("DELETE", "/api/v1/categories"),  # a route, another method: 405
        ("GET", "/api/v1/categories/"),  # a trailing slash FastAPI redirects
    ],
)
def test_what_the_index_cannot_tell_goes_to_fastapi(
    routed: FastAPI, method: str, path: str
) -> None:
    assert route_of(routed.router, _scope(routed, method, path)) is None


def test_the_portals_fallback_is_found_like_any_route(routed: FastAPI) -> None:
    scope = _scope(routed, "GET", "/partner/some/page")
    picked = route_of(routed.router, scope)
    assert picked is not None
    assert picked is _fastapi_pick(routed, scope)


async def test_answers_through_the_index_are_fastapis(client: AsyncClient) -> None:
    assert (await client.get("/api/v1/health")).status_code == 200
    missing = await client.get("/api/v1/does-not-exist")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    wrong_method = await client.delete("/api/v1/categories")
    assert wrong_method.status_code == 405
    slash = await client.get("/api/v1/categories/", follow_redirects=False)
    assert slash.status_code in {307, 308}


def _calls(dependant: Any) -> list[Any]:
    found = [dependant.call] if dependant.call is not None else []
    for dependency in dependant.dependencies:
        found.extend(_calls(dependency))
    return found


def test_no_dependency_or_endpoint_runs_in_a_worker_thread(routed: FastAPI) -> None:
    """A plain `def` dependency costs every request a trip through the thread pool."""
    synchronous = set()
    for entry in _index(routed)._entries():
        route = entry.api_route
        if route is None:
            continue
        dependant = getattr(entry.route, "dependant", None) or route.dependant
        for call in _calls(dependant):
            function = call
            if not inspect.isfunction(call) and not inspect.ismethod(call):
                function = type(call).__call__
            if not (inspect.iscoroutinefunction(function) or inspect.isasyncgenfunction(function)):
                synchronous.add(f"{route.path}: {getattr(call, '__qualname__', call)}")
    assert not synchronous, sorted(synchronous)


def test_routes_added_later_are_found() -> None:
    extra = create_app(Settings(env="dev"))

    @extra.get("/api/v1/added-later", operation_id="tests:added_later")
    async def added_later() -> dict[str, str]:
        return {}

    scope = _scope(extra, "GET", "/api/v1/added-later")
    picked = route_of(extra.router, scope)
    assert isinstance(picked, APIRoute)
    assert picked.operation_id == "tests:added_later"
