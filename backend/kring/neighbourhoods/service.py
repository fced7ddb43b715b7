"""The neighbourhoods' rules; what other domains may use of them is re-exported here."""

from __future__ import annotations

from kring.neighbourhoods.auth import (
    Neighbour,
    NeighbourhoodManager,
    NeighbourhoodModerator,
    NeighbourReader,
    NeighbourWriter,
    WorkerInNeighbourhood,
    may_write,
    neighbour_in,
    reachable_neighbourhoods,
)

__all__ = [
    "Neighbour",
    "NeighbourReader",
    "NeighbourWriter",
    "NeighbourhoodManager",
    "NeighbourhoodModerator",
    "WorkerInNeighbourhood",
    "may_write",
    "neighbour_in",
    "reachable_neighbourhoods",
]
