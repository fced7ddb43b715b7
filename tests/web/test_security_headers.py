"""Security headers on every answer: pages, the API, its problems, files and assets."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from httpx import ASGITransport, AsyncClient, Response
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from kring.config import Environment, Settings
from kring.kit.security_headers import CSP_REPORT_PATH, tile_source
from kring.models.payment import SandboxPayment
from kring.web.docs import script_hash
from kring.web.pages import PORTALS
from tests.conftest import build_app

COMMON = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}
NO_FEATURES = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
CAMERA_HERE = "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()"
NOTHING = "default-src 'none'; frame-ancestors 'none'"
# A portal's built index.html as Vite writes it: the app is a module file, nothing inline.
INDEX = (
    '<!doctype html><html lang="nl"><head><title>{portal}</title>'
    '<script type="module" crossorigin src="/{portal}/assets/index-abc123.js"></script>'
    "</head><body><div id=root></div></body></html>"
)


def csp(response: Response) -> dict[str, list[str]]:
    """The response's Content-Security-Policy as directive -> sources."""
    policy: dict[str, list[str]] = {}
    for part in response.headers["content-security-policy"].split(";"):
        name, *sources = part.split()
        assert name not in policy, f"{name} twice"
        policy[name] = sources
    return policy


def assert_common(response: Response) -> None:
    for name, value in COMMON.items():
        assert response.headers.get(name) == value, name
    assert "strict-transport-security" not in response.headers
    assert response.headers["x-request-id"]


