"""Languages: negotiation and complete catalogs for every message the backend can show."""

from __future__ import annotations

import itertools
import re

import pytest

from kring.dev.catalogs import extract_messages
from kring.kit import i18n, mail


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "nl"),
        ("", "nl"),
        ("fr-BE", "fr"),
        ("en-GB,en;q=0.9", "en"),
        ("de-DE,fr;q=0.5,en;q=0.8", "en"),
        ("de, *;q=0.1", "nl"),
        ("nl-BE;q=0.2,fr;q=0.9", "fr"),
        ("fr;q=0", "nl"),
        ("garbage;;;q=x, ,", "nl"),
    ],
)
def test_negotiate_picks_the_best_supported_language(header: str | None, expected: str) -> None:
    assert i18n.negotiate(header) == expected


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_backend_message_is_translated(language: i18n.Language) -> None:
    catalog = i18n.catalog(language)
    missing = sorted(m for m in extract_messages() if not catalog.get(m, "").strip())
    assert missing == [], f"add these to locale/{language}/LC_MESSAGES/messages.po"


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_translations_keep_their_placeholders(language: i18n.Language) -> None:
    for message, translation in i18n.catalog(language).items():
        assert set(re.findall(r"{\w+}", message)) == set(re.findall(r"{\w+}", translation)), message


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_each_translation_has_one_message_id(language: i18n.Language) -> None:
    """A merge can leave a translation without its msgid (two msgstr in a row): the reader keeps
    one of them and the other message goes untranslated without a word."""
    path = i18n.LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    lines = path.read_text(encoding="utf-8").splitlines()
    orphans = [
        f"line {number + 2}: {line}"
        for number, (previous, line) in enumerate(itertools.pairwise(lines))
        if previous.startswith("msgstr ") and line.startswith("msgstr ")
    ]
    assert orphans == []


def test_translate_fills_in_params_and_falls_back_to_english() -> None:
    assert i18n.translate("Must be at least {ge}.", "fr", ge=3) == "Doit être au moins 3."
    assert i18n.translate("Must be at least {ge}.", "en", ge=3) == "Must be at least 3."
    assert i18n.translate("An unknown message", "nl") == "An unknown message"


