"""Uploads onto a full disk: a real ENOSPC from a small tmpfs mounted as the uploads folder.
Every upload answers either 200 with all its files in place, or 507 problem+json with nothing
written and the profile unchanged; never a half-written file or a row pointing at none."""

from __future__ import annotations

import io
import os
import random
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PIL import Image

from tests.faults.stack import Stack, log_in
from tests.faults.traffic import PROBLEM

pytestmark = pytest.mark.faults

DISK = 2 * 1024 * 1024
FILLER = "filler.bin"


@pytest.fixture
def small_disk(stack: Stack) -> Iterator[Path]:
    """A 2 MiB tmpfs (root only, as in CI; elsewhere the test says why it cannot run)."""
    mount_command, umount_command = shutil.which("mount"), shutil.which("umount")
    if os.geteuid() != 0 or not mount_command or not umount_command:
        pytest.skip("mounting a small tmpfs needs root and mount(8) (CI runs as root)")
    mount = stack.var_dir / "small-disk"
    mount.mkdir()
    subprocess.run(
        [mount_command, "-t", "tmpfs", "-o", f"size={DISK},mode=0755", "tmpfs", str(mount)],
        check=True,
        timeout=30,
    )
    try:
        yield mount
    finally:
        subprocess.run([umount_command, "-l", str(mount)], check=False, timeout=30)


def leave_free(disk: Path, wanted: int) -> None:
    """Grow or shrink the filler so that about `wanted` bytes are left."""
    filler = disk / FILLER
    filler.touch()
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    size = max(filler.stat().st_size + free - wanted, 0)
    with filler.open("r+b") as out:
        out.truncate(0)
        try:
            out.write(b"\0" * size)
            out.flush()
        except OSError:  # the last page may not fit; full is full
            pass


def files(disk: Path) -> set[str]:
    return {str(p.relative_to(disk)) for p in disk.rglob("*") if p.is_file() and p.name != FILLER}


def noisy_png(side: int) -> bytes:
    """A photo that compresses badly, so its JPEG sizes take real room."""
    noise = random.Random(side).randbytes(side * side * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), noise).save(out, "PNG")
    return out.getvalue()


UPLOADS = {
    "photo": ("/api/v1/provider/profile/photo", "image/png", noisy_png(600)),
    "price_list": (
        "/api/v1/provider/profile/price-list",
        "application/pdf",
        b"%PDF-1.4\n" + random.Random(1).randbytes(300_000) + b"\n%%EOF\n",
    ),
    "video": (
        "/api/v1/provider/profile/video",
        "video/mp4",
        b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
        + random.Random(2).randbytes(400_000),
    ),
}


def referenced(profile: dict[str, object]) -> list[str]:
    """The addresses of every stored file the profile names."""
    urls: list[str] = []
    photo = profile.get("photo")
    if isinstance(photo, dict):
        urls += [str(u) for u in photo["urls"].values()]
    for kind in ("price_list", "video"):
        item = profile.get(kind)
        if isinstance(item, dict):
            urls.append(str(item["url"]))
    return urls


def assert_consistent(provider: httpx.Client, disk: Path) -> dict[str, object]:
    """Every file the profile names can be fetched, and no stray or partial file is on disk."""
    profile: dict[str, object] = provider.get("/api/v1/provider/profile").json()
    for url in referenced(profile):
        assert provider.get(url).status_code == 200, url
    stored = files(disk)
    assert not [f for f in stored if Path(f).name.startswith(".")], stored  # half-written
    photos = [f for f in stored if "/photo/" in f]
    assert len(photos) == (4 if profile.get("photo") else 0), stored
    assert len([f for f in stored if "/video/" in f]) == (1 if profile.get("video") else 0)
    assert len([f for f in stored if f.endswith("price-list.pdf")]) == (
        1 if profile.get("price_list") else 0
    )
    return profile


def test_a_full_disk_answers_507_and_keeps_nothing_half_written(
    processes: Stack, small_disk: Path
) -> None:
    stack = processes
    _api, base = stack.serve(KRING_UPLOADS_PATH=str(small_disk))
    provider = log_in(base, "provider@kring.demo")
    outcomes: dict[str, set[int]] = {kind: set() for kind in UPLOADS}
    # From no room at all to plenty: each answer is a whole success or a clean refusal.
    for free in (0, 8_000, 64_000, 200_000, 350_000, 500_000, 1_200_000):
        for kind, (path, media_type, body) in UPLOADS.items():
            leave_free(small_disk, free)
            before_files = files(small_disk)
            before = assert_consistent(provider, small_disk)
            answer = provider.put(path, content=body, headers={"Content-Type": media_type})
            outcomes[kind].add(answer.status_code)
            if answer.status_code == 507:
                assert answer.headers["content-type"].startswith(PROBLEM)
                assert answer.json()["type"] == "https://kring.nl/problems/insufficient-storage"
                assert files(small_disk) == before_files, (kind, free)
                assert assert_consistent(provider, small_disk) == before
            else:
                assert answer.status_code == 200, (kind, free, answer.text)
                assert assert_consistent(provider, small_disk)[kind] is not None
    # No room refused every kind; with room every kind was stored.
    assert outcomes == {kind: {200, 507} for kind in UPLOADS}, outcomes
