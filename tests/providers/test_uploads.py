"""The portrait and the price list: checked by content, size-limited, EXIF removed, variants."""

from __future__ import annotations

import io

import pytest
from httpx import AsyncClient
from PIL import Image
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import Settings
from kring.providers.uploads import Crop, square
from tests.accounts.helpers import csrf, log_in, make_user

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _image(kind: str, size: tuple[int, int] = (1200, 900), gps: bool = False) -> bytes:
    image = Image.new("RGB", size, (200, 120, 40))
    out = io.BytesIO()
    if gps and kind == "JPEG":
        exif = Image.Exif()
        exif[0x010F] = "Camera maker"  # Make
        exif[0x8825] = {2: (52.0, 5.0, 30.0)}  # GPS info
        image.save(out, kind, exif=exif)
    else:
        image.save(out, kind)
    return out.getvalue()


async def _provider(client: AsyncClient, session: AsyncSession) -> None:
    await make_user(session, "bert@example.org")
    await log_in(client, "bert@example.org")


async def _put(
    client: AsyncClient, settings: Settings, path: str, data: bytes, media: str, **params: str
) -> object:
    headers = {**csrf(client, settings), "Content-Type": media}
    return await client.put(
        f"/api/v1/provider/profile/{path}", content=data, headers=headers, params=params
    )


async def test_a_jpeg_portrait_loses_its_exif_and_gets_square_sizes(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await _provider(client, session)
    original = _image("JPEG", gps=True)
    assert Image.open(io.BytesIO(original)).getexif()  # the upload does carry metadata
    answer = await _put(
        client, settings, "photo", original, "image/jpeg", x="0.5", y="0.3", zoom="1.5"
    )
    assert answer.status_code == 200, answer.json()  # type: ignore[attr-defined]
    photo = answer.json()["photo"]  # type: ignore[attr-defined]
    assert (photo["x"], photo["y"], photo["zoom"]) == (0.5, 0.3, 1.5)
    for variant, size in (("large", 800), ("medium", 400), ("small", 160)):
        served = await client.get(photo["urls"][variant])
        assert served.status_code == 200
        assert served.headers["content-type"] == "image/jpeg"
        image = Image.open(io.BytesIO(served.content))
        assert image.size == (size, size)
        assert not image.getexif()
    stored = await client.get("/api/v1/provider/profile/photo/original")
    assert not Image.open(io.BytesIO(stored.content)).getexif()

    moved = await client.put(
        "/api/v1/provider/profile/photo/crop",
        headers=csrf(client, settings),
        json={"x": 0.1, "y": 0.9, "zoom": 2},
    )
    assert moved.status_code == 200
    assert moved.json()["photo"]["urls"]["small"] != photo["urls"]["small"]  # a new address
    assert (await client.get(photo["urls"]["small"])).status_code == 404  # the old one is gone
    deleted = await client.delete("/api/v1/provider/profile/photo", headers=csrf(client, settings))
    assert deleted.status_code == 204
    assert (await client.get("/api/v1/provider/profile")).json()["photo"] is None


async def test_a_transparent_png_is_accepted_and_other_files_are_refused(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await _provider(client, session)
    png = io.BytesIO()
    Image.new("RGBA", (300, 500), (0, 0, 0, 0)).save(png, "PNG")
    accepted = await _put(client, settings, "photo", png.getvalue(), "image/png")
    assert accepted.status_code == 200  # type: ignore[attr-defined]
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    for data, media in (
        (gif.getvalue(), "image/png"),
        (PDF, "image/jpeg"),
        (b"not an image", "image/png"),
    ):
        refused = await _put(client, settings, "photo", data, media)
        assert refused.status_code == 422  # type: ignore[attr-defined]
        assert refused.json()["errors"][0]["field"] == "file"  # type: ignore[attr-defined]
    assert (await _put(client, settings, "photo", png.getvalue(), "text/plain")).status_code == 415  # type: ignore[attr-defined]


async def test_a_price_list_must_be_a_real_pdf_of_at_most_10_mb(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    await _provider(client, session)
    stored = await _put(client, settings, "price-list", PDF, "application/pdf")
    assert stored.status_code == 200  # type: ignore[attr-defined]
    assert stored.json()["price_list"]["bytes"] == len(PDF)  # type: ignore[attr-defined]
    downloaded = await client.get("/api/v1/provider/profile/price-list")
    assert downloaded.content == PDF
    png_named_pdf = await _put(client, settings, "price-list", _image("PNG"), "application/pdf")
    assert png_named_pdf.status_code == 422  # type: ignore[attr-defined]
    too_big = PDF[:-7] + b" " * (10 * 1024 * 1024) + b"%%EOF\n"
    refused = await _put(client, settings, "price-list", too_big, "application/pdf")
    assert refused.status_code == 413  # type: ignore[attr-defined]
    assert "10 MB" in refused.json()["detail"]  # type: ignore[attr-defined]
    assert (await client.get("/api/v1/provider/profile/price-list")).content == PDF  # kept


@pytest.mark.parametrize(
    ("crop", "box"),
    [
        (Crop(0.5, 0.5, 1), (150, 0, 1050, 900)),
        (Crop(0.0, 0.0, 1), (0, 0, 900, 900)),  # kept inside the picture
        (Crop(1.0, 1.0, 2), (750, 450, 1200, 900)),
    ],
)
def test_the_square_follows_the_centre_and_zoom(crop: Crop, box: tuple[int, int, int, int]) -> None:
    image = Image.new("RGB", (1200, 900))
    cropped = square(image, crop)
    assert cropped.size == (box[2] - box[0], box[3] - box[1])
