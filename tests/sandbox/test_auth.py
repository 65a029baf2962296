"""First-party auth over real HTTP: login (JSON and bare token), both header forms, Basic,
renewal, expiry, MFA, SSO, signup; and access control between users."""

from __future__ import annotations

import base64
import json
import time
from types import SimpleNamespace

import httpx
import pytest

from kashoo_sandbox.testing import RunningSandbox

from .conftest import Api, make_api
from .spec_check import assert_conforms


def _login(sb: RunningSandbox, accept_json: bool = True, **form: str) -> httpx.Response:
    headers = {"Accept": "application/json"} if accept_json else {}
    return httpx.post(sb.base_url() + "/authTokens", data=form, headers=headers)


def _me(sb: RunningSandbox, authorization: str, product: str = "kashoo") -> httpx.Response:
    return httpx.get(sb.base_url(product) + "/users/me", headers={"Authorization": authorization})


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_login_json_token_and_both_header_forms(sandbox: RunningSandbox) -> None:
    response = _login(sandbox, email=sandbox.demo["email"], password=sandbox.demo["password"])
    assert response.status_code == 200
    assert_conforms(response, "POST", "/authTokens")
    token = response.json()
    assert set(token) == {"authenticationCode", "expiryDate", "locale", "myUserId", "restriction", "site"}
    assert token["myUserId"] == sandbox.demo["userId"] and token["myUserId"] > 2**32
    assert isinstance(token["expiryDate"], int) and token["expiryDate"] > time.time() * 1000
    compact = json.dumps(token, separators=(",", ":"))
    for header in ("TOKEN json:" + compact, "TOKEN uuid:" + token["authenticationCode"]):
        me = _me(sandbox, header)
        assert me.status_code == 200 and me.json()["email"] == sandbox.demo["email"]
    # Both products reach the same backend.
    assert _me(sandbox, "TOKEN json:" + compact, "tsa").status_code == 200


def test_login_without_json_accept_returns_the_bare_token(sandbox: RunningSandbox) -> None:
    response = _login(sandbox, accept_json=False, email=sandbox.demo["email"], password=sandbox.demo["password"])
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    assert _me(sandbox, "TOKEN uuid:" + response.text).status_code == 200


def test_login_with_http_basic(sandbox: RunningSandbox) -> None:
    response = httpx.post(
        sandbox.base_url() + "/authTokens",
        headers={
            "Authorization": _basic(sandbox.demo["email"], sandbox.demo["password"]),
            "Accept": "application/json",
        },
    )
    assert response.status_code == 200 and response.json()["myUserId"] == sandbox.demo["userId"]


@pytest.mark.parametrize(
    ("email", "password"), [("demo@kashoo.test", "wrong"), ("nobody@kashoo.test", "demo-password"), ("", "")]
)
def test_bad_credentials_are_401(sandbox: RunningSandbox, email: str, password: str) -> None:
    response = _login(sandbox, email=email, password=password)
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
    assert password not in response.text or not password


@pytest.mark.parametrize(
    "header",
    ["", "TOKEN uuid:not-a-token", "TOKEN json:{broken", 'TOKEN json:{"authenticationCode":"nope"}', "Bearer nope"],
)
def test_missing_unknown_or_malformed_tokens_are_401(sandbox: RunningSandbox, header: str) -> None:
    response = _me(sandbox, header)
    assert response.status_code == 401
    assert set(response.json()) == {"error", "message"}


def test_renewal_gives_a_new_token_without_the_password(sandbox: RunningSandbox) -> None:
    old = sandbox.login()
    header = "TOKEN json:" + json.dumps(old, separators=(",", ":"))
    response = httpx.post(
        sandbox.base_url() + "/authTokens",
        data={"duration": "90000000"},
        headers={"Authorization": header, "Accept": "application/json"},
    )
    assert response.status_code == 200
    new = response.json()
    assert new["authenticationCode"] != old["authenticationCode"]
    assert new["myUserId"] == old["myUserId"]
    assert new["expiryDate"] > old["expiryDate"]  # 25 h instead of 24 h
    assert _me(sandbox, "TOKEN uuid:" + new["authenticationCode"]).status_code == 200


def test_tokens_expire_after_their_duration(sandbox: RunningSandbox) -> None:
    token = _login(sandbox, email=sandbox.demo["email"], password=sandbox.demo["password"], duration="300").json()
    header = "TOKEN uuid:" + token["authenticationCode"]
    assert _me(sandbox, header).status_code == 200
    time.sleep(0.35)
    assert _me(sandbox, header).status_code == 401
    renewal = httpx.post(
        sandbox.base_url() + "/authTokens", data={"duration": "1000"}, headers={"Authorization": header}
    )
    assert renewal.status_code == 401  # an expired token cannot be renewed


@pytest.mark.parametrize("duration", ["0", "-5", "abc", str(10**20)])
def test_bad_durations_are_400(sandbox: RunningSandbox, duration: str) -> None:
    response = _login(sandbox, email=sandbox.demo["email"], password=sandbox.demo["password"], duration=duration)
    assert response.status_code == 400