LINK = "http://127.0.0.1:8000/partner/x?token=abc"
# Strings must all reach the reader; a flag (bool) chooses between two sentences.
SAMPLE_CONTEXTS: dict[str, dict[str, str | bool]] = {
    "test_message": {"sent_at": "2026-11-23 10:00 UTC"},
    "verify_email": {"first_name": "Anna", "link": LINK},
    "account_exists": {"first_name": "Anna", "reset_link": LINK},
    "password_reset": {"first_name": "Anna", "link": LINK},
    "password_changed": {"first_name": "Anna"},
    "partner_access_requested": {
        "requester_name": "Sanne de Wit",
        "organisation": "Buurtteam Oost",
        "answer_by": "woensdag 9 december 2026 09:00",
        "link": LINK,
    },
    "partner_access_overdue": {
        "count": "2",
        "requests": "Sanne de Wit (Buurtteam Oost): woensdag 9 december 2026 09:00",
        "link": LINK,
    },
    "partner_access_accepted": {
        "first_name": "Sanne",
        "organisation": "Buurtteam Oost",
        "link": LINK,
    },
    "partner_access_refused": {
        "first_name": "Sanne",
        "organisation": "Buurtteam Oost",
        "reason": "We konden uw organisatie niet bereiken.",
        "link": LINK,
    },
    "dossier_proxy_invitation": {
        "inviter_name": "Sanne de Wit",
        "help_seeker_first_name": "Truus",
        "link": LINK,
    },
    "dossier_transfer_offer": {
        "manager_name": "Sanne de Wit",
        "help_seeker_first_name": "Truus",
        "to_help_seeker": False,
        "link": LINK,
    },
    "dossier_fee_receipt": {
        "first_name": "Sanne",
        "help_seeker_first_name": "Truus",
        "reference": "tr_sandbox_0123",
        "paid_on": "2026-12-06",
        "net": "€ 8,26",
        "vat": "€ 1,74",
        "total": "€ 10,00",
        "vat_percent": "21",
        "searching": True,
    },
    "dossier_transfer_accepted": {
        "first_name": "Sanne",
        "new_manager_name": "Bram Jansen",
        "help_seeker_first_name": "Truus",
    },
    "mfa_code_reused": {"first_name": "Anna"},
    "mfa_changed": {"first_name": "Anna"},
    "account_activation": {"first_name": "Anna", "link": LINK},
    "account_inactive_warning": {"first_name": "Anna", "login_link": LINK},
    "account_deactivated": {"first_name": "Anna"},
    "account_deactivated_by_staff": {"first_name": "Anna"},
    "account_reactivated": {"first_name": "Anna", "link": LINK},
    "mfa_phone_reset": {"first_name": "Anna", "link": LINK},
    "account_deleted": {"first_name": "Anna"},
    "invoice_payment_receipt": {
        "first_name": "Paula",
        "invoice_number": "2026-000042",
        "reference": "tr_sandbox_0456",
        "paid_on": "2026-12-07",
        "total": "€ 687,27",
    },
    "payment_receipt": {
        "first_name": "Bert",
        "reference": "tr_abc",
        "paid_on": "2026-11-23",
        "net": "€ 8,26",
        "vat": "€ 1,74",
        "total": "€ 10,00",
        "vat_percent": "21",
        "live": True,
    },
    "vog_confirmed": {
        "first_name": "Bert",
        "issued_on": "12 november 2026",
        "live": True,
        "dashboard_url": LINK,
    },
    "vog_rejected": {
        "first_name": "Bert",
        "reason": "Dit is de aanvraag, niet de verklaring zelf.",
        "settings_url": LINK,
    },
    "mfa_reset_by_admin": {"first_name": "Anna", "organisation": "De Linde"},
    "confirm_email_change": {"first_name": "Anna", "link": LINK},
    "email_changed": {"first_name": "Anna", "new_email": "anna@new.example"},
    "contact_request_received": {
        "name": "Jan Janssen",
        "provider_name": "Bert Klinkenberg",
        "answer_by": "dinsdag 29 december 2026 23:59",
    },
    "contact_request_new": {
        "first_name": "Bert",
        "customer_name": "Jan Janssen",
        "answer_by": "dinsdag 29 december 2026 23:59",
        "link": LINK,
    },
    "contact_request_due_today": {
        "first_name": "Bert",
        "customer_name": "Jan Janssen",
        "answer_by": "dinsdag 29 december 2026 23:59",
        "link": LINK,
    },
    "contact_requests_overdue": {"count": "2", "providers": "bert@example.org: 2"},
    "review_invitation": {
        "name": "Jan Janssen",
        "provider_name": "Bert Klinkenberg",
        "link": LINK,
        "waited_days": "7",
    },
    "promotion_requested": {
        "provider_name": "Bert Klinkenberg",
        "provider_email": "bert@example.org",
        "package": "Pluspakket",
    },
    "promotion_confirmed": {
        "first_name": "Bert",
        "package": "Pluspakket",
        "starts_on": "2027-01-01",
        "ends_on": "2027-12-31",
        "number": "K2026-000001",
        "price": "€ 300,00",
        "credit": "€ 10,00",
        "total": "€ 290,00",
    },
    # Matching: proposals and engagements.
    "proposal_received": {
        "first_name": "Henk",
        "sender_name": "Sanne de Wit",
        "help_seeker_first_name": "Truus",
        "city": "Utrecht",
        "moment": "maandag 4 januari 2027 10:00",
        "answer_by": "zondag 13 december 2026 14:00",
        "link": LINK,
    },
    "proposal_reminder": {
        "first_name": "Henk",
        "help_seeker_first_name": "Truus",
        "city": "Utrecht",
        "answer_by": "zondag 13 december 2026 14:00",
        "link": LINK,
    },
    "proposal_withdrawn": {
        "first_name": "Henk",
        "help_seeker_first_name": "Truus",
        "city": "Utrecht",
        "link": LINK,
    },
    "proposal_accepted": {
        "first_name": "Sanne",
        "helper_first_name": "Henk",
        "help_seeker_first_name": "Truus",
        "moment": "maandag 4 januari 2027 10:00",
        "other_moment": True,
        "link": LINK,
    },
    "proposal_declined": {
        "first_name": "Sanne",
        "helper_first_name": "Henk",
        "help_seeker_first_name": "Truus",
        "reason": "Op maandag werk ik al elders.",
        "link": LINK,
    },
    "proposal_expired": {
        "first_name": "Sanne",
        "helper_first_name": "Henk",
        "help_seeker_first_name": "Truus",
        "link": LINK,
    },
    "proposal_ended": {
        "first_name": "Henk",
        "other_name": "Sanne de Wit",
        "help_seeker_first_name": "Truus",
        "reason": "Het klikte niet.",
        "link": LINK,
    },
    "engagement_started": {
        "first_name": "Henk",
        "other_name": "Sanne de Wit",
        "help_seeker_first_name": "Truus",
        "link": LINK,
    },
    "engagement_paused": {
        "first_name": "Sanne",
        "other_name": "Henk",
        "help_seeker_first_name": "Truus",
        "reason": "Ik ben op vakantie.",
        "link": LINK,
    },
    "engagement_resumed": {
        "first_name": "Sanne",
        "other_name": "Henk",
        "help_seeker_first_name": "Truus",
        "link": LINK,
    },
    "hours_rejected": {
        "first_name": "Henk",
        "other_name": "Sanne de Vries",
        "help_seeker_first_name": "Truus",
        "day": "3 december 2026",
        "reason": "Je was die dag er maar tot 11 uur.",
        "link": LINK,
    },
    "hours_log_reminder": {"first_name": "Henk", "help_seeker_names": "Truus", "link": LINK},
    "order_sent": {"sender_name": "Petra de Vries", "number": "HB-2026-000123"},
    "order_refused": {
        "number": "HB-2026-000123",
        "organisation_name": "Zorggroep De Linde",
        "refused_by": "Petra de Vries",
        "reason": "De cliënt heeft al een rolstoel.",
        "queue_url": LINK,
    },
    "order_planned": {
        "first_name": "Petra",
        "number": "HB-2026-000123",
        "day": "14 december 2026",
        "link": LINK,
    },
    "order_delivered": {
        "first_name": "Petra",
        "number": "HB-2026-000123",
        "day": "14 december 2026",
        "link": LINK,
    },
    "hours_approve_reminder": {
        "first_name": "Sanne",
        "month": "november 2026",
        "entries": "6",
        "help_seeker_names": "Truus, Gerda",
        "link": LINK,
    },
    "hours_overdue": {"month": "november 2026", "dossiers": "3", "entries": "17", "link": LINK},
    "engagement_ended": {
        "first_name": "Sanne",
        "other_name": "Henk",
        "help_seeker_first_name": "Truus",
        "reason": "Truus verhuist.",
        "link": LINK,
    },
    "neighbour_messages_unread": {"first_name": "Anna", "count": "2", "link": LINK},
    "volunteer_message": {
        "first_name": "Anna",
        "organisation": "Gemeente Utrecht",
        "subject": "Vrijwilligers gezocht",
        "text": "Wie helpt op 12 maart met koken?",
        "link": LINK,
    },
    "question_answered": {
        "first_name": "Petra",
        "subject": "Extra dienst tijdens de feestdagen",
        "answered_by": "Carla Zorgman",
        "excerpt": "Dat kan: we plannen op 24 december een extra avonddienst in.",
        "link": LINK,
    },
    "shift_confirmed": {
        "first_name": "Petra",
        "project": "Woonvoorziening De Linde",
        "day": "8 december 2026",
        "starts_at": "22:00",
        "ends_at": "07:00",
        "next_day": True,
        "function": "Verpleegkundige",
        "worker": "Sanne Bakker",
        "address": "Lindelaan 12, 3511 AB Utrecht",
        "link": LINK,
    },
    "neighbourhood_invitation": {
        "inviter_name": "Sanne de Wit",
        "neighbourhood": "Wittevrouwen",
        "link": LINK,
    },
    "concierge_option_proposed": {
        "first_name": "Truus",
        "subject": "Hulp bij de tuin",
        "cost": "€ 45,00",
        "link": LINK,
    },
}


