"""Who may use the gazetteer: anyone, signed in or not."""

from __future__ import annotations

from kring.auth.dependencies import AnyVisitor

Anyone = AnyVisitor

__all__ = ["Anyone"]
