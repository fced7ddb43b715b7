"""Outbox handlers for providers: deleting an erased profile's files after the commit."""

from __future__ import annotations

from typing import Any

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from kring.config import get_settings
from kring.kit.outbox import outbox_task
from kring.kit.storage import storage_for

DELETE_FILES = "storage.delete_files"


@outbox_task(DELETE_FILES, timeout_seconds=300, max_tries=10)
async def delete_files(session: AsyncSession, payload: dict[str, Any]) -> None:
    """Delete each file or folder named; one already gone is fine, so a retry is harmless."""
    storage = storage_for(get_settings())
    for key in payload["keys"]:
        await anyio.to_thread.run_sync(storage.delete_tree, key)
