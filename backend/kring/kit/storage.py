"""Where uploaded files live: behind one small interface, on disk by default (a volume shared
by every API process); an object store can take its place without the callers knowing."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Protocol

from fastapi import Depends

from kring.config import Settings, SettingsDep

_KEY = re.compile(r"^[a-z0-9][a-z0-9/_.-]{0,200}$")


class Storage(Protocol):
    def put(self, key: str, data: bytes) -> None: ...

    def get(self, key: str) -> bytes | None: ...

    def delete(self, key: str) -> None: ...

    def delete_tree(self, key: str) -> None:
        """Deletes the file `key`, or everything under the folder `key`; nothing there is fine."""
        ...

    def put_file(self, key: str, source: Path) -> None:
        """Takes over `source` (a file too big to hold in memory) under `key`."""
        ...

    def local_path(self, key: str) -> Path | None:
        """Where a stored file can be streamed from (with byte ranges), if it exists."""
        ...


class DiskStorage:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        # Keys are made by Kring, never by users; still, nothing may escape the root.
        if not _KEY.match(key) or ".." in key:
            raise ValueError(f"bad storage key {key!r}")
        return self.root / key

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename: a reader never sees half a file, and a failed write (a full disk)
        # leaves none behind.
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", delete=False) as tmp:
            try:
                tmp.write(data)
                tmp.flush()
            except BaseException:
                tmp.close()
                Path(tmp.name).unlink(missing_ok=True)
                raise
        os.replace(tmp.name, path)

    def get(self, key: str) -> bytes | None:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            return None

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def delete_tree(self, key: str) -> None:
        path = self._path(key)
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)

    def put_file(self, key: str, source: Path) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Across file systems a move copies; into a temporary name first, then renamed.
        staged = path.with_name(f".{path.name}.{os.getpid()}.part")
        try:
            shutil.move(source, staged)
        except BaseException:
            staged.unlink(missing_ok=True)  # half a copy when the disk filled up
            raise
        os.replace(staged, path)

    def local_path(self, key: str) -> Path | None:
        path = self._path(key)
        return path if path.is_file() else None


def storage_for(settings: Settings) -> Storage:
    return DiskStorage(settings.uploads_dir)


async def _storage_dependency(settings: SettingsDep) -> Storage:
    return storage_for(settings)


StorageDep = Annotated[Storage, Depends(_storage_dependency)]
