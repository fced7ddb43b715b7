"""Rate limits in Redis, shared by every API replica."""

from __future__ import annotations

import time
import uuid

from redis.asyncio import Redis


async def count_in_window(redis: Redis, key: str, window_seconds: int) -> int:
    """Record one event and return how many happened in the sliding window (including it)."""
    now = time.time()
    member = f"{now:.6f}:{uuid.uuid4().hex[:8]}"
    async with redis.pipeline(transaction=True) as pipe:
        pipe.zremrangebyscore(key, 0, now - window_seconds)
        pipe.zadd(key, {member: now})
        pipe.zcard(key)
        pipe.expire(key, window_seconds)
        _, _, count, _ = await pipe.execute()
    return int(count)


async def retry_after(redis: Redis, key: str) -> int:
    """Seconds until `key` expires (at least 1)."""
    return max(int(await redis.ttl(key)), 1)


async def get_redis() -> Redis:
    """The process's Redis connection (the queue's pool), as a dependency."""
    from kring.kit import queue

    return queue.get_pool()
