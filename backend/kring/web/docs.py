"""The interactive API documentation (Swagger UI), rendered once so the CSP can name its script."""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

DOCS_PATH = "/docs"
# Swagger UI itself comes from its CDN, as FastAPI serves it by default.
SWAGGER_ORIGIN = "https://cdn.jsdelivr.net"
SWAGGER_JS = f"{SWAGGER_ORIGIN}/npm/swagger-ui-dist@5/swagger-ui-bundle.js"
SWAGGER_CSS = f"{SWAGGER_ORIGIN}/npm/swagger-ui-dist@5/swagger-ui.css"

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def script_hash(source: str) -> str:
    """The CSP source expression that allows exactly this inline script."""
    digest = hashlib.sha256(source.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


@dataclass(frozen=True)
class DocsPage:
    html: str

    @property
    def script_hashes(self) -> tuple[str, ...]:
        return tuple(script_hash(source) for source in _INLINE_SCRIPT.findall(self.html))


def render(app: FastAPI) -> DocsPage:
    """Swagger UI for the app's spec; the same bytes are served and hashed for the CSP."""
    response = get_swagger_ui_html(
        openapi_url=app.openapi_url or "",
        title=f"{app.title} - Swagger UI",
        swagger_js_url=SWAGGER_JS,
        swagger_css_url=SWAGGER_CSS,
        # No icon from a third party; the empty data URL stops the browser asking for one.
        swagger_favicon_url="data:,",
        # Kring's API clients use client credentials: no redirect page is needed. Swagger UI
        # would otherwise send the spec's address to its online validator.
        oauth2_redirect_url=None,
        swagger_ui_parameters={"validatorUrl": None},
    )
    return DocsPage(bytes(response.body).decode())


def install(app: FastAPI, page: DocsPage) -> None:
    """Serve the rendered page at /docs (the app is created with `docs_url=None`)."""

    @app.get(DOCS_PATH, include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(page.html)
