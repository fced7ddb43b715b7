"""A helper's portrait: uploaded and cropped as a provider's (the kit's code), shown in every
size to signed-in readers only, an old version not found."""

from __future__ import annotations

import io

from fastapi import FastAPI
from httpx import AsyncClient, Response
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from tests.accounts.helpers import csrf
from tests.dossiers.helpers import signed_in, skill_ids
from tests.helpers.helpers import PROFILE, save
from tests.members.helpers import Person


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (900, 600), (30, 90, 160)).save(out, "JPEG")
    return out.getvalue()


async def _upload(who: Person, data: bytes, media: str) -> Response:
    headers = {**csrf(who.client, who.settings), "Content-Type": media}
    return await who.client.put(f"{PROFILE}/photo", content=data, headers=headers)


async def test_the_portrait_in_every_size_for_signed_in_readers(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    paula = await signed_in(app, session, settings, "paula@example.org", "Paula")
    # No profile yet: nothing to put the portrait on.
    assert (await _upload(anna, _jpeg(), "image/jpeg")).status_code == 404
    made = await save(anna, await skill_ids(session, 1))
    assert made["photo"] is None
    answer = await _upload(anna, _jpeg(), "image/jpeg")
    photo = answer.json()["photo"]
    small = photo["urls"]["small"]
    assert small.startswith(f"/api/v1/helpers/{made['id']}/photo/small?v=")
    seen = await paula.client.get(small)
    assert (seen.status_code, seen.headers["content-type"]) == (200, "image/jpeg")
    assert Image.open(io.BytesIO(seen.content)).size == (160, 160)
    assert "immutable" in seen.headers["cache-control"]
    assert (await client.get(small)).status_code == 401
    # A new crop is a new version: the old address is gone.
    cropped = await anna.call("PUT", f"{PROFILE}/photo/crop", {"x": 0.2, "y": 0.5, "zoom": 2})
    assert cropped.json()["photo"]["zoom"] == 2
    assert (await paula.client.get(small)).status_code == 404
    assert (await paula.client.get(cropped.json()["photo"]["urls"]["large"])).status_code == 200
    assert (await anna.call("DELETE", f"{PROFILE}/photo")).status_code == 204
    assert (await anna.call("GET", PROFILE)).json()["photo"] is None
    assert (await paula.client.get(f"/api/v1/helpers/{made['id']}/photo/small")).status_code == 404


async def test_only_a_photo_is_taken(
    app: FastAPI, client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    anna = await signed_in(app, session, settings, "anna@example.org", "Anna")
    await save(anna, await skill_ids(session, 1))
    refused = await _upload(anna, b"%PDF-1.4 not a photo", "image/png")
    assert refused.status_code == 422
    assert (await anna.call("GET", PROFILE)).json()["photo"] is None
