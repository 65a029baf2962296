"""No secret ever appears in DEBUG logs, reprs or exception text."""

from __future__ import annotations

import base64
import datetime as dt
import logging
import traceback
from pathlib import Path

import httpx
import pytest

from kashoo_api_client.api.invoices import create_invoice
from kashoo_api_client.api.records import list_records
from kashoo_api_client.api.users import get_me
from kashoo_api_client.models.invoice_info import InvoiceInfo
from kashoo_ext import (
    FileTokenStore,
    KashooError,
    OAuth2Auth,
    OAuth2Tokens,
    PasswordAuth,
    Settings,
    SsoAuth,
    TokenAuth,
)

from .fakes import BUSINESS_ID, CLIENT_ID, CLIENT_SECRET, EMAIL, MFA_EMAIL, PASSWORD, REDIRECT_URI, FakeKashoo

SSO_CODE = "ok-sso-Code-9f8e7d"
OAUTH_CODE = "oauth-Code-5a4b3c"
WRONG_PASSWORD = "wrong-Pass-1b2c3d"


async def test_no_secret_in_logs_reprs_or_errors(
    fake: FakeKashoo, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: kashoo, httpx, asyncio...
    texts: list[str] = []
    mfa_codes: list[str] = []

    async def mfa_callback() -> str:
        mfa_codes.append(fake.mfa_codes[MFA_EMAIL])
        return mfa_codes[-1]

    def keep(*objects: object) -> None:
        for obj in objects:
            texts.append(repr(obj))
            texts.append(str(obj))
            if isinstance(obj, BaseException):
                texts.append("".join(traceback.format_exception(obj)))

    async def expect_error(coro: object) -> None:
        try:
            await coro  # type: ignore[misc]
        except KashooError as error:
            keep(error)
        else:
            raise AssertionError("expected an error")

    # First party: MFA login, renewal, re-login after a 401, a wrong password.
    fake.token_duration_ms = 60_000
    password_auth = PasswordAuth(MFA_EMAIL, PASSWORD, mfa_callback=mfa_callback)
    async with fake.client(auth=password_auth) as kc:
        await get_me.asyncio(client=kc.api)
        await get_me.asyncio(client=kc.api)  # renews (inside the renewal window)
        fake.tokens.clear()
        await list_records.asyncio(BUSINESS_ID, client=kc.api)  # 401, then logs in again
        keep(kc, password_auth, password_auth.token)
    async with fake.client(auth=PasswordAuth(EMAIL, WRONG_PASSWORD)) as kc:
        await expect_error(get_me.asyncio(client=kc.api))
    sso = SsoAuth("google", SSO_CODE)
    async with fake.client(auth=sso) as kc:
        await get_me.asyncio(client=kc.api)
        keep(sso)
    keep(TokenAuth({"authenticationCode": "given-Code-77", "expiryDate": 1}), Settings(auth=sso))
    await expect_error(_expired_token_call(fake))

    # OAuth2: authorization, code exchange, proactive refresh, 401 refresh, a refused grant.
    store = FileTokenStore(tmp_path / "tokens.json")
    oauth = OAuth2Auth(CLIENT_ID, CLIENT_SECRET, redirect_uri=REDIRECT_URI, store=store)
    async with fake.client(auth=oauth) as kc:
        request = kc.authorization_request()
        keep(request)
        fake.codes.add(OAUTH_CODE)
        await expect_error(
            kc.complete_authorization(f"{REDIRECT_URI}?code={OAUTH_CODE}&state=forged", expected_state=request.state)
        )
        tokens = await kc.complete_authorization(
            f"{REDIRECT_URI}?code={OAUTH_CODE}&state={request.state}", expected_state=request.state
        )
        keep(tokens, oauth, store, await store.load())
        fake.access_tokens.clear()
        await get_me.asyncio(client=kc.api)  # 401 -> refresh
        fake.post_commit_fault_rate = 1.0
        await expect_error(create_invoice.asyncio(BUSINESS_ID, client=kc.api, body=InvoiceInfo()))
        fake.post_commit_fault_rate = 0.0
        fake.refresh_tokens.clear()
        fake.access_tokens.clear()
        await expect_error(get_me.asyncio(client=kc.api))  # refresh refused: invalid_grant
    async with fake.client(
        auth=OAuth2Auth(CLIENT_ID, "not-the-Secret-42", store=FileTokenStore(tmp_path / "tokens.json"))
    ) as kc:
        fake.access_tokens.clear()
        await expect_error(get_me.asyncio(client=kc.api))  # invalid_client
    keep(OAuth2Tokens("literal-Access-1", "literal-Refresh-1", dt.datetime.now(dt.UTC)))

    # Every secret that took part.
    secrets = {PASSWORD, WRONG_PASSWORD, CLIENT_SECRET, "not-the-Secret-42", SSO_CODE, OAUTH_CODE, request.state}
    secrets |= {"given-Code-77", "literal-Access-1", "literal-Refresh-1"}
    secrets |= set(mfa_codes) | set(fake.tokens) | set(fake.access_tokens)
    secrets |= {e[1] for e in fake.events if e[0] == "token-issued"} | {
        e[2] for e in fake.events if e[0] == "token-issued"
    }
    secrets |= {
        base64.b64encode(f"{u}:{p}".encode()).decode() for u, p in [(CLIENT_ID, CLIENT_SECRET), (MFA_EMAIL, PASSWORD)]
    }
    assert len(mfa_codes) >= 1 and len(secrets) > 15
    assert any(r.name == "kashoo" and r.levelno == logging.DEBUG for r in caplog.records)
    logged = [r.getMessage() for r in caplog.records] + [caplog.text]
    haystack = "\n".join(texts + logged)
    leaked = sorted(s for s in secrets if s and s in haystack)
    assert leaked == []


async def _expired_token_call(fake: FakeKashoo) -> None:
    auth = TokenAuth({"authenticationCode": "given-Code-77", "expiryDate": 1})
    async with fake.client(auth=auth) as kc:
        await get_me.asyncio(client=kc.api)


def test_redaction_helpers() -> None:
    from kashoo_ext._logging import redact_text, redact_url

    url = redact_url(httpx.URL("https://user:pw@h/cb?code=abc&state=xyz&page=2"))
    assert "abc" not in url and "xyz" not in url and "pw" not in url and "page=2" in url
    text = redact_text('Authorization: Bearer at-1 TOKEN json:{"authenticationCode":"c"} {"refreshToken": "r"}')
    assert "at-1" not in text and '"c"' not in text and '"r"' not in text
