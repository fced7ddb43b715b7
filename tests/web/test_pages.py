"""The welcome page, the built portals with their client-side routes, and the dev mailbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from httpx import ASGITransport, AsyncClient
from sqlalchemy.ext.asyncio import AsyncEngine

from kring.config import Environment, Settings
from kring.kit import mail
from kring.web.pages import PORTALS
from tests.conftest import Mailbox, build_app


@pytest.fixture
def built_portals(tmp_path: Path) -> Path:
    for portal in PORTALS:
        assets = tmp_path / f"frontend-{portal}" / "dist" / "assets"
        assets.mkdir(parents=True)
        (assets.parent / "index.html").write_text(f"<title>{portal} app</title>")
        (assets / "app-abc123.js").write_text(f"console.log('{portal}')")
    return tmp_path


async def _client(settings: Settings, engine: AsyncEngine, **overrides: object) -> AsyncClient:
    app = build_app(settings.model_copy(update=overrides), engine)
    return AsyncClient(
        transport=ASGITransport(app=app, raise_app_exceptions=False), base_url="http://testserver"
    )


@pytest.fixture
async def dev_client(
    settings: Settings, engine: AsyncEngine, built_portals: Path
) -> AsyncIterator[AsyncClient]:
    dev = {"frontend_dir": built_portals, "env": Environment.dev}
    async with await _client(settings, engine, **dev) as client:
        yield client


async def test_welcome_page_links_the_portals_docs_and_mailbox(dev_client: AsyncClient) -> None:
    page = await dev_client.get("/", headers={"Accept-Language": "en"})
    assert page.status_code == 200
    for link in (
        'href="/partner/"',
        'href="/provider/"',
        'href="/pro/"',
        'href="/admin/"',
        'href="/docs"',
        'href="/dev/mail"',
    ):
        assert link in page.text
    assert '<html lang="en">' in page.text
    french = await dev_client.get("/?lang=fr")
    assert "Ouvrir le portail partenaire" in french.text


async def test_welcome_page_links_the_staff_console_only_in_its_footer(
    dev_client: AsyncClient,
) -> None:
    page = (await dev_client.get("/", headers={"Accept-Language": "nl"})).text
    footer = page[page.index("<footer") : page.index("</footer>")]
    assert '<a href="/admin/">Inloggen op de medewerkersconsole</a>' in footer
    assert page.count('href="/admin/"') == 1
    assert "/admin/" not in page[: page.index("<footer")]


@pytest.mark.parametrize("portal", PORTALS)
async def test_portals_serve_assets_and_fall_back_to_index_for_client_routes(
    dev_client: AsyncClient, portal: str
) -> None:
    asset = await dev_client.get(f"/{portal}/assets/app-abc123.js")
    assert asset.text == f"console.log('{portal}')"
    assert "immutable" in asset.headers["cache-control"]
    for route in (f"/{portal}/", f"/{portal}/account/settings", f"/{portal}/orders/123"):
        page = await dev_client.get(route)
        assert page.status_code == 200
        assert page.text == f"<title>{portal} app</title>"
    redirect = await dev_client.get(f"/{portal}")
    assert redirect.status_code == 308
    assert redirect.headers["location"] == f"/{portal}/"
    shared = await dev_client.get(f"/{portal}", params={"q": "kapper", "place_id": "2745912"})
    assert shared.headers["location"] == f"/{portal}/?q=kapper&place_id=2745912"


async def test_missing_assets_and_api_paths_never_fall_back_to_a_portal(
    dev_client: AsyncClient,
) -> None:
    assert (await dev_client.get("/partner/assets/gone.js")).status_code == 404
    escaped = await dev_client.get("/partner/..%2f..%2fpyproject.toml")
    assert "[project]" not in escaped.text
    api = await dev_client.get("/api/v1/partner/whatever")
    assert api.status_code == 404
    assert api.headers["content-type"] == "application/problem+json"


async def test_an_unbuilt_portal_says_how_to_build_it(
    settings: Settings, engine: AsyncEngine, tmp_path: Path
) -> None:
    async with await _client(settings, engine, frontend_dir=tmp_path) as client:
        response = await client.get("/pro/", headers={"Accept-Language": "en"})
    assert response.status_code == 404
    assert "make run" in response.json()["detail"]


async def test_dev_mailbox_lists_newest_first_and_shows_a_mail_with_links(
    dev_client: AsyncClient,
    settings: Settings,
    mailbox: Mailbox,
) -> None:
    for to in ("first@example.org", "second@example.org"):
        rendered = mail.render("test_message", "en", {"sent_at": "http://127.0.0.1:8000/x"})
        await mail.send(settings, mail.build_message(settings, to, rendered))

    listed = (await dev_client.get("/api/v1/dev/mail")).json()
    assert [m["to"] for m in listed] == ["second@example.org", "first@example.org"]
    assert listed[0]["links"] == ["http://127.0.0.1:8000/x"]  # the sentence's full stop is not
    only = (await dev_client.get("/api/v1/dev/mail", params={"to": "FIRST@"})).json()
    assert [m["to"] for m in only] == ["first@example.org"]

    french = await dev_client.get("/dev/mail?lang=fr", headers={"Accept-Language": "en"})
    assert "Boîte de développement" in french.text  # the page's language links work
    page = await dev_client.get("/dev/mail", headers={"Accept-Language": "en"})
    assert page.text.index("second@example.org") < page.text.index("first@example.org")
    one = await dev_client.get(f"/dev/mail/{listed[0]['id']}")
    assert '<a href="http://127.0.0.1:8000/x">http://127.0.0.1:8000/x</a>.' in one.text
    assert (await dev_client.get("/dev/mail/nope")).status_code == 404
    assert (await dev_client.get("/api/v1/dev/mail/nope")).status_code == 404


async def test_dev_mailbox_shows_and_hands_out_attachments(
    dev_client: AsyncClient,
    settings: Settings,
    mailbox: Mailbox,
) -> None:
    pdf = b"%PDF-1.7\n" + bytes(range(256)) + b"\n%%EOF"
    rendered = mail.render("test_message", "en", {"sent_at": "http://127.0.0.1:8000/x"})
    message = mail.build_message(
        settings, "bijlage@example.org", rendered, [("HB-2026-000001.pdf", pdf, "application/pdf")]
    )
    await mail.send(settings, message)

    [listed] = (await dev_client.get("/api/v1/dev/mail", params={"to": "bijlage@"})).json()
    [attachment] = listed["attachments"]
    assert attachment["filename"] == "HB-2026-000001.pdf"
    assert attachment["content_type"] == "application/pdf"
    assert attachment["size"] == len(pdf)
    download = await dev_client.get(attachment["url"])
    assert download.status_code == 200
    assert download.content == pdf  # byte for byte, as it was sent
    assert download.headers["content-disposition"] == ('attachment; filename="HB-2026-000001.pdf"')
    page = await dev_client.get(f"/dev/mail/{listed['id']}", headers={"Accept-Language": "en"})
    assert f'href="{attachment["url"]}">HB-2026-000001.pdf</a>' in page.text
    assert (await dev_client.get(attachment["url"][:-1] + "1")).status_code == 404
    assert (await dev_client.get(attachment["url"][:-1] + "-1")).status_code == 422


async def test_dev_tools_do_not_exist_outside_dev(client: AsyncClient) -> None:
    assert (await client.get("/dev/mail")).status_code == 404
    assert (await client.get("/api/v1/dev/mail")).status_code == 404
    assert 'href="/dev/mail"' not in (await client.get("/")).text
