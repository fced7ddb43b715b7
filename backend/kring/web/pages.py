"""The welcome page and the three built portals, served from one port."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from kring.config import Settings, settings_of
from kring.kit.errors import NotFound
from kring.kit.i18n import N_
from kring.kit.types import PlainText
from kring.web.templates import render_page

PORTALS = ("partner", "provider", "pro")

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
async def welcome(request: Request) -> HTMLResponse:
    settings = settings_of(request)
    return render_page(request, "welcome.html", {"show_dev_tools": settings.is_dev})


def portal_dist(settings: Settings, portal: str) -> Path:
    return settings.frontend_dir / f"frontend-{portal}" / "dist"


def _portal_file(settings: Settings, portal: str, path: str) -> Response:
    dist = portal_dist(settings, portal).resolve()
    index = dist / "index.html"
    if not index.is_file():
        raise NotFound(
            N_("The {portal} portal has not been built yet: run `make run`."), portal=portal
        )
    candidate = (dist / path).resolve()
    if path and candidate.is_file() and candidate.is_relative_to(dist):
        # Vite names built assets by content hash, so they never change under the same name.
        immutable = candidate.parent.name == "assets"
        headers = {"Cache-Control": "public, max-age=31536000, immutable"} if immutable else {}
        return FileResponse(candidate, headers=headers)
    if path.startswith("assets/"):
        raise NotFound()
    # Client-side routes: every other path is the app's own page.
    return FileResponse(index, headers={"Cache-Control": "no-cache"})


def _make_portal_routes(portal: str) -> None:
    async def redirect_to_slash(request: Request) -> RedirectResponse:
        # The query goes along: a shared search (`/partner?q=kapper`) must survive the slash.
        query = request.url.query
        return RedirectResponse(f"/{portal}/" + (f"?{query}" if query else ""), status_code=308)

    async def serve(request: Request, path: PlainText = "") -> Response:
        return _portal_file(settings_of(request), portal, path)

    router.add_api_route(f"/{portal}", redirect_to_slash, methods=["GET"])
    router.add_api_route(f"/{portal}/{{path:path}}", serve, methods=["GET", "HEAD"])


for _portal in PORTALS:
    _make_portal_routes(_portal)