def test_every_mail_template_has_a_sample_context() -> None:
    assert sorted(SAMPLE_CONTEXTS) == mail.template_names()


@pytest.mark.parametrize("template", mail.template_names())
@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_mail_template_exists_in_every_language_with_text_and_html(
    template: str, language: i18n.Language
) -> None:
    context = SAMPLE_CONTEXTS[template]
    rendered = mail.render(template, language, context)
    assert rendered.subject
    assert "\n" not in rendered.subject
    assert f'<html lang="{language}">' in rendered.html
    for value in context.values():
        if isinstance(value, str):
            assert value in rendered.text  # every variable reaches the reader, links included
            assert value in rendered.html


@pytest.mark.parametrize("template", ["payment_receipt", "vog_confirmed"])
@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_mails_say_whether_the_profile_is_live(template: str, language: i18n.Language) -> None:
    """A professional provider who paid is live only once the VOG is confirmed."""
    live = mail.render(template, language, {**SAMPLE_CONTEXTS[template], "live": True})
    waiting = mail.render(template, language, {**SAMPLE_CONTEXTS[template], "live": False})
    assert live.text != waiting.text
    words = {"nl": "online", "fr": "en ligne", "en": "live"}[language]
    assert words in live.text
    if template == "payment_receipt":
        assert "VOG" in waiting.text
        assert "VOG" not in live.text


def test_mail_templates_refuse_a_missing_variable() -> None:
    from jinja2 import UndefinedError

    with pytest.raises(UndefinedError):
        mail.render("test_message", "nl", {})