def test_mfa_login_flow(sandbox: RunningSandbox) -> None:
    user = SimpleNamespace(email=f"mfa-{time.time_ns()}@example.test", password="pw-mfa-1")
    sandbox.create_user(user.email, user.password, mfaPhone="+15550001111")
    refused = _login(sandbox, email=user.email, password=user.password)
    assert refused.status_code == 401
    assert refused.json()["error"] == "mfa_required"
    mfa_url = sandbox.base_url() + "/mfa"
    basic = {"Authorization": _basic(user.email, user.password)}
    assert httpx.post(mfa_url, headers=basic).status_code == 204  # code "sent"
    code = sandbox.last_mfa_code(user.email)
    assert code is not None and len(code) == 6
    wrong = "000000" if code != "000000" else "111111"
    assert httpx.post(mfa_url, headers=basic, data={"code": wrong}).status_code == 401
    assert _login(sandbox, email=user.email, password=user.password).status_code == 401  # still not verified
    assert httpx.post(mfa_url, headers=basic, data={"code": code}).status_code == 204
    assert _login(sandbox, email=user.email, password=user.password).status_code == 200  # for 5 minutes
    # /mfa needs the right password.
    assert httpx.post(mfa_url, headers={"Authorization": _basic(user.email, "wrong")}).status_code == 401


def test_mfa_code_in_the_login_itself(sandbox: RunningSandbox) -> None:
    mfa = sandbox.demo["mfaUser"]
    basic = {"Authorization": _basic(mfa["email"], mfa["password"])}
    assert httpx.post(sandbox.base_url() + "/mfa", headers=basic).status_code == 204
    code = sandbox.last_mfa_code(mfa["email"])
    assert code is not None
    assert _login(sandbox, email=mfa["email"], password=mfa["password"], mfaCode="999999x").status_code == 401
    response = _login(sandbox, email=mfa["email"], password=mfa["password"], mfaCode=code)
    assert response.status_code == 200 and response.json()["myUserId"] == mfa["userId"]
    # A code is single use.
    again = _login(sandbox, email=mfa["email"], password=mfa["password"], mfaCode=code)
    assert again.status_code == 401


def test_sso_login(sandbox: RunningSandbox) -> None:
    sso = sandbox.demo["sso"]
    response = _login(sandbox, provider=sso["provider"], authCode=sso["authCode"])
    assert response.status_code == 200 and response.json()["myUserId"] == sandbox.demo["userId"]
    assert _login(sandbox, provider="google", authCode="refused").status_code == 401
    assert _login(sandbox, provider="facebook", authCode="ok-x").status_code == 401  # nobody registered


@pytest.mark.parametrize(("path", "verified"), [("/users", False), ("/users/verified", True)])
def test_signup_creates_a_user_a_business_and_a_token(sandbox: RunningSandbox, path: str, verified: bool) -> None:
    email = f"signup-{path.count('/')}-{time.time_ns()}@example.test"
    response = httpx.post(
        sandbox.base_url("tsa") + path, data={"email": email, "password": "secret-1", "first": "Ann", "last": "Lee"}
    )
    assert response.status_code == 200
    assert_conforms(response, "POST", path)
    header = "TOKEN json:" + json.dumps(response.json())
    me = _me(sandbox, header).json()
    assert me["email"] == email and me["verified"] is verified and me["name"] == "Ann Lee"
    businesses = httpx.get(sandbox.base_url() + "/users/me/businesses", headers={"Authorization": header}).json()
    assert len(businesses) == 1 and businesses[0]["product"] == "tsa"
    # The same email again is a conflict; no password is a bad request.
    assert httpx.post(sandbox.base_url() + path, data={"email": email, "password": "x"}).status_code == 409
    assert httpx.post(sandbox.base_url() + "/users", data={"email": "a" + email}).status_code == 400


def test_verified_signup_through_a_provider_enables_sso(sandbox: RunningSandbox) -> None:
    email = f"provider-{time.time_ns()}@example.test"
    response = httpx.post(
        sandbox.base_url() + "/users/verified",
        data={"email": email, "provider_name": "apple", "provider_access_token": "t"},
    )
    assert response.status_code == 200
    sso = _login(sandbox, provider="apple", authCode="ok-" + email)
    assert sso.status_code == 200 and sso.json()["myUserId"] == response.json()["myUserId"]


def test_access_control_between_users(sandbox: RunningSandbox, api: Api) -> None:
    other = make_api(sandbox)
    contact = other.contact("Secret customer")
    invoice = other.post(f"/businesses/{other.business}/records/invoices", {"contact": contact["id"], "amount": 500})
    for path in (
        f"/businesses/{other.business}",
        f"/businesses/{other.business}/records",
        f"/businesses/{other.business}/contacts",
        f"/contacts/{contact['id']}",
        f"/records/{invoice['id']}",
        f"/businesses/{other.business}/records/invoices/{invoice['id']}",
        f"/accounts/{other.account('1000')}",
    ):
        response = api.client.get(path)
        assert response.status_code == 403, path
        assert "Secret" not in response.text and str(invoice["amount"]) not in response.text
    assert api.client.put(f"/records/{invoice['id']}", json={"memo": "mine"}).status_code == 403
    assert api.client.delete(f"/records/{invoice['id']}").status_code == 403
    assert api.client.get("/businesses/4999999999").status_code == 404
    assert api.client.get(f"/records/{invoice['id'] + 10**9}").status_code == 404
    # An id of another business inside a body is a bad request, and nothing is written.
    before = api.get(f"/businesses/{api.business}/records", includeRemoved="true")
    api.post(f"/businesses/{api.business}/records/invoices", {"contact": contact["id"], "amount": 1}, expect=400)
    assert api.get(f"/businesses/{api.business}/records", includeRemoved="true") == before
    other.client.close()


def test_my_businesses_lists_only_granted_ones(demo_api: Api, sandbox: RunningSandbox) -> None:
    ids = {b["id"] for b in demo_api.get("/users/me/businesses")}
    assert ids == {sandbox.demo["businessId"], sandbox.demo["tsaBusinessId"]}
    business = demo_api.get(f"/businesses/{sandbox.demo['businessId']}")
    assert business["links"][0]["href"].endswith(f"/api/businesses/{business['id']}")