def assert_strict_page(response: Response, *, features: str = NO_FEATURES) -> dict[str, list[str]]:
    """The headers every HTML page has, and its policy for further checks."""
    assert response.headers["content-type"].startswith("text/html")
    assert_common(response)
    assert response.headers["permissions-policy"] == features
    policy = csp(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["font-src"] == ["'self'"]
    assert policy["media-src"] == ["'self'", "blob:"]
    assert policy["img-src"] == ["'self'", "data:", "https://tile.openstreetmap.org"]
    # Inline style elements (Mantine's) are allowed; nothing else is.
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    return policy


def assert_nothing_allowed(response: Response) -> None:
    assert_common(response)
    assert response.headers["content-security-policy"] == NOTHING
    assert response.headers["permissions-policy"] == NO_FEATURES


@pytest.fixture(scope="module")
def built_portals(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("portals")
    for portal in PORTALS:
        assets = root / f"frontend-{portal}" / "dist" / "assets"
        assets.mkdir(parents=True)
        (assets.parent / "index.html").write_text(INDEX.format(portal=portal))
        (assets.parent / "favicon.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
        (assets / "index-abc123.js").write_text(f"console.log('{portal}')")
        (assets / "index-abc123.css").write_text("body{margin:0}")
    return root


async def _client(settings: Settings, engine: AsyncEngine, **overrides: object) -> AsyncClient:
    app = build_app(settings.model_copy(update=overrides), engine)
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    return AsyncClient(transport=transport, base_url="http://testserver")


@pytest.fixture(scope="module")
async def test_env(
    settings: Settings, engine: AsyncEngine, built_portals: Path
) -> AsyncIterator[AsyncClient]:
    """The app as the tests run it (KRING_ENV=test), with portals built."""
    async with await _client(settings, engine, frontend_dir=built_portals) as client:
        yield client


@pytest.fixture(scope="module")
async def dev(
    settings: Settings, engine: AsyncEngine, built_portals: Path
) -> AsyncIterator[AsyncClient]:
    overrides = {"frontend_dir": built_portals, "env": Environment.dev}
    async with await _client(settings, engine, **overrides) as client:
        yield client


@pytest.fixture(scope="module")
async def production(
    settings: Settings, engine: AsyncEngine, built_portals: Path
) -> AsyncIterator[AsyncClient]:
    overrides = {
        "frontend_dir": built_portals,
        "env": Environment.production,
        "public_url": "https://kring.example.org",
        "secret_key": SecretStr("x" * 40),
        "payment_provider": "mollie",
        "mollie_api_key": SecretStr("test_key"),
        "map_tile_url": "https://{s}.tiles.example.org/{z}/{x}/{y}.png",
    }
    async with await _client(settings, engine, **overrides) as client:
        yield client


@pytest.mark.parametrize("portal", ["partner", "pro"])
async def test_portal_pages_and_deep_links_have_the_strict_policy(
    test_env: AsyncClient, portal: str
) -> None:
    for path in (f"/{portal}/", f"/{portal}/account/settings", f"/{portal}/orders/123"):
        page = await test_env.get(path)
        assert page.status_code == 200
        assert_strict_page(page)
        # The tests' environment reports nowhere: the report endpoint exists in dev only.
        assert "report-uri" not in csp(page)
        assert "report-to" not in csp(page)
        assert page.headers["cache-control"] == "no-cache"


async def test_only_the_provider_portal_may_use_camera_and_microphone(
    test_env: AsyncClient,
) -> None:
    for path in ("/provider/", "/provider/video", "/provider/signup/profile"):
        assert_strict_page(await test_env.get(path), features=CAMERA_HERE)
    for path in ("/", "/partner/", "/pro/", "/partner/providers/1"):
        assert_strict_page(await test_env.get(path), features=NO_FEATURES)
    # Not a prefix match on the name: /providers-something is not the provider portal.
    lookalike = await test_env.get("/api/v1/providers/search", params={"q": "kapper"})
    assert lookalike.headers["permissions-policy"] == NO_FEATURES


async def test_the_welcome_page_has_the_strict_policy(test_env: AsyncClient) -> None:
    page = await test_env.get("/")
    assert page.status_code == 200
    assert_strict_page(page)


async def test_the_sandbox_checkout_page_has_the_strict_policy(
    client: AsyncClient, session: AsyncSession
) -> None:
    session.add(
        SandboxPayment(
            external_id="tr_headers",
            amount_cents=1000,
            description="Kring fee",
            status="open",
            redirect_url="https://testserver/provider/signup/payment",
            webhook_url="https://testserver/api/v1/payments/webhooks/sandbox",
        )
    )
    await session.commit()
    checkout = await client.get("/sandbox/payments/tr_headers")
    assert checkout.status_code == 200
    assert "<form" in checkout.text
    # Its form posts to the page itself, which form-action 'self' allows.
    assert_strict_page(checkout)


async def test_api_json_allows_nothing_and_keeps_its_other_headers(client: AsyncClient) -> None:
    answer = await client.get("/api/v1/health", headers={"Accept-Language": "fr"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert_nothing_allowed(answer)
    assert answer.headers["cache-control"] == "no-store"
    assert answer.headers["content-language"] == "fr"
    assert answer.headers["vary"] == "Accept-Language"


async def test_problems_allow_nothing(client: AsyncClient) -> None:
    missing = await client.get("/api/v1/no/such/thing")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert_nothing_allowed(missing)
    invalid = await client.get("/api/v1/places", params={"q": "", "limit": "many"})
    assert invalid.status_code == 422
    assert_nothing_allowed(invalid)
    refused = await client.post(
        "/api/v1/auth/login", content=b"<x/>", headers={"Content-Type": "text/xml"}
    )
    assert refused.status_code == 415
    assert_nothing_allowed(refused)


async def test_static_assets_are_never_sniffed(test_env: AsyncClient) -> None:
    for path, media_type in (
        ("/partner/assets/index-abc123.js", "text/javascript"),
        ("/provider/assets/index-abc123.css", "text/css"),
        ("/pro/favicon.svg", "image/svg+xml"),
    ):
        asset = await test_env.get(path)
        assert asset.status_code == 200
        assert asset.headers["content-type"].startswith(media_type)
        # An SVG opened as a document runs nothing either.
        assert_nothing_allowed(asset)
    missing = await test_env.get("/partner/assets/gone-123.js")
    assert missing.status_code == 404
    assert_nothing_allowed(missing)


async def test_metrics_and_redirects_have_the_headers_too(test_env: AsyncClient) -> None:
    metrics = await test_env.get("/metrics")
    assert metrics.headers["content-type"].startswith("text/plain")
    assert_nothing_allowed(metrics)
    redirect = await test_env.get("/partner")
    assert redirect.status_code == 308
    assert_common(redirect)
    assert redirect.headers["content-security-policy"] == NOTHING


async def test_docs_allow_their_own_inline_script_by_hash_only(test_env: AsyncClient) -> None:
    docs = await test_env.get("/docs")
    assert docs.status_code == 200
    assert_common(docs)
    policy = csp(docs)
    inline = re.findall(r"<script>(.*?)</script>", docs.text, re.DOTALL)
    assert len(inline) == 1
    assert "SwaggerUIBundle" in inline[0]
    assert policy["script-src"] == ["'self'", "https://cdn.jsdelivr.net", script_hash(inline[0])]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'", "https://cdn.jsdelivr.net"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert docs.headers["permissions-policy"] == NO_FEATURES
    # No third-party favicon or validator badge.
    assert "fastapi.tiangolo.com" not in docs.text
    assert '"validatorUrl": null' in docs.text


def test_a_changed_script_no_longer_matches_its_hash() -> None:
    assert script_hash("alert(1)") != script_hash("alert(2)")
    # The value a browser computes for `<script>alert(1)</script>` (base64 of its SHA-256).
    assert script_hash("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"


async def test_hsts_only_in_production(
    test_env: AsyncClient, dev: AsyncClient, production: AsyncClient
) -> None:
    for path in ("/", "/partner/", "/api/v1/health", "/docs"):
        secure = await production.get(path)
        assert secure.headers["strict-transport-security"] == (
            "max-age=31536000; includeSubDomains"
        ), path
        for name, value in COMMON.items():
            assert secure.headers[name] == value
        assert "report" not in secure.headers["content-security-policy"]
        for other in (test_env, dev):
            assert "strict-transport-security" not in (await other.get(path)).headers
    # The map's tile server is the one image source outside; `{s}` subdomains become `*`.
    assert csp(await production.get("/partner/"))["img-src"] == [
        "'self'",
        "data:",
        "https://*.tiles.example.org",
    ]
    # No CSP report endpoint outside dev.
    assert (await production.post(CSP_REPORT_PATH, content=b"{}")).status_code in (404, 405)


def test_tile_sources() -> None:
    assert tile_source("https://tile.openstreetmap.org/{z}/{x}/{y}.png") == (
        "https://tile.openstreetmap.org"
    )
    assert tile_source("https://{s}.tile.example.org:8443/t/{z}/{x}/{y}.png") == (
        "https://*.tile.example.org:8443"
    )


async def test_dev_pages_report_violations(dev: AsyncClient) -> None:
    for path in ("/", "/provider/", "/dev/mail", "/docs"):
        page = await dev.get(path)
        policy = csp(page)
        assert policy["report-uri"] == [CSP_REPORT_PATH], path
        assert policy["script-src"][0] == "'self'"
        assert policy["script-src"][-1] == "'report-sample'"
        assert "'unsafe-inline'" not in policy["script-src"]
    mailbox = await dev.get("/dev/mail")
    assert mailbox.status_code == 200
    policy = csp(mailbox)
    assert policy["script-src"] == ["'self'", "'report-sample'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'", "'report-sample'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert_common(mailbox)
    # API answers are not documents: nothing to report.
    assert (await dev.get("/api/v1/health")).headers["content-security-policy"] == NOTHING


async def test_the_report_endpoint_logs_each_violation_as_one_line(
    dev: AsyncClient, test_env: AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    report_uri = {
        "csp-report": {
            "document-uri": "http://127.0.0.1:8000/partner/",
            "effective-directive": "script-src-elem",
            "blocked-uri": "inline",
            "line-number": 12,
            "script-sample": "alert(1)",
            "original-policy": "default-src 'self'",
        }
    }
    report_to = [
        {
            "type": "csp-violation",
            "url": "http://127.0.0.1:8000/provider/",
            "body": {
                "documentURL": "http://127.0.0.1:8000/provider/",
                "effectiveDirective": "img-src",
                "blockedURL": "https://evil.example/x.png",
                "disposition": "enforce",
            },
        },
        {"type": "deprecation", "body": {"id": "x"}},
    ]
    with caplog.at_level(logging.WARNING):
        first = await dev.post(
            CSP_REPORT_PATH,
            content=json.dumps(report_uri),
            headers={"Content-Type": "application/csp-report"},
        )
        second = await dev.post(
            CSP_REPORT_PATH,
            content=json.dumps(report_to),
            headers={"Content-Type": "application/reports+json"},
        )
        garbage = await dev.post(CSP_REPORT_PATH, content=b"\x00not json")
    assert (first.status_code, second.status_code, garbage.status_code) == (204, 204, 204)
    fields = ("event", "document", "directive", "blocked", "line", "sample", "disposition")
    lines = [r.msg for r in caplog.records if isinstance(r.msg, dict)]
    violations = [
        {key: value for key, value in line.items() if key in fields}
        for line in lines
        if line.get("event") == "csp.violation"
    ]
    assert violations == [
        {
            "event": "csp.violation",
            "document": "http://127.0.0.1:8000/partner/",
            "directive": "script-src-elem",
            "blocked": "inline",
            "line": 12,
            "sample": "alert(1)",
        },
        {
            "event": "csp.violation",
            "document": "http://127.0.0.1:8000/provider/",
            "directive": "img-src",
            "blocked": "https://evil.example/x.png",
            "disposition": "enforce",
        },
    ]
    too_big = await dev.post(CSP_REPORT_PATH, content=b"[" + b" " * 70_000 + b"]")
    assert too_big.status_code == 413
    assert (await test_env.post(CSP_REPORT_PATH, content=b"{}")).status_code in (404, 405)
