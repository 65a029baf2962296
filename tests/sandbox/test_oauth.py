"""OAuth2 over real HTTP: authorize page, approval redirect, code exchange, Bearer calls,
rotating refresh tokens, expiry; and the subscription service's Bearer auth."""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from kashoo_sandbox.testing import RunningSandbox

from .spec_check import assert_conforms


def _authorize(sb: RunningSandbox, **overrides: str) -> httpx.Response:
    client = sb.demo["oauthClient"]
    params = {
        "client_id": client["clientId"],
        "response_type": "code",
        "scope": "full-access",
        "redirect_uri": client["redirectUri"],
        "state": "xyz-state",
    } | overrides
    return httpx.get(sb.base_url() + "/oauth2/authorize", params=params)


def _approve(sb: RunningSandbox, email: str | None = None, password: str | None = None) -> dict[str, list[str]]:
    client = sb.demo["oauthClient"]
    form = {
        "client_id": client["clientId"],
        "response_type": "code",
        "scope": "full-access",
        "redirect_uri": client["redirectUri"],
        "state": "xyz-state",
        "email": email or sb.demo["email"],
        "password": password or sb.demo["password"],
        "approve": "yes",
    }
    response = httpx.post(sb.base_url() + "/oauth2/authorize", data=form)
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    assert location.startswith(client["redirectUri"] + "?")
    return parse_qs(urlsplit(location).query)


def _token(sb: RunningSandbox, auth: tuple[str, str] | None = None, **form: str) -> httpx.Response:
    client = sb.demo["oauthClient"]
    return httpx.post(
        sb.base_url() + "/oauth2/token", data=form, auth=auth or (client["clientId"], client["clientSecret"])
    )


def _exchange(sb: RunningSandbox) -> dict[str, Any]:
    code = _approve(sb)["code"][0]
    response = _token(
        sb, grant_type="authorization_code", code=code, redirect_uri=sb.demo["oauthClient"]["redirectUri"]
    )
    assert response.status_code == 200, response.text
    assert_conforms(response, "POST", "/oauth2/token")
    result: dict[str, str] = response.json()
    return result


def test_authorize_page_is_an_html_form(sandbox: RunningSandbox) -> None:
    response = _authorize(sandbox)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert '<form method="post"' in response.text and 'value="xyz-state"' in response.text


@pytest.mark.parametrize(
    "override",
    [{"redirect_uri": "http://127.0.0.1:8976/callback/"}, {"client_id": "unknown"}, {"response_type": "token"}],
)
def test_authorize_rejects_bad_requests(sandbox: RunningSandbox, override: dict[str, str]) -> None:
    assert _authorize(sandbox, **override).status_code == 400


