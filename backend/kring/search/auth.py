"""Who may use the public search and read public profiles: anyone, signed in or not (what
they may read, live profiles only, is the repository's `readable`)."""

from __future__ import annotations

from kring.auth.dependencies import AnyVisitor

Anyone = AnyVisitor

__all__ = ["Anyone"]
