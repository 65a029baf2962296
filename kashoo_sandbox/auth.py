"""Users and first-party authentication: signup, login (password, SSO), tokens, renewal, MFA.

CONTRACT.md "First-party auth" is the behaviour. Secrets (passwords, tokens, codes) only ever
travel in bodies and headers, are never logged, and passwords are stored hashed.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import secrets
import uuid
from typing import Any

from starlette.responses import JSONResponse, PlainTextResponse, Response

from . import businesses
from .errors import ApiError, bad_request, conflict, unauthorized
from .routing import Ctx
from .store import Doc, Store

DEFAULT_DURATION_MS = 86_400_000
MAX_DURATION_MS = 10 * 365 * DEFAULT_DURATION_MS
MFA_CODE_MS = 10 * 60_000
MFA_VERIFIED_MS = 5 * 60_000  # after a verified code, logins succeed for 5 minutes
SUBSCRIPTION_TOKEN = "sandbox-subscription-token"  # noqa: S105 - the documented demo bearer


# ---------------------------------------------------------------- passwords and users
def hash_password(password: str) -> str:
    salt = secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 1000).hex()
    return f"{salt}${digest}"


def check_password(stored: str | None, password: str) -> bool:
    if not stored or "$" not in stored:
        return False
    salt, digest = stored.split("$", 1)
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 1000).hex()
    return hmac.compare_digest(candidate, digest)


def create_user(
    store: Store,
    now: int,
    *,
    email: str,
    password: str | None,
    first: str = "",
    last: str = "",
    product: str = "kashoo",
    verified: bool = True,
    mfa_phone: str | None = None,
    sso: tuple[str, ...] = (),
    business_name: str | None = None,
) -> tuple[Doc, Doc]:
    """A user and the business a signup creates for them (they own it)."""
    if "@" not in email or len(email) > 254 or email != email.strip():
        raise bad_request("email must be an email address")
    if store.user_login(email) is not None:
        raise conflict("a user with that email already exists")
    name = " ".join(p for p in (first, last) if p) or email.split("@")[0]
    day = dt.datetime.fromtimestamp(now / 1000, tz=dt.UTC).date()
    user: Doc = {
        "id": store.new_id(),
        "email": email,
        "name": name,
        "contactInformation": {
            "firstName": first or None,
            "lastName": last or None,
            "email": email,
            "phone": mfa_phone,
        },
        "staff": False,
        "betaTester": False,
        "accountingProfessional": False,
        "expireSessions": False,
        "useHighContrastStyle": False,
        "readOnly": False,
        "removed": False,
        "active": True,
        "verified": verified,
        "creationDate": day.isoformat(),
        "verificationDate": day.isoformat() if verified else None,
        "trialExpiryDate": (day + dt.timedelta(days=30)).isoformat(),
        "lastLogin": None,
        "serviceProvider": None,
        "serviceProviderAdmin": False,
        "allowSelectionOfNonStandardAccounts": False,
        "inviteCode": None,
    }
    store.add_user(user, hash_password(password) if password else None, mfa_phone, sso)
    business = businesses.create_business(store, now, user["id"], business_name or f"{name}'s business", product)
    return user, business


# ---------------------------------------------------------------- tokens
def _duration(ctx: Ctx) -> int:
    raw = ctx.form.get("duration")
    if not raw:
        return DEFAULT_DURATION_MS
    try:
        value = int(raw)
    except ValueError:
        raise bad_request("duration must be a number of milliseconds") from None
    if not 0 < value <= MAX_DURATION_MS:
        raise bad_request(f"duration must be between 1 and {MAX_DURATION_MS} ms")
    return value


def issue_token(ctx: Ctx, user_id: int) -> Doc:
    code = str(uuid.uuid4())
    expiry = ctx.now + _duration(ctx)
    token: Doc = {
        "authenticationCode": code,
        "expiryDate": expiry,
        "locale": ctx.form.get("lc") or "en_US",
        "myUserId": user_id,
        "restriction": ctx.form.get("restriction") or None,
        "site": ctx.form.get("site") or "",
    }
    ctx.store.put_secret(code, "auth", user_id, expiry, token)
    user = ctx.store.user(user_id)
    if user is not None:
        user["lastLogin"] = ctx.now
        ctx.store.save_user(user)
    return token


def _token_response(ctx: Ctx, token: Doc) -> Response:
    if "application/json" in (ctx.header("accept") or ""):
        return JSONResponse(token)
    return PlainTextResponse(token["authenticationCode"])


def _header_session(ctx: Ctx) -> int | None:
    """The user of a `TOKEN json:`, `TOKEN uuid:` or `Bearer` header; None without one; 401 if bad."""
    header = ctx.header("authorization") or ""
    scheme, _, value = header.partition(" ")
    scheme = scheme.lower()
    if scheme == "token":
        value = value.strip()
        if value.startswith("json:"):
            try:
                data: Any = json.loads(value[5:])
            except ValueError:
                raise unauthorized("The TOKEN json: header is not valid JSON.") from None
            code = data.get("authenticationCode") if isinstance(data, dict) else None
        elif value.startswith("uuid:"):
            code = value[5:].strip()
        else:
            code = None
        found = ctx.store.secret(code, "auth", ctx.now) if isinstance(code, str) else None
    elif scheme == "bearer":
        found = ctx.store.secret(value.strip(), "oauth_access", ctx.now)
    else:
        return None
    if found is None:
        raise unauthorized("The token is unknown or expired.")
    return found[0]


def authenticate(ctx: Ctx) -> None:
    """The wrapper's check for API endpoints: a current first-party or OAuth token."""
    user_id = _header_session(ctx)
    if user_id is None:
        raise unauthorized("Send Authorization: TOKEN json:..., TOKEN uuid:... or Bearer ...")
    ctx.user_id = user_id


