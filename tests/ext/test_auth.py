"""First-party auth: password and SSO login, header forms, MFA, renewal, expiry, re-login."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time

import httpx
import pytest

from kashoo_api_client.api.records import list_records
from kashoo_api_client.api.users import get_me
from kashoo_ext import (
    AuthenticationError,
    ConfigurationError,
    MfaRequiredError,
    PasswordAuth,
    SsoAuth,
    TokenAuth,
    TokenExpiredError,
)

from .fakes import BUSINESS_ID, EMAIL, MFA_EMAIL, PASSWORD, FakeKashoo


async def test_password_login_sends_compact_token_json(fake: FakeKashoo) -> None:
    auth = PasswordAuth(EMAIL, PASSWORD)
    async with fake.client(auth=auth) as kc:
        await get_me.asyncio(client=kc.api)
    login, call = fake.requests
    assert "authorization" not in login.headers
    form = dict(x.split("=", 1) for x in login.content.decode().split("&"))
    assert form["email"] == "demo%40example.com" and form["duration"] == "86400000"
    header = call.headers["authorization"]
    assert header.startswith("TOKEN json:{") and " " not in header[len("TOKEN json:") :]
    token = json.loads(header[len("TOKEN json:") :])
    assert token["authenticationCode"] == auth.token.authentication_code  # type: ignore[union-attr]
    assert set(token) == {"myUserId", "expiryDate", "restriction", "site", "locale", "authenticationCode"}


async def test_legacy_uuid_header(fake: FakeKashoo) -> None:
    auth = PasswordAuth(EMAIL, PASSWORD, header_style="uuid")
    async with fake.client(auth=auth) as kc:
        await get_me.asyncio(client=kc.api)
    code = auth.token.authentication_code  # type: ignore[union-attr]
    assert fake.requests[-1].headers["authorization"] == f"TOKEN uuid:{code}"


async def test_sso_login(fake: FakeKashoo) -> None:
    async with fake.client(auth=SsoAuth("google", "ok-abc")) as kc:
        assert await get_me.asyncio(client=kc.api) is not None
    assert ("login", "sso") in fake.events


async def test_wrong_password_is_an_authentication_error(fake: FakeKashoo) -> None:
    async with fake.client(auth=PasswordAuth(EMAIL, "wrong-pass-123")) as kc:
        with pytest.raises(AuthenticationError) as caught:
            await get_me.asyncio(client=kc.api)
    assert caught.value.status == 401 and "bad email or password" in str(caught.value)
    assert "wrong-pass-123" not in str(caught.value)


async def test_mfa_login_asks_the_callback_for_the_code(fake: FakeKashoo) -> None:
    asked: list[str] = []

    async def callback() -> str:
        asked.append("asked")
        assert fake.events[-1] == ("mfa-sent", MFA_EMAIL)  # the code was requested first
        return fake.mfa_codes[MFA_EMAIL]

    async with fake.client(auth=PasswordAuth(MFA_EMAIL, PASSWORD, mfa_callback=callback)) as kc:
        assert await get_me.asyncio(client=kc.api) is not None
    paths = [(r.method, r.url.path) for r in fake.requests]
    assert paths == [
        ("POST", "/api/authTokens"),
        ("POST", "/api/mfa"),
        ("POST", "/api/authTokens"),
        ("GET", "/api/users/me"),
    ]
    assert fake.requests[1].headers["authorization"].startswith("Basic ")
    assert "mfaCode=" in fake.requests[2].content.decode()
    assert asked == ["asked"]


async def test_mfa_without_callback_says_what_to_do(fake: FakeKashoo) -> None:
    async with fake.client(auth=PasswordAuth(MFA_EMAIL, PASSWORD)) as kc:
        with pytest.raises(MfaRequiredError, match="pass mfa_callback="):
            await get_me.asyncio(client=kc.api)


async def test_concurrent_first_calls_log_in_once(fake: FakeKashoo) -> None:
    async with fake.client(auth=PasswordAuth(EMAIL, PASSWORD)) as kc:
        await asyncio.gather(*(get_me.asyncio(client=kc.api) for _ in range(50)))
    assert fake.count("POST", "/authTokens") == 1


async def test_token_is_renewed_before_it_expires_without_the_password(fake: FakeKashoo) -> None:
    fake.token_duration_ms = 60_000  # one minute: inside the 5-minute renewal window
    auth = PasswordAuth(EMAIL, PASSWORD)
    async with fake.client(auth=auth) as kc:
        await get_me.asyncio(client=kc.api)
        first = auth.token.authentication_code  # type: ignore[union-attr]
        await asyncio.gather(*(get_me.asyncio(client=kc.api) for _ in range(10)))
    renewals = [r for r in fake.requests if r.url.path.endswith("/authTokens")][1:]
    assert ("renew",) in fake.events and len(renewals) >= 1
    renewal = renewals[0]
    assert first in renewal.headers["authorization"] and "password" not in renewal.content.decode()


async def test_given_token_that_expired_raises_before_sending(fake: FakeKashoo) -> None:
    past = int((time.time() - 10) * 1000)
    auth = TokenAuth({"authenticationCode": "c-1", "expiryDate": past, "myUserId": 1})
    async with fake.client(auth=auth) as kc:
        with pytest.raises(TokenExpiredError, match="cannot log in again"):
            await get_me.asyncio(client=kc.api)
    assert fake.requests == []


async def test_iso_expiry_and_renewal_of_a_given_token(fake: FakeKashoo) -> None:
    code = "c-2"
    fake.tokens[code] = int((time.time() + 60) * 1000)
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=60)).isoformat()
    auth = TokenAuth({"authenticationCode": code, "expiryDate": soon})
    async with fake.client(auth=auth) as kc:
        await get_me.asyncio(client=kc.api)
    assert ("renew",) in fake.events
    assert auth.token is not None and auth.token.authentication_code != code


async def test_401_logs_in_again_once_then_gives_up(fake: FakeKashoo) -> None:
    auth = PasswordAuth(EMAIL, PASSWORD)
    async with fake.client(auth=auth) as kc:
        await list_records.asyncio(BUSINESS_ID, client=kc.api)
        fake.tokens.clear()  # the server forgot every token
        await list_records.asyncio(BUSINESS_ID, client=kc.api)
        assert fake.count("POST", "/authTokens") == 2
        fake.tokens.clear()
        fake.users[EMAIL] = "changed-password"
        with pytest.raises(AuthenticationError):
            await list_records.asyncio(BUSINESS_ID, client=kc.api)


async def test_401_with_a_token_only_is_a_clear_expired_error(fake: FakeKashoo) -> None:
    async with fake.client(auth=TokenAuth("unknown-code")) as kc:
        with pytest.raises(TokenExpiredError, match="create the client with PasswordAuth"):
            await get_me.asyncio(client=kc.api)
    assert len(fake.requests) == 1


async def test_html_error_bodies_give_a_text_excerpt(fake: FakeKashoo) -> None:
    fake.html_errors = True
    async with fake.client(auth=TokenAuth("unknown-code"), check_product=True) as kc:
        with pytest.raises(AuthenticationError):
            await get_me.asyncio(client=kc.api)
    with pytest.raises(AuthenticationError) as caught:
        async with fake.client() as kc:
            await get_me.asyncio(client=kc.api)
    assert caught.value.body_excerpt == "401 Unauthorized"


def test_reprs_hide_secrets() -> None:
    assert PASSWORD not in repr(PasswordAuth(EMAIL, PASSWORD))
    assert "ok-abc" not in repr(SsoAuth("google", "ok-abc"))
    assert "c-1" not in repr(TokenAuth("c-1"))


async def test_a_renewal_the_server_fails_keeps_using_the_still_valid_token(fake: FakeKashoo) -> None:
    code = "c-3"
    fake.tokens[code] = int((time.time() + 120) * 1000)  # two minutes left: inside the renewal window
    auth = TokenAuth({"authenticationCode": code, "expiryDate": fake.tokens[code]})
    fake.fault = lambda request: (
        httpx.Response(503, text="maintenance") if request.url.path.endswith("/authTokens") else None
    )
    async with fake.client(auth=auth) as kc:
        for _ in range(3):
            assert await get_me.asyncio(client=kc.api) is not None
    assert auth.token is not None and auth.token.authentication_code == code
    renewals = [r for r in fake.requests if r.url.path.endswith("/authTokens")]
    assert len(renewals) == 1  # tried once, then held off instead of failing every call


def test_renew_before_must_be_shorter_than_the_duration() -> None:
    with pytest.raises(ConfigurationError, match=r"renew_before .* must be shorter"):
        PasswordAuth(EMAIL, PASSWORD, duration=dt.timedelta(minutes=4))  # renewal window: 5 minutes
