"""The parties of the permission matrix, made once per module inside one rolled-back transaction.

Every principal of the matrix signs in on its own client (members and staff with a proven second
factor, providers with a password, API clients with a bearer token). Each provider and each
organisation owns objects of every kind, so that the other party's objects are at hand.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from httpx import AsyncClient, Cookies, Response
from redis.asyncio import Redis
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from kring.auth import api_clients
from kring.config import Settings
from kring.kit import db
from kring.models.api_client import ApiClient
from kring.models.contact import ContactRequest, Review
from kring.models.dossier import Dossier, DossierProxy
from kring.models.helper import HelperProfile
from kring.models.mfa import MfaFactor
from kring.models.organisation import Membership, Organisation
from kring.models.partner import PartnerAccessRequest
from kring.models.payment import Payment
from kring.models.promotion import PromotionRequest, ProviderInvoice
from kring.models.provider import Category, ProviderProfile
from kring.models.session import UserSession
from kring.models.skill import Skill
from kring.models.user import User
from tests.accounts.helpers import csrf, log_in, make_user
from tests.accounts.test_mfa import set_up_totp
from tests.members.helpers import new_client
from tests.permissions.world_concierge import concierge_objects
from tests.permissions.world_correspondence import correspondence_objects
from tests.permissions.world_invoices import invoice_objects
from tests.permissions.world_matching import matching_objects
from tests.permissions.world_neighbour_messages import neighbour_message_objects
from tests.permissions.world_neighbourhoods import neighbourhood_objects
from tests.permissions.world_orders import order_objects
from tests.permissions.world_payment_runs import payment_run_objects
from tests.permissions.world_posts import post_objects
from tests.permissions.world_projects import project_objects

# The columns of the matrix, in the order the table's rows list them.
PRINCIPALS = (
    "anonymous",
    "partner",  # signed in, no organisation, no provider profile
    "provider",  # a live provider: owns the objects the matrix acts on
    "provider2",  # another live provider
    "employee",  # of De Linde, which owns the organisation objects the matrix acts on
    "pro_admin",  # portal admin of De Linde
    "foreign",  # portal admin of another organisation
    "admin",
    "advisor",
    "branch",
    "care_manager",
    "verifier",
    "concierge",
    "client",  # an API client of De Linde with every scope
    "client_unscoped",  # an API client of De Linde without the route's scope
)
STAFF = ("admin", "advisor", "branch", "care_manager", "verifier", "concierge")
CLIENTS = ("client", "client_unscoped")

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SECRET = "matrix-secret-0123456789"


@dataclass
class Caller:
    """One principal: a cookie session, a bearer token, or nobody."""

    name: str
    client: AsyncClient
    settings: Settings
    token: str | None = None
    signed_in: bool = False
    # For the client without the route's scope: the scope a route needs -> a token without it.
    lacking: dict[str, str] | None = None

    async def call(
        self,
        method: str,
        url: str,
        *,
        json: Any = None,
        content: bytes | None = None,
        media: str | None = None,
        form: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
    ) -> Response:
        headers: dict[str, str] = {}
        token = self.token
        if self.lacking is not None:
            needed = "organisation:read"
            if "/members" in url:
                needed = "members:read"
            elif "/integrations/orders" in url:
                needed = "orders:read"
            elif "/integrations/invoices" in url:
                needed = "invoices:read"
            token = self.lacking[needed]
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        elif self.signed_in and method != "GET":
            headers.update(csrf(self.client, self.settings))
        if media is not None:
            headers["Content-Type"] = media
        # A call that signs in, out or elsewhere must not change who this principal is.
        cookies = Cookies(self.client.cookies)
        try:
            return await self.client.request(
                method, url, json=json, content=content, data=form, params=params, headers=headers
            )
        finally:
            self.client.cookies = cookies


@dataclass
class World:
    """The principals, the ids of the objects they act on (`ids`), and the same kinds of
    objects owned by the other provider and the other organisation (`theirs`)."""

    connection: AsyncConnection
    callers: dict[str, Caller]
    ids: dict[str, str] = field(default_factory=dict)
    theirs: dict[str, str] = field(default_factory=dict)


async def _signed_in(
    app: FastAPI, settings: Settings, name: str, email: str, *, totp: bool
) -> Caller:
    client = new_client(app)
    answer = await log_in(client, email)
    assert answer.status_code == 200, answer.text
    if totp:
        await set_up_totp(client, settings)
    return Caller(name, client, settings, signed_in=True)


async def _provider_objects(
    session: AsyncSession, user: User, tag: str, now: datetime
) -> tuple[ProviderProfile, dict[str, str]]:
    """A live provider who paid the fee, with an open and a handled contact request, a review,
    a confirmed promotion with its invoice and an open promotion request."""
    profile = ProviderProfile(
        user_id=user.id, status="live", service_kinds=["home_services"], completed_steps=[]
    )
    session.add(profile)
    await session.flush()
    payment = Payment(
        profile_id=profile.id,
        purpose="admin_fee",
        gateway="sandbox",
        external_id=f"tr_matrix_{tag}",
        amount_cents=1000,
        vat_cents=174,
        status="paid",
        checkout_url="http://127.0.0.1/sandbox",
        paid_at=now,
    )
    common: dict[str, Any] = {
        "profile_id": profile.id,
        "name": "Jan",
        "email": f"jan.{tag}@example.org",
        "phone": "+31301234567",
        "location": "Utrecht",
        "for_whom": "self",
        "message": "Hallo",
        "language": "nl",
        "created_at": now,
        "deadline_at": now + timedelta(days=2),
    }
    open_request = ContactRequest(**common)
    handled = ContactRequest(**common, status="handled", answered_at=now, handled_at=now)
    confirmed = PromotionRequest(
        profile_id=profile.id,
        package="basic",
        status="confirmed",
        price_cents=10_000,
        starts_on=now.date(),
        ends_on=now.date() + timedelta(days=365),
        confirmed_at=now,
    )
    asked = PromotionRequest(profile_id=profile.id, package="plus", status="requested")
    session.add_all([payment, open_request, handled, confirmed, asked])
    await session.flush()
    review = Review(
        contact_request_id=handled.id, profile_id=profile.id, stars=4, author_name="Jan"
    )
    number = await session.scalar(text("SELECT nextval('provider_invoice_number_seq')"))
    invoice = ProviderInvoice(
        number=f"K{now.year}-{int(number or 0) % 1_000_000:06d}",
        profile_id=profile.id,
        promotion_request_id=confirmed.id,
        issued_on=now.date(),
        package_cents=10_000,
        fee_credit_cents=0,
        total_cents=10_000,
        vat_cents=1736,
    )
    session.add_all([review, invoice])
    await session.commit()
    return profile, {
        "profile_id": str(profile.id),
        "contact": str(open_request.id),
        "promotion": str(asked.id),
        "review_id": str(review.id),
        "invoice_id": str(invoice.id),
        "external_id": payment.external_id,
    }


async def _api_client(
    session: AsyncSession,
    settings: Settings,
    organisation: Organisation,
    responsible: User,
    name: str,
    scopes: list[str],
) -> ApiClient:
    row = ApiClient(
        organisation_id=organisation.id,
        responsible_user_id=responsible.id,
        name=name,
        scopes=scopes,
        secret_hash=api_clients.hash_client_secret(settings, SECRET),
    )
    session.add(row)
    await session.commit()
    return row


async def _token(app: FastAPI, settings: Settings, name: str, client_id: uuid.UUID) -> Caller:
    client = new_client(app)
    raw = base64.b64encode(f"{client_id}:{SECRET}".encode()).decode()
    answer = await client.post(
        "/api/v1/auth/oauth/token",
        data={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {raw}"},
    )
    assert answer.status_code == 200, answer.text
    return Caller(name, client, settings, token=str(answer.json()["access_token"]))


async def _member(
    session: AsyncSession, organisation: Organisation, email: str, name: str, *, admin: bool
) -> tuple[User, Membership]:
    user = await make_user(session, email, first_name=name)
    membership = Membership(user_id=user.id, organisation_id=organisation.id, portal_admin=admin)
    session.add(membership)
    await session.commit()
    return user, membership


async def _only(session: AsyncSession, model: Any, user: User) -> str:
    return str(await session.scalar(select(model.id).where(model.user_id == user.id)))


async def build_world(
    app: FastAPI, settings: Settings, session: AsyncSession, connection: AsyncConnection
) -> World:
    now = datetime.now(UTC)
    linde = Organisation(kind="care_organisation", name="Zorggroep De Linde")
    other = Organisation(kind="care_organisation", name="Stichting Zonnehuis")
    session.add_all([linde, other])
    await session.commit()
    petra, _ = await _member(session, linde, "petra@linde.example", "Petra", admin=True)
    await _member(session, linde, "cas@linde.example", "Cas", admin=False)
    bo, _ = await _member(session, other, "bo@zonnehuis.example", "Bo", admin=True)
    # The colleagues the organisation routes act on: one in each organisation.
    daan, daan_membership = await _member(session, linde, "daan@linde.example", "Daan", admin=False)
    zeno, zeno_membership = await _member(
        session, other, "zeno@zonnehuis.example", "Zeno", admin=False
    )
    for role in STAFF:
        await make_user(session, f"{role}@kring.example", first_name=role, staff_role=role)
    await make_user(session, "paula@example.org", first_name="Paula")
    bert = await make_user(session, "bert@example.org", first_name="Bert")
    gerda = await make_user(session, "gerda@example.org", first_name="Gerda")
    _, mine = await _provider_objects(session, bert, "bert", now)
    _, theirs = await _provider_objects(session, gerda, "gerda", now)

    callers = {"anonymous": Caller("anonymous", new_client(app), settings)}
    for name, email, totp in (
        ("partner", "paula@example.org", False),
        ("provider", "bert@example.org", False),
        ("provider2", "gerda@example.org", False),
        ("employee", "cas@linde.example", True),
        ("pro_admin", "petra@linde.example", True),
        ("foreign", "bo@zonnehuis.example", True),
        *((role, f"{role}@kring.example", True) for role in STAFF),
    ):
        callers[name] = await _signed_in(app, settings, name, email, totp=totp)
    every = ["organisation:read", "members:read", "orders:read", "invoices:read"]
    scoped = await _api_client(session, settings, linde, petra, "Zorgdossier", every)
    # Every client has a scope: the one without the route's scope holds the other one.
    only_members = await _api_client(session, settings, linde, petra, "Leden", ["members:read"])
    only_details = await _api_client(
        session, settings, linde, petra, "Gegevens", ["organisation:read"]
    )
    callers["client"] = await _token(app, settings, "client", scoped.id)
    unscoped = await _token(app, settings, "client_unscoped", only_members.id)
    details = await _token(app, settings, "client_unscoped", only_details.id)
    assert unscoped.token is not None
    assert details.token is not None
    unscoped.lacking = {
        "organisation:read": unscoped.token,
        "members:read": details.token,
        "orders:read": unscoped.token,
        "invoices:read": unscoped.token,
    }
    unscoped.token = None
    await details.client.aclose()
    callers["client_unscoped"] = unscoped
    target_client = await _api_client(session, settings, linde, petra, "Koppeling", every)
    their_client = await _api_client(session, settings, other, bo, "Koppeling", every)

    # A second session of the partner's, to end (ending the one in use would sign out).
    await log_in(new_client(app), "paula@example.org")
    sessions = (
        await session.scalars(
            select(UserSession.id)
            .join(User, User.id == UserSession.user_id)
            .where(User.email == "paula@example.org")
            .order_by(UserSession.created_at)
        )
    ).all()
    gerda_session = str(
        await session.scalar(select(UserSession.id).where(UserSession.user_id == gerda.id))
    )
    petra_factor = await _only(session, MfaFactor, petra)
    bo_factor = await _only(session, MfaFactor, bo)
    category = str(await session.scalar(select(Category.id).order_by(Category.id).limit(1)))
    skill = str(await session.scalar(select(Skill.id).order_by(Skill.id).limit(1)))
    # A partner access request of someone who is none of the principals (each may ask too).
    partner_access = PartnerAccessRequest(
        user_id=zeno.id,
        organisation_name="Buurtteam Oost",
        job_title="Buurtwerker",
        work_email="zeno@buurtteam.example",
        work_phone="+31301234567",
        reason="Voor de ouderen in de wijk.",
        status="requested",
        deadline_at=now + timedelta(hours=48),
    )
    session.add(partner_access)
    await session.commit()
    paula = await session.scalar(select(User).where(User.email == "paula@example.org"))
    assert paula is not None
    # A dossier the partner manages (a draft past its first step, with an invitation to act for
    # the help seeker), and one of someone who is none of the principals.
    dossiers = {}
    for tag, manager in (("mine", paula), ("theirs", zeno)):
        dossier = Dossier(
            manager_user_id=manager.id,
            status="draft",
            completed_steps=["who"],
            first_name="Truus",
            last_name=f"Vries {tag}",
            birth_year=1941,
            street="Lindelaan",
            house_number="12",
            postcode="3511 AB",
            city="Utrecht",
            languages=["nl"],
            phone="+31301234567",
        )
        session.add(dossier)
        await session.flush()
        proxy = DossierProxy(
            dossier_id=dossier.id,
            email=f"dochter.{tag}@example.org",
            rights=["view"],
            token_hash=uuid.uuid4().bytes * 2,
            token_expires_at=now + timedelta(days=14),
            invited_by_user_id=manager.id,
        )
        session.add(proxy)
        await session.flush()
        dossiers[tag] = {"dossier_id": str(dossier.id), "proxy_id": str(proxy.id)}
    await session.commit()
    # Helper profiles: the provider's a complete draft, the other provider's active.
    helper_ids = {}
    for tag, person, status in (("mine", bert, "draft"), ("theirs", gerda, "active")):
        helper = HelperProfile(
            user_id=person.id,
            status=status,
            introduction="Graag onder de mensen.",
            street="Lindelaan",
            house_number="12",
            postcode="3511 AB",
            city="Utrecht",
            latitude=52.09083,
            longitude=5.12222,
            languages=["nl"],
            skill_ids=[uuid.UUID(skill)],
            work_area="radius",
            radius_km=5,
            day_parts=1,
        )
        session.add(helper)
        await session.flush()
        helper_ids[tag] = {"helper_id": str(helper.id)}
    await session.commit()
    # Matching: the provider is the helper of the partner's dossier, the other provider of theirs.
    dossiers["mine"].update(await matching_objects(session, bert, dossiers["mine"]["dossier_id"]))
    dossiers["theirs"].update(
        await matching_objects(session, gerda, dossiers["theirs"]["dossier_id"])
    )
    my_orders, their_orders = await order_objects(session, linde, other)
    my_threads, their_threads = await correspondence_objects(session, linde, other)
    my_projects, their_projects = await project_objects(session, linde, other)
    my_invoices, their_invoices = await invoice_objects(session, linde, other)
    my_neighbourhood, their_neighbourhood = await neighbourhood_objects(session)
    my_posts, their_posts = await post_objects(session)
    my_neighbours, their_neighbours = await neighbour_message_objects(session)
    my_concierge, their_concierge = await concierge_objects(
        session, my_neighbourhood["service_organisation"]
    )
    runs = await payment_run_objects(
        session, dossiers["mine"]["dossier_id"], helper_ids["mine"]["helper_id"]
    )
    world = World(connection, callers)
    world.ids = {
        "organisation_id": str(linde.id),
        "partner_access": str(partner_access.id),
        "other_organisation": str(other.id),
        "membership_id": str(daan_membership.id),
        "client_id": str(target_client.id),
        "user_id": str(daan.id),
        "session_id": str(sessions[-1]),
        "factor_id": petra_factor,
        "category_id": category,
        "skill_id": skill,
        "place_id": "2745912",  # Utrecht
        "variant": "small",
        "gateway": "sandbox",
        **mine,
        **dossiers["mine"],
        **helper_ids["mine"],
        **runs,
        **my_orders,
        **my_threads,
        **my_projects,
        **my_invoices,
        **my_neighbourhood,
        **my_posts,
        **my_neighbours,
        **my_concierge,
    }
    world.theirs = {
        **world.ids,
        "organisation_id": str(other.id),
        "membership_id": str(zeno_membership.id),
        "client_id": str(their_client.id),
        "user_id": str(zeno.id),
        "session_id": gerda_session,
        "factor_id": bo_factor,
        **theirs,
        **dossiers["theirs"],
        **helper_ids["theirs"],
        **their_orders,
        **their_threads,
        **their_projects,
        **their_invoices,
        **their_neighbourhood,
        **their_posts,
        **their_neighbours,
        **their_concierge,
    }
    return world


@pytest.fixture(scope="module")
async def world(app: FastAPI, settings: Settings, engine: AsyncEngine) -> AsyncIterator[World]:
    """The parties, inside one transaction rolled back after the module; every call of the
    matrix runs in a savepoint of its own (see test_matrix.py)."""
    async with engine.connect() as connection:
        transaction = await connection.begin()
        maker = async_sessionmaker(
            bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )
        app.state.sessionmaker = maker
        built: World | None = None
        try:
            async with maker() as session:
                built = await build_world(app, settings, session, connection)
            yield built
        finally:
            for caller in built.callers.values() if built else ():
                await caller.client.aclose()
            await transaction.rollback()
            app.state.sessionmaker = db.create_sessionmaker(engine)


@pytest.fixture(scope="module")
async def limits(settings: Settings) -> AsyncIterator[Redis]:
    """The run's Redis, to forget rate limits between routes."""
    connection: Redis = Redis.from_url(settings.resolved_redis_url())
    yield connection
    await connection.aclose()


async def forget_limits(redis: Redis) -> None:
    keys = [k async for k in redis.scan_iter("kring:*")]
    keys += [k async for k in redis.scan_iter("arq:*")]
    if keys:
        await redis.delete(*keys)
