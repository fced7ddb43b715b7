"""Server-rendered pages (the welcome page and dev tools), in the request's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from kring.kit.i18n import LANGUAGES, _, current_language, set_language

_env = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent.parent / "templates" / "web"),
    autoescape=select_autoescape(["html"]),
)
_env.globals["_"] = _


def render_page(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    """Render a page in the request's language; `?lang=` (the page's language links) wins."""
    wanted = request.query_params.get("lang")
    if wanted in LANGUAGES:
        set_language(wanted)
    body = _env.get_template(name).render(
        {"request": request, "lang": current_language(), **context}
    )
    return HTMLResponse(body)
