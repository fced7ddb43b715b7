"""Reading the gazetteer: places by id, accent-insensitive prefix matches (biggest places
first), by exact name, and the nearest place to a point. Places are public: anyone reads all."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, String, bindparam, case, func, literal, or_, select, union_all
from sqlalchemy.dialects.postgresql import distinct_on

from kring.auth.principal import AnyPrincipal
from kring.kit.db import like_literal
from kring.kit.repository import Repository
from kring.kit.rows import built_once, loaded_columns
from kring.kit.text import fold
from kring.models.place import Place, PlaceName


class Places(Repository[Place, AnyPrincipal]):
    model = Place

    def readable(self, principal: AnyPrincipal) -> Select[Any]:
        return select(Place)

    async def by_id(self, principal: AnyPrincipal, place_id: int) -> Place | None:
        """A place by its GeoNames id (an integer, where other models have UUIDs)."""
        found: Place | None = await self.session.scalar(
            self.readable(principal).where(Place.id == place_id)
        )
        return found

    async def search(
        self, principal: AnyPrincipal, q: str, country: str | None, limit: int
    ) -> Sequence[Any]:
        """Prefix of the name or of a word in it (`bosch` finds 's-Hertogenbosch), also through
        other names; an exact name first, then by population. Core rows: a place's columns and
        the other name that matched (`matched_name`, or None)."""
        folded = fold(q)
        if not folded:
            return []

        def build() -> Select[Any]:
            text = String()
            exactly, starts, word = (
                bindparam(n, type_=text) for n in ("exactly", "starts", "word")
            )
            own = select(
                Place.id.label("place_id"),
                literal(None).label("matched_name"),
                Place.search_name.label("search_name"),
            ).where(or_(Place.search_name.like(starts), Place.search_name.like(word)))
            other = select(
                PlaceName.place_id,
                PlaceName.name.label("matched_name"),
                PlaceName.search_name,
            ).where(or_(PlaceName.search_name.like(starts), PlaceName.search_name.like(word)))
            hits = union_all(own, other).subquery()
            exact = case(
                (hits.c.search_name == exactly, 0), (hits.c.search_name.like(starts), 1), else_=2
            )
            statement = (
                self.readable(principal)
                .add_columns(hits.c.matched_name, exact.label("rank"))
                .join(hits, hits.c.place_id == Place.id)
                .order_by(Place.id, exact, hits.c.matched_name.is_not(None))
                .ext(distinct_on(Place.id))
            )
            if country:
                statement = statement.where(Place.country == bindparam("country", type_=text))
            ranked = statement.subquery()
            return (
                self.readable(principal)
                .with_only_columns(*loaded_columns(Place), ranked.c.matched_name)
                .join(ranked, ranked.c.id == Place.id)
                .order_by(ranked.c.rank, Place.population.desc(), Place.name)
                .limit(bindparam("place_limit"))
            )

        values = {
            "exactly": folded,
            "starts": like_literal(folded) + "%",
            "word": "% " + like_literal(folded) + "%",
            "place_limit": limit,
            **({"country": country} if country else {}),
        }
        # Places are public: `readable` is the same for everyone.
        return await built_once(country is not None, build).rows(self.session, **values)

    async def by_name(
        self, principal: AnyPrincipal, name: str, country: str | None
    ) -> Place | None:
        """The biggest place with exactly this (folded) name, for geocoding at place level."""
        folded = fold(name)
        own = select(Place.id).where(Place.search_name == folded)
        other = select(PlaceName.place_id).where(PlaceName.search_name == folded)
        statement = self.readable(principal).where(Place.id.in_(own.union(other)))
        if country:
            statement = statement.where(Place.country == country)
        found: Place | None = await self.session.scalar(
            statement.order_by(Place.population.desc()).limit(1)
        )
        return found

    async def nearest(
        self, principal: AnyPrincipal, latitude: float, longitude: float
    ) -> Place | None:
        """The Dutch place nearest to a point (a flat approximation, fine at this scale)."""
        found: Place | None = await self.session.scalar(
            self.readable(principal)
            .where(Place.country == "NL")
            .order_by(
                func.power(Place.latitude - latitude, 2)
                + func.power((Place.longitude - longitude) * 0.62, 2)  # cos(52 degrees)
            )
            .limit(1)
        )
        return found
