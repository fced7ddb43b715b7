"""The routes of residents and neighbourhood workers."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["neighbour_messages"])
