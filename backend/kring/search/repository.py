"""The public search in SQL: keyword (Dutch stemming on folded text), category, coverage of a
place by each provider's work area, day parts; sorted by distance, rating or relevance, a page
at a time by keyset. Also what anyone may read by id: live profiles and their visible reviews."""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Float,
    Row,
    Select,
    and_,
    bindparam,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)

from kring.auth.principal import AnyPrincipal
from kring.kit.errors import NotFound
from kring.kit.i18n import current_language
from kring.kit.pagination import Keyset, Page, PageRequest, SortKey, cut, keyset_page
from kring.kit.repository import Repository
from kring.kit.rows import built_once, loaded_columns, one_of_bound, rows
from kring.kit.text import fold
from kring.models.contact import Review
from kring.models.provider import (
    Category,
    ProviderCategory,
    ProviderProfile,
    ProviderService,
    ProviderStatus,
    ProviderWorkPlace,
    WorkAreaKind,
)
from kring.models.user import User
from kring.search.schemas import PublicCategory, ReviewRead

EARTH_RADIUS_KM = 6371.0
MAX_TERMS = 8

Sort = Literal["distance", "rating", "relevance"]

# Stand-ins for NULL in the sort keys (a keyset compares values, and NULL compares to nothing),
# chosen to sort where NULL sorted: no rating last, no live date first. A distance is never
# NULL: without an address `least()` skips the NULL and makes it half the earth round.
NO_RATING = -1.0
NEVER_LIVE = datetime(9999, 12, 31, tzinfo=UTC)


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float
    place_id: int | None
    country: str


@dataclass(frozen=True)
class SearchQuery:
    keywords: str = ""
    category_slug: str | None = None
    point: Point | None = None
    day_part_bits: int = 0
    sort: Sort | None = None


@dataclass(frozen=True)
class Found:
    """One page of matches as Core rows, the next cursor, and (first page only) the total."""

    rows: Sequence[Row[Any]]
    next_cursor: str | None
    total: int | None


class PublicProfiles(Repository[ProviderProfile, AnyPrincipal]):
    """Live profiles: anyone may read them; drafts, suspended and offline ones are nobody's."""

    model = ProviderProfile

    def readable(self, principal: AnyPrincipal) -> Select[Any]:
        return select(ProviderProfile).where(ProviderProfile.status == ProviderStatus.live)

    async def card(self, principal: AnyPrincipal, profile_id: uuid.UUID) -> Any:
        """One live profile's columns (a Core row) with its provider's name parts; else 404."""

        def build() -> Select[Any]:
            return (
                self.readable(principal)
                .with_only_columns(
                    *loaded_columns(ProviderProfile),
                    User.first_name.label("provider_first_name"),
                    User.prefix.label("provider_prefix"),
                    User.last_name.label("provider_last_name"),
                )
                .join(User, User.id == ProviderProfile.user_id)
                .where(ProviderProfile.id == bindparam("profile_id"))
            )

        # `readable` is the same for everyone: live profiles.
        found = await built_once("live", build).rows(self.session, profile_id=profile_id)
        if not found:
            raise NotFound()
        return found[0]


REVIEWS = Keyset(
    "provider-reviews",
    (
        SortKey(Review.created_at.expression, descending=True, kind=datetime),
        SortKey(Review.id.expression, descending=True),
    ),
)
REVIEW_COLUMNS: tuple[Any, ...] = (
    Review.id,
    Review.stars,
    Review.text,
    Review.author_name,
    Review.created_at,
    Review.reply,
    Review.replied_at,
)


class PublicReviews(Repository[Review, AnyPrincipal]):
    """Reviews anyone may read: not hidden, of a live profile."""

    model = Review

    def readable(self, principal: AnyPrincipal) -> Select[Any]:
        live = (
            PublicProfiles(self.session).readable(principal).with_only_columns(ProviderProfile.id)
        )
        return select(Review).where(Review.hidden_at.is_(None), Review.profile_id.in_(live))

    async def of_profile(
        self, principal: AnyPrincipal, profile_id: uuid.UUID, page: PageRequest
    ) -> Page[ReviewRead]:
        """Newest first, read as Core rows."""

        def build() -> Select[Any]:
            return (
                self.readable(principal)
                .with_only_columns(*REVIEW_COLUMNS)
                .where(Review.profile_id == bindparam("profile_id"))
            )

        # `readable` is the same for everyone: visible reviews of live profiles.
        return await self.page_of_shape(
            "public",
            build,
            {"profile_id": profile_id},
            REVIEWS,
            page,
            item=lambda row: ReviewRead(**row._mapping),
        )


