"""Third-party OAuth2: the authorize page (login + approve) and the token endpoint.

CONTRACT.md "OAuth2": one registered redirect URI per client, exact match; single-use codes;
refresh tokens that rotate; access tokens that expire after the configured lifetime.
"""

from __future__ import annotations

import html
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.responses import HTMLResponse, RedirectResponse, Response

from . import auth
from .errors import ApiError, bad_request
from .routing import Ctx
from .store import Doc

CODE_MS = 10 * 60_000


@dataclass(frozen=True)
class Client:
    secret: str
    redirect_uri: str


CLIENTS = {"sandbox-client": Client("sandbox-secret", "http://127.0.0.1:8976/callback")}
_FIELDS = ("client_id", "response_type", "scope", "redirect_uri", "state")


def _client_for(params: dict[str, str]) -> Client:
    client = CLIENTS.get(params.get("client_id", ""))
    if client is None:
        raise bad_request("unknown client_id")
    if (params.get("response_type") or "code") != "code":
        raise bad_request("response_type must be code")
    if params.get("redirect_uri") != client.redirect_uri:
        raise bad_request("redirect_uri does not match the one registered for this client")
    return client


def _page(ctx: Ctx, params: dict[str, str], error: str | None, status: int) -> HTMLResponse:
    hidden = "".join(f'<input type="hidden" name="{k}" value="{html.escape(params.get(k, ""))}">' for k in _FIELDS)
    problem = f'<p class="error">{html.escape(error)}</p>' if error else ""
    page = f"""<!doctype html>
<html><head><title>Kashoo sandbox: authorize</title></head><body>
<h1>Sign in to allow access</h1>
<p>The application <b>{html.escape(params.get("client_id", ""))}</b> asks for {
        html.escape(params.get("scope") or "full-access")
    } access to your books.</p>{problem}
<form method="post" action="{ctx.base_url}/oauth2/authorize">{hidden}
<label>Email <input name="email" type="email"></label>
<label>Password <input name="password" type="password"></label>
<label>MFA code (if you have MFA) <input name="mfaCode"></label>
<button name="approve" value="yes">Allow</button> <button name="approve" value="no">Deny</button>
</form></body></html>"""
    return HTMLResponse(page, status)


def authorize_page(ctx: Ctx) -> Response:
    params = {k: ctx.query(k) or "" for k in _FIELDS}
    _client_for(params)
    return _page(ctx, params, None, 200)


def authorize_submit(ctx: Ctx) -> Response:
    params = {k: ctx.form.get(k, "") for k in _FIELDS}
    client = _client_for(params)
    target = client.redirect_uri + ("&" if "?" in client.redirect_uri else "?")
    if ctx.form.get("approve", "yes") == "no":
        return RedirectResponse(target + urlencode({"error": "access_denied", "state": params["state"]}), 302)
    try:
        user_id = auth.login(ctx, ctx.form.get("email", ""), ctx.form.get("password", ""), ctx.form.get("mfaCode"))
    except ApiError as error:
        return _page(ctx, params, error.message, error.status)
    code = "sbx_code_" + secrets.token_urlsafe(24)
    data = {"client_id": params["client_id"], "redirect_uri": client.redirect_uri}
    ctx.store.put_secret(code, "oauth_code", user_id, ctx.now + CODE_MS, data)
    return RedirectResponse(target + urlencode({"code": code, "state": params["state"]}), 302)


def _authenticate_client(ctx: Ctx) -> str:
    scheme, _, value = (ctx.header("authorization") or "").partition(" ")
    client_id, secret = ctx.form.get("client_id", ""), ctx.form.get("client_secret", "")
    if scheme.lower() == "basic":
        try:
            client_id, secret = auth.basic_pair(value)
        except ValueError:
            client_id = ""
    client = CLIENTS.get(client_id)
    if client is None or not secrets.compare_digest(client.secret, secret):
        raise ApiError(401, "invalid_client", "Client authentication failed.")
    return client_id


def token(ctx: Ctx) -> Doc:
    """POST /oauth2/token: authorization_code or refresh_token grant."""
    client_id = _authenticate_client(ctx)
    grant = ctx.form.get("grant_type")
    if grant == "authorization_code":
        code = ctx.form.get("code", "")
        found = ctx.store.secret(code, "oauth_code", ctx.now) if code else None
        if found is None or found[1].get("client_id") != client_id:
            raise ApiError(400, "invalid_grant", "The authorization code is unknown, used or expired.")
        if ctx.form.get("redirect_uri") != found[1].get("redirect_uri"):
            raise ApiError(400, "invalid_grant", "redirect_uri does not match the authorization request.")
        ctx.store.drop_secret(code)  # single use
    elif grant == "refresh_token":
        refresh = ctx.form.get("refresh_token", "")
        found = ctx.store.secret(refresh, "oauth_refresh", ctx.now) if refresh else None
        if found is None or found[1].get("client_id") != client_id:
            raise ApiError(400, "invalid_grant", "The refresh token is unknown or was already used.")
        ctx.store.drop_secret(refresh)  # refresh tokens rotate
    else:
        raise ApiError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token.")
    user_id = found[0]
    lifetime = ctx.sandbox.config.oauth_token_lifetime
    access, refresh_token = "sbx_at_" + secrets.token_urlsafe(24), "sbx_rt_" + secrets.token_urlsafe(24)
    ctx.store.put_secret(access, "oauth_access", user_id, ctx.now + lifetime * 1000, {"client_id": client_id})
    ctx.store.put_secret(refresh_token, "oauth_refresh", user_id, None, {"client_id": client_id})
    return {
        "access_token": access,
        "expires_in": lifetime,
        "refresh_token": refresh_token,
        "token_type": "bearer",
        "userId": str(user_id),
    }
