"""Route lookup that does not grow with the number of routes.

FastAPI tries every route in turn, and every router included in another one matches again at
each level: with 120 routes a request to a late one spends more time finding its route than
running its query. `RouteIndex` sorts the routes once by the literal segments their path
starts with (`/api/v1/categories/...`), so a request only tries the few routes that can match
it, in FastAPI's own order, and is then handed to the route exactly as FastAPI hands it.

Anything the index does not answer with certainty (no route matches fully, a method that does
not fit, a trailing slash to redirect, a mount, the portals' fallback, a root path behind a
proxy) goes through FastAPI's own lookup, so the answers are the same; `tests/kit/
test_routing.py` checks that for every route. It reads FastAPI's included-router internals,
which that test also guards when FastAPI is upgraded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import routing as fastapi_routing
from fastapi.routing import APIRoute, APIRouter
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

_IncludedRouter: Any = fastapi_routing._IncludedRouter
_EffectiveRouteContext: Any = fastapi_routing._EffectiveRouteContext
_SCOPE_KEY: str = fastapi_routing._FASTAPI_SCOPE_KEY
_ROUTE_CONTEXT_KEY: str = fastapi_routing._FASTAPI_EFFECTIVE_ROUTE_CONTEXT_KEY
_INCLUDED_ROUTER_KEY: str = fastapi_routing._FASTAPI_INCLUDED_ROUTER_KEY
_apply_form_limits: Any = fastapi_routing._apply_router_form_limits


@dataclass(frozen=True)
class _Entry:
    """A route in FastAPI's order, with the included routers it sits in (outermost first)."""

    order: int
    route: Any  # an effective route context (inside an included router) or a plain route
    routers: tuple[Any, ...]

    @property
    def api_route(self) -> APIRoute | None:
        """The FastAPI route this entry runs; None for anything else (mounts, pages)."""
        if isinstance(self.route, _EffectiveRouteContext):
            original = self.route.original_route
            return original if isinstance(original, APIRoute) else None
        return self.route if isinstance(self.route, APIRoute) else None


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    # The entries whose literal path prefix ends here or above, in FastAPI's order.
    candidates: tuple[_Entry, ...] = ()


def _literal_segments(path: str | None) -> list[str]:
    """The path's segments before the first one with a parameter: the part a request repeats."""
    if not path:
        return []
    segments = []
    for segment in path.split("/")[1:]:
        if "{" in segment:
            break
        segments.append(segment)
    if segments and segments[-1] == "":
        segments.pop()
    return segments


def _path_of(entry: _Entry) -> str | None:
    route = entry.route
    if isinstance(route, _EffectiveRouteContext):
        starlette_route = route.starlette_route
        if starlette_route is not None:
            return getattr(starlette_route, "path_format", None)
        return str(route.path_format or "") or None
    return getattr(route, "path_format", None)


class RouteIndex:
    """The innermost ASGI app of the router: finds the route, or hands over to FastAPI."""

    def __init__(self, router: APIRouter) -> None:
        self.router = router
        self.fallback: ASGIApp = router.app
        self._root: _Node | None = None
        self._route_count = -1

    @classmethod
    def install(cls, router: APIRouter) -> None:
        """Put the index in front of `router`'s own lookup (it has no router middleware)."""
        if router.middleware_stack != router.app:
            raise RuntimeError("the route index must be the router's innermost app")
        router.middleware_stack = cls(router)

    def _entries(self) -> list[_Entry]:
        entries: list[_Entry] = []

        def walk(routes: list[Any], routers: tuple[Any, ...]) -> None:
            for route in routes:
                if isinstance(route, _IncludedRouter):
                    walk(route.effective_candidates(), (*routers, route))
                else:
                    entries.append(_Entry(len(entries), route, routers))

        walk(list(self.router.routes), ())
        return entries

    def _build(self) -> _Node:
        root = _Node()
        for entry in self._entries():
            node = root
            for segment in _literal_segments(_path_of(entry)):
                node = node.children.setdefault(segment, _Node())
            node.candidates = (*node.candidates, entry)

        def inherit(node: _Node, above: tuple[_Entry, ...]) -> None:
            node.candidates = tuple(sorted((*above, *node.candidates), key=lambda e: e.order))
            for child in node.children.values():
                inherit(child, node.candidates)

        inherit(root, ())
        return root

    def candidates(self, path: str) -> tuple[_Entry, ...]:
        """The routes that may match `path`, in FastAPI's order."""
        if self._root is None or self._route_count != len(self.router.routes):
            self._root = self._build()
            self._route_count = len(self.router.routes)
        node = self._root
        for segment in path.split("/")[1:]:
            child = node.children.get(segment)
            if child is None:
                break
            node = child
        return node.candidates

    def find(self, scope: Scope) -> tuple[_Entry, dict[str, Any]] | None:
        """The route FastAPI would run for this request, if the index can tell for sure."""
        if scope["type"] != "http" or scope.get("root_path"):
            return None
        for entry in self.candidates(scope["path"]):
            match, child_scope = entry.route.matches(scope)
            if match == Match.FULL:
                return (entry, child_scope) if entry.api_route is not None else None
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = self.find(scope)
        if found is None:
            await self.fallback(scope, receive, send)
            return
        entry, child_scope = found
        route = entry.api_route
        assert route is not None
        # What FastAPI's routers do on the way down to the route, without matching again.
        _apply_form_limits(scope, self.router.form_limits)
        scope.setdefault("router", self.router)
        for included in entry.routers:
            _apply_form_limits(scope, included.include_context.form_limits)
        fastapi_scope = scope.setdefault(_SCOPE_KEY, {})
        if entry.routers:
            fastapi_scope[_INCLUDED_ROUTER_KEY] = entry.routers[-1]
            fastapi_scope[_ROUTE_CONTEXT_KEY] = entry.route
        child_scope["route"] = route
        scope.update(child_scope)
        await route.handle(scope, receive, send)