def authenticate_subscription(ctx: Ctx) -> None:
    """The subscription service takes any OAuth access token, or the demo bearer."""
    scheme, _, value = (ctx.header("authorization") or "").partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or not (
        hmac.compare_digest(value, SUBSCRIPTION_TOKEN) or ctx.store.secret(value, "oauth_access", ctx.now)
    ):
        raise unauthorized("The subscription service needs Authorization: Bearer <token>.")


def basic_pair(value: str) -> tuple[str, str]:
    """(user, password) of an HTTP Basic credential; ValueError if malformed."""
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise ValueError("malformed Basic credentials") from None
    user, sep, password = decoded.partition(":")
    if not sep:
        raise ValueError("malformed Basic credentials")
    return user, password


def _basic(ctx: Ctx) -> tuple[str, str] | None:
    scheme, _, value = (ctx.header("authorization") or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        return basic_pair(value)
    except ValueError:
        raise unauthorized("Malformed Basic credentials.") from None


# ---------------------------------------------------------------- login and MFA
def login(ctx: Ctx, email: str, password: str, mfa_code: str | None) -> int:
    """The user with these credentials, once MFA (if they have it) is satisfied; else 401."""
    found = ctx.store.user_login(email)
    if found is None or not check_password(found[1], password):
        raise unauthorized("Wrong email or password.")
    _check_mfa(ctx, found[0], found[2], mfa_code)
    return found[0]


def _check_mfa(ctx: Ctx, user_id: int, phone: str | None, mfa_code: str | None) -> None:
    if not phone:
        return
    if mfa_code:
        if ctx.store.secret(f"{user_id}:{mfa_code}", "mfa_code", ctx.now) is None:
            raise ApiError(401, "invalid_mfa_code", "The MFA code is wrong or expired.")
        ctx.store.drop_user_secrets(user_id, "mfa_code")
        return
    if ctx.store.secret(f"mfa-verified:{user_id}", "mfa_verified", ctx.now) is None:
        raise ApiError(401, "mfa_required", "This user has SMS MFA: send a code with POST /mfa, then verify it.")


def create_auth_token(ctx: Ctx) -> Response:
    """POST /authTokens: password or SSO login, or renewal of a current token."""
    form = ctx.form
    basic = _basic(ctx)
    if form.get("provider"):
        user_id = _sso_login(ctx, form["provider"], form.get("authCode", ""), form.get("email"))
    elif form.get("email") or form.get("password") or basic:
        email, password = (form.get("email", ""), form.get("password", "")) if form.get("email") else basic or ("", "")
        user_id = login(ctx, email, password, form.get("mfaCode"))
    else:
        session = _header_session(ctx)  # renewal: a new token for a current one, no password
        if session is None:
            raise unauthorized("Give email and password (form or HTTP Basic), an SSO provider, or a token.")
        user_id = session
    return _token_response(ctx, issue_token(ctx, user_id))


def _sso_login(ctx: Ctx, provider: str, auth_code: str, email: str | None) -> int:
    """SSO: an auth code starting with `ok-` is accepted for a user registered with the provider."""
    if not auth_code.startswith("ok-"):
        raise unauthorized("The SSO provider refused the auth code.")
    wanted = email or (auth_code[3:] if "@" in auth_code else None)
    user_id = ctx.store.sso_user(provider.lower(), wanted)
    if user_id is None:
        raise unauthorized(f"No user is registered for {provider} sign-in.")
    found = ctx.store.user_login(str((ctx.store.user(user_id) or {}).get("email", "")))
    _check_mfa(ctx, user_id, found[2] if found else None, ctx.form.get("mfaCode"))
    return user_id


def mfa(ctx: Ctx) -> None:
    """POST /mfa: without `code` send one (204); with `code` verify it (204, or 401)."""
    basic = _basic(ctx)
    if basic is not None:
        found = ctx.store.user_login(basic[0])
        if found is None or not check_password(found[1], basic[1]):
            raise unauthorized("Wrong email or password.")
        user_id = found[0]
    else:
        session = _header_session(ctx)
        if session is None:
            raise unauthorized("Identify the user with HTTP Basic email:password or a token.")
        user_id = session
    code = ctx.form.get("code")
    if not code:
        new_code = f"{secrets.randbelow(10**6):06d}"
        ctx.store.drop_user_secrets(user_id, "mfa_code")
        ctx.store.put_secret(f"{user_id}:{new_code}", "mfa_code", user_id, ctx.now + MFA_CODE_MS)
        email = str((ctx.store.user(user_id) or {}).get("email", "")).lower()
        ctx.sandbox.mfa_codes[email] = new_code  # "sent by SMS": readable at /_sandbox/mfa/last-code
        return
    if ctx.store.secret(f"{user_id}:{code}", "mfa_code", ctx.now) is None:
        raise ApiError(401, "invalid_mfa_code", "The MFA code is wrong or expired.")
    ctx.store.drop_user_secrets(user_id, "mfa_code")
    ctx.store.put_secret(f"mfa-verified:{user_id}", "mfa_verified", user_id, ctx.now + MFA_VERIFIED_MS)


# ---------------------------------------------------------------- users
def _signup(ctx: Ctx, verified: bool) -> Response:
    form = ctx.form
    email = form.get("email", "")
    password = form.get("password") or None
    provider = form.get("provider_name") or None
    if not password and not (verified and provider):
        raise bad_request("password is required")
    user, _ = create_user(
        ctx.store,
        ctx.now,
        email=email,
        password=password,
        first=form.get("first", ""),
        last=form.get("last", ""),
        product=ctx.product,
        verified=verified,
        sso=(provider.lower(),) if provider else (),
    )
    return JSONResponse(issue_token(ctx, user["id"]))


def signup_unverified(ctx: Ctx) -> Response:
    return _signup(ctx, verified=False)


def signup_verified(ctx: Ctx) -> Response:
    return _signup(ctx, verified=True)


def me(ctx: Ctx) -> Doc:
    user = ctx.store.user(ctx.user_id)
    if user is None:
        raise unauthorized("The token's user no longer exists.")
    return user
