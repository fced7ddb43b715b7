"""The /api/v1 router: every domain's endpoints, included in one place."""

from __future__ import annotations

from fastapi import APIRouter

from kring.accounts.endpoints import auth_router, me_router
from kring.accounts.mfa_endpoints import challenge_router, factors_router
from kring.accounts.staff_endpoints import router as admin_router
from kring.callouts.endpoints import router as callouts_router
from kring.catalogue.endpoints import router as catalogue_router
from kring.catalogue.staff_endpoints import router as admin_catalogue_router
from kring.concierge.endpoints import router as concierge_router
from kring.concierge.staff_endpoints import router as admin_concierge_router
from kring.contacts.endpoints import inbox_router as contact_inbox_router
from kring.contacts.endpoints import public_router as contact_public_router
from kring.contacts.endpoints import staff_router as response_times_router
from kring.contacts.endpoints import statistics_router
from kring.correspondence.endpoints import router as correspondence_router
from kring.correspondence.staff_endpoints import router as admin_questions_router
from kring.dossiers.endpoints import acceptance_router as dossier_acceptance_router
from kring.dossiers.endpoints import router as dossiers_router
from kring.dossiers.staff_endpoints import router as admin_dossiers_router
from kring.engagements.endpoints import dossier_router as dossier_engagements_router
from kring.engagements.endpoints import feed_router as calendar_feed_router
from kring.engagements.endpoints import helper_router as helper_engagements_router
from kring.engagements.endpoints import router as engagements_router
from kring.engagements.staff_endpoints import router as admin_engagements_router
from kring.health.endpoints import router as health_router
from kring.helpers.endpoints import photos_router as helper_photos_router
from kring.helpers.endpoints import router as helper_router
from kring.helpers.staff_endpoints import router as admin_helpers_router
from kring.hours.endpoints import dossier_router as dossier_hours_router
from kring.hours.endpoints import engagement_router as engagement_hours_router
from kring.hours.endpoints import helper_router as helper_hours_router
from kring.hours.staff_endpoints import router as admin_hours_router
from kring.impact.endpoints import router as impact_router
from kring.integrations.endpoints import clients_router, token_router
from kring.invoices.endpoints import router as invoices_router
from kring.invoices.integration_endpoints import router as integration_invoices_router
from kring.invoices.staff_endpoints import router as admin_client_invoices_router
from kring.matching.endpoints import router as matching_router
from kring.matching.endpoints import staff_router as admin_matching_router
from kring.members.endpoints import me_router as my_details_router
from kring.members.endpoints import router as members_router
from kring.members.staff_endpoints import router as admin_members_router
from kring.neighbour_messages.endpoints import router as neighbour_messages_router
from kring.neighbour_messages.staff_endpoints import router as admin_neighbour_messages_router
from kring.neighbourhoods.endpoints import router as neighbourhoods_router
from kring.neighbourhoods.staff_endpoints import router as admin_neighbourhoods_router
from kring.orders.endpoints import router as orders_router
from kring.orders.integration_endpoints import router as integration_orders_router
from kring.orders.signing_endpoints import router as order_signing_router
from kring.orders.staff_endpoints import router as admin_orders_router
from kring.orders.staff_signing_endpoints import router as admin_order_signing_router
from kring.organisations.endpoints import function_codes_router
from kring.organisations.endpoints import router as organisations_router
from kring.organisations.staff_endpoints import router as admin_organisations_router
from kring.partners.endpoints import router as partner_access_router
from kring.partners.staff_endpoints import router as admin_partner_access_router
from kring.payment_runs.staff_endpoints import router as admin_payment_runs_router
from kring.payments.endpoints import dossier_router as dossier_payment_router
from kring.payments.endpoints import router as payment_router
from kring.payments.endpoints import webhooks_router
from kring.places.endpoints import router as places_router
from kring.posts.endpoints import router as posts_router
from kring.projects.endpoints import router as projects_router
from kring.projects.staff_endpoints import router as admin_projects_router
from kring.promotions.endpoints import router as promotion_router
from kring.promotions.staff_endpoints import invoices_router as admin_invoices_router
from kring.promotions.staff_endpoints import router as admin_promotions_router
from kring.proposals.endpoints import dossier_router as dossier_proposals_router
from kring.proposals.endpoints import helper_router as helper_proposals_router
from kring.proposals.endpoints import router as proposals_router
from kring.proposals.staff_endpoints import router as admin_proposals_router
from kring.providers.category_endpoints import router as admin_categories_router
from kring.providers.endpoints import categories_router
from kring.providers.endpoints import router as provider_router
from kring.providers.staff_endpoints import router as admin_providers_router
from kring.providers.upload_endpoints import router as provider_uploads_router
from kring.reviews.endpoints import admin_provider_router as admin_provider_reviews_router
from kring.reviews.endpoints import admin_router as admin_reviews_router
from kring.reviews.endpoints import provider_router as provider_reviews_router
from kring.reviews.endpoints import public_router as reviews_router
from kring.search.endpoints import router as search_router
from kring.skills.endpoints import router as skills_router
from kring.skills.endpoints import staff_router as admin_skills_router
from kring.volunteers.endpoints import router as volunteers_router

