"""The welcome page, the three built portals and the staff console, served from one port."""

from __future__ import annotations

import gzip
import mimetypes
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from kring.config import Settings, settings_of
from kring.kit.errors import NotFound
from kring.kit.i18n import N_
from kring.kit.types import PlainText
from kring.web.templates import render_page

# "admin" is the staff console: served like a portal, linked only from the welcome page's footer.
PORTALS = ("partner", "provider", "pro", "admin")

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
async def welcome(request: Request) -> HTMLResponse:
    settings = settings_of(request)
    return render_page(request, "welcome.html", {"show_dev_tools": settings.is_dev})


def portal_dist(settings: Settings, portal: str) -> Path:
    return settings.frontend_dir / f"frontend-{portal}" / "dist"


# What is worth compressing: the portals' scripts, styles, pages and icons (not images).
_COMPRESSIBLE = (".js", ".css", ".html", ".svg", ".json", ".map", ".txt")
_MIN_COMPRESSED_BYTES = 1024


@lru_cache(maxsize=256)
def _gzipped(path: Path, modified_ns: int) -> bytes:
    """A built file, gzip-compressed once per version (the API's JSON is left to the proxy)."""
    return gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)


def _file(request: Request, path: Path, headers: dict[str, str]) -> Response:
    accepts_gzip = "gzip" in request.headers.get("accept-encoding", "").lower()
    stat = path.stat()
    if path.suffix not in _COMPRESSIBLE or stat.st_size < _MIN_COMPRESSED_BYTES:
        return FileResponse(path, headers=headers)
    headers = {**headers, "Vary": "Accept-Encoding"}
    if not accepts_gzip:
        return FileResponse(path, headers=headers)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if media_type.startswith("text/") or media_type.endswith("javascript"):
        media_type += "; charset=utf-8"
    return Response(
        _gzipped(path, stat.st_mtime_ns),
        media_type=media_type,
        headers={**headers, "Content-Encoding": "gzip"},
    )


def _portal_file(request: Request, settings: Settings, portal: str, path: str) -> Response:
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
        return _file(request, candidate, headers)
    if path.startswith("assets/"):
        raise NotFound()
    # Client-side routes: every other path is the app's own page.
    return _file(request, index, {"Cache-Control": "no-cache"})


def _make_portal_routes(portal: str) -> None:
    async def redirect_to_slash(request: Request) -> RedirectResponse:
        # The query goes along: a shared search (`/partner?q=kapper`) must survive the slash.
        query = request.url.query
        return RedirectResponse(f"/{portal}/" + (f"?{query}" if query else ""), status_code=308)

    async def serve(request: Request, path: PlainText = "") -> Response:
        return _portal_file(request, settings_of(request), portal, path)

    router.add_api_route(f"/{portal}", redirect_to_slash, methods=["GET"])
    router.add_api_route(f"/{portal}/{{path:path}}", serve, methods=["GET", "HEAD"])


for _portal in PORTALS:
    _make_portal_routes(_portal)
