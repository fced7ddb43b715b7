"""What other domains use of the server-rendered pages."""

from __future__ import annotations

from kring.web.templates import render_page as render_page

__all__ = ["render_page"]