router = APIRouter(prefix="/api/v1")
router.include_router(health_router)
router.include_router(auth_router)
router.include_router(me_router)
router.include_router(challenge_router)
router.include_router(factors_router)
router.include_router(token_router)
router.include_router(organisations_router)
router.include_router(clients_router)
router.include_router(admin_router)
router.include_router(function_codes_router)
router.include_router(members_router)
router.include_router(my_details_router)
router.include_router(admin_organisations_router)
router.include_router(admin_members_router)
router.include_router(places_router)
router.include_router(provider_router)
router.include_router(categories_router)
router.include_router(payment_router)
router.include_router(webhooks_router)
router.include_router(provider_uploads_router)
router.include_router(admin_providers_router)
router.include_router(partner_access_router)
router.include_router(admin_partner_access_router)
router.include_router(skills_router)
router.include_router(admin_skills_router)
router.include_router(dossiers_router)
router.include_router(dossier_acceptance_router)
router.include_router(dossier_payment_router)
router.include_router(admin_dossiers_router)
router.include_router(matching_router)
router.include_router(admin_matching_router)
router.include_router(promotion_router)
router.include_router(admin_promotions_router)
router.include_router(admin_invoices_router)
router.include_router(search_router)
router.include_router(contact_public_router)
router.include_router(contact_inbox_router)
router.include_router(reviews_router)
router.include_router(provider_reviews_router)
router.include_router(admin_reviews_router)
router.include_router(admin_provider_reviews_router)
router.include_router(statistics_router)
router.include_router(response_times_router)
router.include_router(admin_categories_router)
# Matching: proposals, engagements and the calendar feed.
router.include_router(dossier_proposals_router)
router.include_router(proposals_router)
router.include_router(helper_proposals_router)
router.include_router(admin_proposals_router)
router.include_router(dossier_engagements_router)
router.include_router(helper_engagements_router)
router.include_router(engagements_router)
router.include_router(admin_engagements_router)
# Hours: logged by helpers, approved by the dossier's side, monthly statements.
router.include_router(helper_hours_router)
router.include_router(dossier_hours_router)
router.include_router(engagement_hours_router)
router.include_router(admin_hours_router)
router.include_router(calendar_feed_router)
router.include_router(helper_router)
router.include_router(helper_photos_router)
router.include_router(admin_helpers_router)
router.include_router(admin_payment_runs_router)
# Assistive-device orders: the catalogue, the pro portal's orders, staff and integrations.
router.include_router(catalogue_router)
router.include_router(admin_catalogue_router)
router.include_router(order_signing_router)
router.include_router(orders_router)
router.include_router(admin_order_signing_router)
router.include_router(admin_orders_router)
router.include_router(integration_orders_router)
# Questions and correspondence: the pro portal's threads and staff's queue.
router.include_router(correspondence_router)
router.include_router(admin_questions_router)
# Projects of client organisations: their members and shifts.
router.include_router(projects_router)
router.include_router(admin_projects_router)
# Invoices to client organisations: the pro portal's, staff's and integrations'.
router.include_router(invoices_router)
router.include_router(admin_client_invoices_router)
router.include_router(integration_invoices_router)
# Neighbourhoods (Hoplr): areas and residents, the feed, private messages and moderation.
router.include_router(neighbourhoods_router)
router.include_router(admin_neighbourhoods_router)
router.include_router(posts_router)
router.include_router(impact_router)
router.include_router(callouts_router)
router.include_router(neighbour_messages_router)
router.include_router(admin_neighbour_messages_router)

router.include_router(concierge_router)
router.include_router(admin_concierge_router)
router.include_router(volunteers_router)
