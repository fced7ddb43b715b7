"""The arq connection: one Redis pool per process, with a JSON serializer (never pickle)."""

from __future__ import annotations

from typing import Any

import orjson
from arq import ArqRedis, create_pool
from arq.connections import RedisSettings

_pool: ArqRedis | None = None


def serialize(obj: dict[str, Any]) -> bytes:
    return orjson.dumps(obj)


def deserialize(data: bytes) -> dict[str, Any]:
    value = orjson.loads(data)
    if not isinstance(value, dict):
        raise ValueError("a queued job must be a JSON object")
    return value


def redis_settings(url: str) -> RedisSettings:
    return RedisSettings.from_dsn(url)


async def connect(url: str, queue_name: str) -> ArqRedis:
    return await create_pool(
        redis_settings(url),
        job_serializer=serialize,
        job_deserializer=deserialize,
        default_queue_name=queue_name,
    )


def set_pool(pool: ArqRedis | None) -> None:
    """Install the process-wide pool (the app's lifespan and the worker's start-up do this)."""
    global _pool
    _pool = pool


def has_pool() -> bool:
    return _pool is not None


def get_pool() -> ArqRedis:
    if _pool is None:
        raise RuntimeError("the queue is not connected in this process")
    return _pool