def prefix_query(keywords: str) -> str | None:
    """`"Pédicure kapp"` -> `"pedicure:* & kapp:*"`: every word, as the start of a word."""
    terms = fold(keywords).split()[:MAX_TERMS]
    return " & ".join(f"{term}:*" for term in terms) or None


def distance_km(latitude: float, longitude: float) -> ColumnElement[float]:
    """Great-circle distance (haversine) from the point to each provider's address."""
    p = ProviderProfile
    # Float factors throughout: an integer would make SQLAlchemy cast to slow NUMERIC maths.
    half = literal(0.5, Float)
    d_lat = func.radians(p.latitude - latitude) * half
    d_lon = func.radians(p.longitude - longitude) * half
    a = func.sin(d_lat) * func.sin(d_lat) + math.cos(math.radians(latitude)) * func.cos(
        func.radians(p.latitude)
    ) * func.sin(d_lon) * func.sin(d_lon)
    return cast(2 * EARTH_RADIUS_KM * func.asin(func.least(1.0, func.sqrt(a))), Float)


def covers(point: Point, *, narrowed: bool) -> ColumnElement[bool]:
    """The provider's work area includes the point: the whole country, a radius around their
    address (the box it spans first, which a GiST index answers, then the distance), or a
    place in their list.

    When a keyword has `narrowed` the candidates, each is tested in turn; otherwise the covered
    providers are looked up by index (nationwide, the box, the place list) and joined."""
    p = ProviderProfile
    spot = func.point(point.longitude, point.latitude)
    here = func.box(spot, spot)
    # Providers' addresses are Dutch: "the whole country" is the Netherlands.
    in_country = literal(point.country == "NL")
    within = distance_km(point.latitude, point.longitude) <= p.radius_km
    listed = select(ProviderWorkPlace.profile_id).where(
        ProviderWorkPlace.place_id == (point.place_id if point.place_id is not None else -1)
    )
    if narrowed:
        return or_(
            and_(p.work_area_kind == WorkAreaKind.country, in_country),
            and_(p.coverage.op("&&")(here), within),
            p.id.in_(listed),
        )
    live = p.status == ProviderStatus.live
    return p.id.in_(
        union_all(
            select(p.id).where(live, p.work_area_kind == WorkAreaKind.country, in_country),
            select(p.id).where(p.coverage.op("&&")(here), within),
            listed,
        )
    )


def average_rating() -> ColumnElement[float]:
    p = ProviderProfile
    # Typed as float throughout: SQLAlchemy's true division by an untyped function would cast
    # to NUMERIC, whose arithmetic cost every match a sixth of the search's time.
    count = func.nullif(cast(p.rating_count, Float), literal(0.0, Float), type_=Float)
    return (cast(p.rating_sum, Float) / count).cast(Float)


@dataclass(frozen=True)
class Plan:
    """The conditions, the order as a keyset, and the distance (with a place)."""

    conditions: list[ColumnElement[bool]]
    keyset: Keyset
    distance: ColumnElement[float] | None


def plan(query: SearchQuery) -> Plan:
    """The filters and the order (as a keyset) of a search."""
    # The order always ends with rating, count, date live and id: equal distances (or ranks)
    # never shuffle between pages.
    p = ProviderProfile
    # Live profiles only: the statement starts from `PublicProfiles.readable`.
    conditions: list[ColumnElement[bool]] = []
    ts_query = prefix_query(query.keywords)
    rank: ColumnElement[float] | None = None
    if ts_query:
        tsq = func.to_tsquery("dutch", ts_query)
        # Only stop words ("de", "het") make an empty query: it then filters nothing.
        conditions.append(or_(func.numnode(tsq) == 0, p.search_vector.op("@@")(tsq)))
        # ts_rank is a real; as a double it orders the same and compares exactly with a cursor.
        rank = cast(func.ts_rank(p.search_vector, tsq), Float)
    if query.category_slug:
        conditions.append(
            exists()
            .where(ProviderCategory.profile_id == p.id)
            .where(ProviderCategory.category_id == Category.id)
            .where(Category.slug == query.category_slug)
        )
    if query.day_part_bits:
        conditions.append(p.day_parts.op("&")(query.day_part_bits) != 0)
    distance: ColumnElement[float] | None = None
    if query.point is not None:
        conditions.append(covers(query.point, narrowed=ts_query is not None))
        distance = distance_km(query.point.latitude, query.point.longitude)

    sort = query.sort or (
        "distance" if distance is not None else "relevance" if rank is not None else "rating"
    )
    first: list[SortKey] = []
    if sort == "distance" and distance is not None:
        first.append(SortKey(distance, kind=float))
    elif sort == "relevance" and rank is not None:
        first.append(SortKey(rank, descending=True, kind=float))
    else:
        sort = "rating"
    keys = (
        *first,
        SortKey(func.coalesce(average_rating(), NO_RATING), descending=True, kind=float),
        SortKey(p.rating_count.expression, descending=True, kind=int),
        SortKey(func.coalesce(p.live_at, NEVER_LIVE), descending=True, kind=datetime),
        SortKey(p.id.expression),
    )
    return Plan(conditions, Keyset(f"search-{sort}", keys), distance)


