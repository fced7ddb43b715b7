"""Security headers on every answer, worked out once at start from the settings.

HTML pages get a strict Content-Security-Policy (no inline script anywhere; /docs names its one
inline script by hash), everything else (API JSON, problems, files, assets) the policy that
allows nothing. `docs/decisions.md` says why each value is what it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from kring.config import Environment, Settings

# The dev-only endpoint that logs violations (kring.dev.endpoints); outside /api/ so that neither
# the JSON-body nor the CSRF check stands in the way of the browser's report.
CSP_REPORT_PATH = "/dev/csp-reports"

Header = tuple[bytes, bytes]

# No page may be framed, by anyone.
_FRAMING = "frame-ancestors 'none'"
# What answers that are not HTML may do as documents: nothing (an uploaded file opened in a tab
# runs no script and loads nothing).
_NOTHING = f"default-src 'none'; {_FRAMING}"
# Chrome shows a PDF through an internal <embed> that `object-src 'none'` would block.
_PDF = _FRAMING
_NO_FEATURES = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
# The provider portal records the introduction video in the browser.
_CAMERA_HERE = "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()"


def tile_source(tile_url: str) -> str:
    """The CSP host source of a Leaflet tile URL template (`{s}` subdomains become `*`)."""
    parts = urlsplit(tile_url)
    host = parts.netloc
    if host.startswith("{s}."):
        host = "*." + host.removeprefix("{s}.")
    return f"{parts.scheme}://{host}"


def _policy(directives: dict[str, Sequence[str]]) -> str:
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


def _html_policy(
    settings: Settings, *, script: Sequence[str], style: Sequence[str], img: Sequence[str]
) -> str:
    directives: dict[str, Sequence[str]] = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *script],
        # Mantine writes <style> elements while the app runs (theme variables, responsive
        # props with generated ids): they cannot be hashed, hence 'unsafe-inline' for styles
        # only. Every fetch directive stays on 'self', so injected CSS has nowhere to send data.
        "style-src": ["'self'", "'unsafe-inline'", *style],
        "img-src": ["'self'", "data:", *img],
        # The recorded introduction video plays from a blob: URL before it is saved.
        "media-src": ["'self'", "blob:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    if settings.is_dev:
        # The first characters of a refused script or style go into the report.
        directives["script-src"] = [*directives["script-src"], "'report-sample'"]
        directives["style-src"] = [*directives["style-src"], "'report-sample'"]
        # report-uri only: with report-to as well, Chromium ignores report-uri and delivers
        # through the Reporting API, late or (measured on http://127.0.0.1) not at all.
        directives["report-uri"] = [CSP_REPORT_PATH]
    return _policy(directives)


def _encode(headers: dict[str, str]) -> tuple[Header, ...]:
    return tuple(
        (name.lower().encode(), value.encode("latin-1")) for name, value in headers.items()
    )


@dataclass(frozen=True)
class SecurityHeaders:
    """The header sets, ready to append to an ASGI `http.response.start` message."""

    docs_path: str
    html: tuple[Header, ...]
    provider_html: tuple[Header, ...]
    docs_html: tuple[Header, ...]
    other: tuple[Header, ...]
    pdf: tuple[Header, ...]

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        docs_path: str,
        docs_origin: str,
        docs_script_hashes: Sequence[str],
    ) -> SecurityHeaders:
        """`docs_path` serves Swagger UI from `docs_origin`, with these inline scripts."""
        common = {
            "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY",
            # Not no-referrer: Chromium then sends `Origin: null` on same-origin POSTs, which
            # the CSRF check (it compares the Origin) refuses.
            "Referrer-Policy": "same-origin",
        }
        if settings.env == Environment.production:
            common["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        pages = _html_policy(
            settings, script=[], style=[], img=[tile_source(settings.map_tile_url)]
        )
        docs = _html_policy(
            settings, script=[docs_origin, *docs_script_hashes], style=[docs_origin], img=[]
        )

        def build(policy: str, features: str) -> tuple[Header, ...]:
            return _encode(
                {**common, "Content-Security-Policy": policy, "Permissions-Policy": features}
            )

        return cls(
            docs_path=docs_path,
            html=build(pages, _NO_FEATURES),
            provider_html=build(pages, _CAMERA_HERE),
            docs_html=build(docs, _NO_FEATURES),
            other=build(_NOTHING, _NO_FEATURES),
            pdf=build(_PDF, _NO_FEATURES),
        )

    def for_response(self, path: str, content_type: bytes) -> tuple[Header, ...]:
        """The set for an answer to `path` with this Content-Type."""
        if content_type.startswith(b"text/html"):
            if path == "/provider" or path.startswith("/provider/"):
                return self.provider_html
            if path == self.docs_path:
                return self.docs_html
            return self.html
        if content_type.startswith(b"application/pdf"):
            return self.pdf
        return self.other