def test_code_flow_bearer_calls_and_refresh_rotation(sandbox: RunningSandbox) -> None:
    tokens = _exchange(sandbox)
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 3600
    assert tokens["userId"] == str(sandbox.demo["userId"])
    me = httpx.get(sandbox.base_url() + "/users/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert me.status_code == 200 and me.json()["id"] == sandbox.demo["userId"]

    refreshed = _token(sandbox, grant_type="refresh_token", refresh_token=tokens["refresh_token"])
    assert refreshed.status_code == 200
    new = refreshed.json()
    assert new["refresh_token"] != tokens["refresh_token"] and new["access_token"] != tokens["access_token"]
    # The old refresh token is spent; the new one works once.
    reused = _token(sandbox, grant_type="refresh_token", refresh_token=tokens["refresh_token"])
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    assert _token(sandbox, grant_type="refresh_token", refresh_token=new["refresh_token"]).status_code == 200


def test_codes_are_single_use_and_bound_to_the_redirect_uri(sandbox: RunningSandbox) -> None:
    redirect = sandbox.demo["oauthClient"]["redirectUri"]
    code = _approve(sandbox)["code"][0]
    assert _token(sandbox, grant_type="authorization_code", code=code, redirect_uri=redirect + "x").status_code == 400
    assert _token(sandbox, grant_type="authorization_code", code=code, redirect_uri=redirect).status_code == 200
    again = _token(sandbox, grant_type="authorization_code", code=code, redirect_uri=redirect)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"


def test_bad_client_credentials_and_grants(sandbox: RunningSandbox) -> None:
    response = _token(sandbox, auth=("sandbox-client", "wrong"), grant_type="refresh_token", refresh_token="x")
    assert response.status_code == 401 and response.json()["error"] == "invalid_client"
    assert _token(sandbox, grant_type="password").json()["error"] == "unsupported_grant_type"


def test_wrong_password_on_the_authorize_form_shows_the_form_again(sandbox: RunningSandbox) -> None:
    client = sandbox.demo["oauthClient"]
    form = {"client_id": client["clientId"], "redirect_uri": client["redirectUri"], "email": "demo@kashoo.test",
            "password": "nope", "state": "s"}  # fmt: skip
    response = httpx.post(sandbox.base_url() + "/oauth2/authorize", data=form)
    assert response.status_code == 401 and "<form" in response.text and "nope" not in response.text


def test_denied_approval_redirects_with_an_error(sandbox: RunningSandbox) -> None:
    client = sandbox.demo["oauthClient"]
    form = {"client_id": client["clientId"], "redirect_uri": client["redirectUri"], "state": "s", "approve": "no"}
    response = httpx.post(sandbox.base_url() + "/oauth2/authorize", data=form)
    assert response.status_code == 302 and "error=access_denied" in response.headers["location"]


def test_access_tokens_expire_after_the_configured_lifetime(sandbox: RunningSandbox) -> None:
    with sandbox.configured(oauth_token_lifetime=1):
        tokens = _exchange(sandbox)
    assert tokens["expires_in"] == 1
    header = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert httpx.get(sandbox.base_url() + "/users/me", headers=header).status_code == 200
    time.sleep(1.05)
    assert httpx.get(sandbox.base_url() + "/users/me", headers=header).status_code == 401
    # The refresh token still gives a new access token.
    assert _token(sandbox, grant_type="refresh_token", refresh_token=tokens["refresh_token"]).status_code == 200


def test_subscription_service_takes_bearer_tokens(sandbox: RunningSandbox) -> None:
    base = sandbox.base_url()
    demo_bearer = {"Authorization": "Bearer " + sandbox.demo["subscriptionToken"]}
    created = httpx.post(
        base + "/subscriptions", json={"store": "app_store", "subscriberId": "sub-1"}, headers=demo_bearer
    )
    assert created.status_code == 200
    assert_conforms(created, "POST", "/subscriptions")
    subscription = created.json()["subscription"]
    oauth = {"Authorization": "Bearer " + _exchange(sandbox)["access_token"]}
    by_id = httpx.get(base + "/subscriptions", params={"id": subscription["id"]}, headers=oauth)
    assert by_id.status_code == 200 and by_id.json() == created.json()
    by_subscriber = httpx.get(base + "/subscriptions", params={"subscriberId": "sub-1"}, headers=demo_bearer)
    assert by_subscriber.json()["subscription"]["id"] == subscription["id"]
    assert httpx.get(base + "/subscriptions", params={"id": "nope"}, headers=demo_bearer).status_code == 404
    assert httpx.post(base + "/subscriptions", json={"appId": "x"}, headers=demo_bearer).status_code == 400

    checkout = httpx.post(
        base + "/chargebee/checkout",
        json={"subscriberId": "sub-1", "subscriptionApplication": "tsa", "subscriptionPlanId": "pro"},
        headers=demo_bearer,
    )
    assert checkout.status_code == 200 and checkout.json()["url"].startswith("https://")
    assert_conforms(checkout, "POST", "/chargebee/checkout")
    portal = httpx.post(base + "/chargebee/portal", json={"subscriptionId": subscription["id"]}, headers=demo_bearer)
    assert portal.status_code == 200 and portal.json()["accessUrl"].startswith("https://")
    assert httpx.post(base + "/chargebee/checkout", json={}, headers=demo_bearer).status_code == 400
    # First-party tokens and unknown bearers are not subscription credentials.
    first_party = {"Authorization": sandbox.token_header()}
    assert httpx.post(base + "/chargebee/portal", json={}, headers=first_party).status_code == 401
    assert httpx.post(base + "/chargebee/portal", json={}, headers={"Authorization": "Bearer x"}).status_code == 401