def _key_name(index: int) -> str:
    return f"key_{index}"


def build(
    readable: Select[Any], query: SearchQuery, page: PageRequest
) -> tuple[Select[Any], Keyset]:
    """The page's statement, and the keyset its cursor belongs to."""
    # First the matching ids in order from the cursor on (with their sort keys and, on the
    # first page, the total), then only the columns the cards show, for those rows only.
    p = ProviderProfile
    found = plan(query)
    # Each match's keys are computed once (a materialised CTE): a cursor's comparison then
    # reads them, where it would compute the distance again for each of its terms.
    matches = (
        readable.with_only_columns(
            p.id.label("id"),
            (found.distance if found.distance is not None else literal(None, Float)).label(
                "distance_km"
            ),
            *(key.column.label(_key_name(n)) for n, key in enumerate(found.keyset.keys)),
        )
        .where(*found.conditions)
        .cte("matches")
        .prefix_with("MATERIALIZED")
    )
    keyset = Keyset(
        found.keyset.name,
        tuple(
            SortKey(matches.c[_key_name(n)], key.descending, key.kind)
            for n, key in enumerate(found.keyset.keys)
        ),
    )
    columns: list[Any] = list(matches.c)
    if page.cursor is None:
        columns.append(func.count().over().label("total"))
    ids = keyset_page(select(*columns), keyset, page).subquery("page")
    lowest = (
        select(ProviderService.price_cents, ProviderService.unit)
        .where(ProviderService.profile_id == p.id)
        .order_by(ProviderService.price_cents, ProviderService.position)
        .limit(1)
        .lateral("lowest")
    )
    order = [
        ids.c[_key_name(n)].desc() if key.descending else ids.c[_key_name(n)].asc()
        for n, key in enumerate(keyset.keys)
    ]
    statement = (
        select(
            p.id,
            User.display_name_sql().label("name"),
            p.company_name,
            p.introduction,
            p.photo_key,
            p.rating_sum,
            p.rating_count,
            ids.c.distance_km,
            lowest.c.price_cents.label("lowest_price_cents"),
            lowest.c.unit.label("lowest_unit"),
            *(ids.c[_key_name(n)] for n in range(len(keyset.keys))),
            *([ids.c.total] if page.cursor is None else []),
        )
        .join(ids, ids.c.id == p.id)
        .join(User, User.id == p.user_id)
        .outerjoin(lowest, literal(True))
        .order_by(*order)
    )
    return statement, keyset


class Search(Repository[ProviderProfile, AnyPrincipal]):
    """The public search over live profiles."""

    model = ProviderProfile

    def readable(self, principal: AnyPrincipal) -> Select[Any]:
        return PublicProfiles(self.session).readable(principal)

    async def search(self, principal: AnyPrincipal, query: SearchQuery, page: PageRequest) -> Found:
        """One page of matches (Core rows), the next cursor and, first page only, the total."""
        statement, keyset = build(self.readable(principal), query, page)
        found = await rows(self.session, statement)

        def key_of(row: Any) -> list[Any]:
            return [getattr(row, _key_name(n)) for n in range(len(keyset.keys))]

        shown, next_cursor = cut(found, keyset, page, key_of)
        total = None
        if page.cursor is None:
            total = int(found[0].total) if found else 0
        return Found(shown, next_cursor, total)

    async def categories_of(
        self, profile_ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, list[PublicCategory]]:
        """Each profile's categories, named in the reader's language, in the catalogue order."""
        language = current_language()

        def build() -> Select[Any]:
            name = getattr(Category, f"name_{language}")
            return (
                select(ProviderCategory.profile_id, Category.id, Category.slug, name.label("name"))
                .join(Category, Category.id == ProviderCategory.category_id)
                .where(one_of_bound(ProviderCategory.profile_id, "profile_ids"))
                .order_by(Category.position)
            )

        categories = await built_once(language, build).rows(
            self.session, profile_ids=list(profile_ids)
        )
        found: dict[uuid.UUID, list[PublicCategory]] = {i: [] for i in profile_ids}
        for profile_id, category_id, slug, category_name in categories:
            found[profile_id].append(PublicCategory(id=category_id, slug=slug, name=category_name))
        return found
