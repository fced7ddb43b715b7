"""Rows for signing up and in, one's own account, sessions and second factors, API tokens."""

from __future__ import annotations

from tests.accounts.helpers import GOOD_PASSWORD, OTHER_GOOD_PASSWORD
from tests.permissions.conftest import SECRET
from tests.permissions.rows import Row, everyone, people

AUTH = "/api/v1/auth"
ME = "/api/v1/me"
# A well-formed token nobody was given: refused as invalid input (422), for everyone alike.
UNKNOWN_TOKEN = {"token": "x" * 43}
UNKNOWN_CHALLENGE = "00000000-0000-4000-8000-000000000000"

ROWS: dict[tuple[str, str], Row] = {
    ("GET", "/api/v1/health"): Row(everyone(200)),
    ("GET", "/api/v1/ready"): Row(everyone(200)),
    ("POST", f"{AUTH}/signup"): Row(
        everyone(202),
        {
            "portal": "partner",
            "email": "{unique}@example.org",
            "password": GOOD_PASSWORD,
            "first_name": "Nel",
            "language": "nl",
            "accept_terms": True,
        },
    ),
    ("POST", f"{AUTH}/verify-email"): Row(everyone(422), UNKNOWN_TOKEN),
    ("POST", f"{AUTH}/activate"): Row(everyone(422), {**UNKNOWN_TOKEN, "password": GOOD_PASSWORD}),
    ("POST", f"{AUTH}/login"): Row(
        everyone(200), {"email": "paula@example.org", "password": GOOD_PASSWORD}
    ),
    ("POST", f"{AUTH}/logout"): Row(people(204)),
    ("POST", f"{AUTH}/password/forgot"): Row(everyone(202), {"email": "paula@example.org"}),
    ("POST", f"{AUTH}/password/reset"): Row(
        everyone(422), {**UNKNOWN_TOKEN, "new_password": OTHER_GOOD_PASSWORD}
    ),
    ("POST", f"{AUTH}/email/confirm"): Row(everyone(422), UNKNOWN_TOKEN),
    ("GET", f"{AUTH}/sessions"): Row(people(200)),
    # The partner's other session; another person's session is not theirs to end.
    ("DELETE", f"{AUTH}/sessions/{{session_id}}"): Row(people(404, partner=204), owned=True),
    ("POST", f"{AUTH}/mfa/verify"): Row(
        everyone(404), {"challenge_id": UNKNOWN_CHALLENGE, "method": "totp", "code": "123456"}
    ),
    ("POST", f"{AUTH}/mfa/sms"): Row(everyone(404), {"challenge_id": UNKNOWN_CHALLENGE}),
    ("POST", f"{AUTH}/mfa/step-up"): Row(people(200)),
    ("POST", f"{AUTH}/oauth/token"): Row(
        everyone(200),
        form={
            "grant_type": "client_credentials",
            "client_id": "{client_id}",
            "client_secret": SECRET,
        },
    ),
    ("GET", ME): Row(people(200)),
    ("PATCH", ME): Row(people(200), {"language": "nl"}),
    ("GET", f"{ME}/organisations"): Row(people(200)),
    ("PUT", f"{ME}/active-organisation"): Row(
        people(404, employee=200, pro_admin=200),
        {"organisation_id": "{organisation_id}"},
        validated_first=frozenset({404}),
    ),
    # Staff and organisation accounts ask Kring's staff to change their address.
    ("POST", f"{ME}/email"): Row(
        people(409, partner=202, provider=202, provider2=202),
        {"new_email": "{unique}@example.org", "portal": "partner"},
    ),
    ("PUT", f"{ME}/password"): Row(
        people(204), {"current_password": GOOD_PASSWORD, "new_password": OTHER_GOOD_PASSWORD}
    ),
    ("GET", f"{ME}/security"): Row(people(200)),
    ("POST", f"{ME}/mfa/totp"): Row(people(201)),
    # The factor is the portal admin's TOTP, already confirmed: nothing left to confirm.
    ("POST", f"{ME}/mfa/totp/{{factor_id}}/confirm"): Row(
        people(404), {"code": "123456"}, owned=True, validated_first=frozenset({404})
    ),
    ("POST", f"{ME}/mfa/sms"): Row(people(201), {"phone": "06 12345678"}),
    ("POST", f"{ME}/mfa/sms/{{factor_id}}/confirm"): Row(
        people(404), {"code": "123456"}, owned=True, validated_first=frozenset({404})
    ),
    # Only those with a second factor have recovery codes to renew.
    ("POST", f"{ME}/mfa/recovery-codes"): Row(
        people(200, partner=409, provider=409, provider2=409)
    ),
    # The portal admin's only factor: members must keep one.
    ("DELETE", f"{ME}/mfa/{{factor_id}}"): Row(
        people(404, pro_admin=409), owned=True, owners=frozenset({"pro_admin"})
    ),
}
