"""What other domains use of places: geocoding an address through the configured geocoder."""

from __future__ import annotations

from kring.places.geocoder import AddressQuery, Geocoder, Location, geocoder_for

__all__ = ["AddressQuery", "Geocoder", "Location", "geocoder_for"]
