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


async def take(redis: Redis, key: str, limit: int, window_seconds: int) -> int | None:
    """Count one event if fewer than `limit` happened in the sliding window; else count
    nothing and return the seconds until the oldest leaves the window (for Retry-After)."""
    now = time.time()
    async with redis.pipeline(transaction=True) as pipe:
        pipe.zremrangebyscore(key, 0, now - window_seconds)
        pipe.zcard(key)
        pipe.zrange(key, 0, 0, withscores=True)
        _, count, oldest = await pipe.execute()
    if int(count) >= limit:
        first = oldest[0][1] if oldest else now
        return max(int(first + window_seconds - now) + 1, 1)
    await count_in_window(redis, key, window_seconds)
    return None
