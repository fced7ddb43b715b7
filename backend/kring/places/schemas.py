"""Response bodies for the gazetteer."""

from __future__ import annotations

from kring.kit.place import PlaceRead


class PlaceMatch(PlaceRead):
    """A place found by name; `matched_name` is the name that matched when it was another one
    (Bruxelles for Brussel)."""

    matched_name: str | None = None
