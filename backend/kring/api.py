"""The /api/v1 router: every domain's endpoints, included in one place."""

from __future__ import annotations

from fastapi import APIRouter

from kring.health.endpoints import router as health_router

router = APIRouter(prefix="/api/v1")
router.include_router(health_router)
