"""The gazetteer: Dutch and Belgian places (GeoNames cities1000, CC BY 4.0), other names."""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, Float, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kring.kit.db import Base


class Place(Base):
    """A place; its id is the GeoNames id, so a reload updates rather than duplicates."""

    __tablename__ = "place"
    __table_args__ = (
        CheckConstraint("country IN ('NL', 'BE')", name="country_known"),
        CheckConstraint("latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint("longitude BETWEEN -180 AND 180", name="longitude_range"),
        Index(
            "ix_place_search_name_prefix",
            "search_name",
            postgresql_ops={"search_name": "text_pattern_ops"},
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    # Lower case without accents or punctuation, for accent-insensitive prefix search.
    search_name: Mapped[str] = mapped_column(String(200), nullable=False)
    municipality: Mapped[str | None] = mapped_column(String(200))
    province: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    latitude: Mapped[float] = mapped_column(Float, nullable=False)
    longitude: Mapped[float] = mapped_column(Float, nullable=False)
    population: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")


class PlaceName(Base):
    """Another name of a place (Brussel and Bruxelles, Den Bosch), found by the same search."""

    __tablename__ = "place_name"
    __table_args__ = (
        Index(
            "ix_place_name_search_name_prefix",
            "search_name",
            postgresql_ops={"search_name": "text_pattern_ops"},
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    place_id: Mapped[int] = mapped_column(
        ForeignKey("place.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    search_name: Mapped[str] = mapped_column(String(200), nullable=False)
