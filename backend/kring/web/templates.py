"""Server-rendered pages (the welcome page and dev tools), in the request's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from kring.kit.i18n import _, current_language

_env = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent.parent / "templates" / "web"),
    autoescape=select_autoescape(["html"]),
)
_env.globals["_"] = _


def render_page(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    body = _env.get_template(name).render(
        {"request": request, "lang": current_language(), **context}
    )
    return HTMLResponse(body)
