"""OAuth2: authorize URL and state, code exchange, single-flight refresh with rotation, stores."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import stat
from pathlib import Path

import httpx
import pytest

from kashoo_api_client.api.records import list_records
from kashoo_api_client.api.users import get_me
from kashoo_ext import (
    AuthenticationError,
    FileTokenStore,
    MemoryTokenStore,
    OAuth2Auth,
    OAuth2Tokens,
    OAuthStateError,
    OutcomeUnknownError,
    verify_state,
)
from kashoo_ext.auth import basic_authorization

from .fakes import BUSINESS_ID, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, FakeKashoo


class RecordingStore(MemoryTokenStore):
    """A store that logs each save into the fake server's event list (to check the order)."""

    def __init__(self, events: list[tuple[str, ...]], tokens: OAuth2Tokens | None = None) -> None:
        super().__init__(tokens)
        self.events = events
        self.saved: list[OAuth2Tokens] = []

    async def save(self, tokens: OAuth2Tokens) -> None:
        await asyncio.sleep(0.001)  # a slow disk: the new token must not be used meanwhile
        await super().save(tokens)
        self.saved.append(tokens)
        self.events.append(("saved", tokens.access_token, tokens.refresh_token or ""))


def _expired_tokens(fake: FakeKashoo) -> OAuth2Tokens:
    access, refresh = fake.issue_access_token(lifetime=-1)
    return OAuth2Tokens(
        access_token=access, refresh_token=refresh, expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    )


def _auth(store: object) -> OAuth2Auth:
    return OAuth2Auth(CLIENT_ID, CLIENT_SECRET, redirect_uri=REDIRECT_URI, store=store)  # type: ignore[arg-type]


async def test_100_concurrent_calls_on_an_expired_token_refresh_once(fake: FakeKashoo) -> None:
    """Acceptance: one refresh, all succeed, the rotated token is saved before it is used."""
    fake.add_record()
    store = RecordingStore(fake.events, _expired_tokens(fake))
    async with fake.client(auth=_auth(store)) as kc:
        results = await asyncio.gather(*(list_records.asyncio(BUSINESS_ID, client=kc.api) for _ in range(100)))
    assert all(r is not None and len(r) == 1 for r in results)
    assert fake.count("POST", "/oauth2/token") == 1
    issued = [e for e in fake.events if e[0] == "token-issued"]
    assert len(issued) == 1
    _, access, refresh = issued[0]
    saved_at = fake.events.index(("saved", access, refresh))
    first_use = next(i for i, e in enumerate(fake.events) if e[0] == "request" and e[3] == f"Bearer {access}")
    assert saved_at < first_use
    assert sum(1 for e in fake.events if e[0] == "request" and e[3] == f"Bearer {access}") == 100


async def test_proactive_refresh_shortly_before_expiry(fake: FakeKashoo) -> None:
    access, refresh = fake.issue_access_token(lifetime=30)
    soon = OAuth2Tokens(access, refresh, dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30))
    auth = _auth(MemoryTokenStore(soon))
    async with fake.client(auth=auth) as kc:
        await get_me.asyncio(client=kc.api)
    assert fake.count("POST", "/oauth2/token") == 1  # 30 s left < refresh_before=60 s
    assert auth.tokens is not None and auth.tokens.access_token != access


async def test_401_refreshes_once_and_retries(fake: FakeKashoo) -> None:
    access, refresh = fake.issue_access_token()
    store = RecordingStore(fake.events, OAuth2Tokens(access, refresh, dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)))
    async with fake.client(auth=_auth(store)) as kc:
        await get_me.asyncio(client=kc.api)
        fake.access_tokens.clear()  # revoked server-side
        await asyncio.gather(*(get_me.asyncio(client=kc.api) for _ in range(20)))
    assert fake.count("POST", "/oauth2/token") == 1
    assert len(store.saved) == 1


async def test_rotated_refresh_token_is_the_one_used_next(fake: FakeKashoo) -> None:
    store = RecordingStore(fake.events, _expired_tokens(fake))
    auth = _auth(store)
    async with fake.client(auth=auth) as kc:
        await get_me.asyncio(client=kc.api)
        first = store.saved[-1]
        fake.access_tokens.clear()
        await get_me.asyncio(client=kc.api)
    second_refresh = [r for r in fake.requests if r.url.path.endswith("/oauth2/token")][1]
    assert f"refresh_token={first.refresh_token}" in second_refresh.content.decode()


async def test_refused_refresh_token_says_to_authorize_again(fake: FakeKashoo) -> None:
    tokens = _expired_tokens(fake)
    fake.refresh_tokens.clear()  # already used elsewhere
    async with fake.client(auth=_auth(MemoryTokenStore(tokens))) as kc:
        with pytest.raises(AuthenticationError, match=r"invalid_grant.*authorization again"):
            await get_me.asyncio(client=kc.api)


async def test_refresh_post_is_never_silently_resent(fake: FakeKashoo) -> None:
    def drop(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/oauth2/token"):
            raise httpx.RemoteProtocolError("dropped", request=request)
        return None

    fake.fault = drop
    async with fake.client(auth=_auth(MemoryTokenStore(_expired_tokens(fake)))) as kc:
        with pytest.raises(OutcomeUnknownError):
            await get_me.asyncio(client=kc.api)
    assert fake.count("POST", "/oauth2/token") == 1


async def test_no_tokens_yet_fails_before_sending(fake: FakeKashoo) -> None:
    async with fake.client(auth=_auth(MemoryTokenStore())) as kc:
        with pytest.raises(AuthenticationError, match="run the authorization first"):
            await get_me.asyncio(client=kc.api)
    assert fake.requests == []


async def test_authorization_code_flow(fake: FakeKashoo, tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "tokens.json")
    async with fake.client(auth=_auth(store)) as kc:
        request = kc.authorization_request()
        url = httpx.URL(request.url)
        assert url.path == "/api/oauth2/authorize"
        assert url.params["client_id"] == CLIENT_ID and url.params["redirect_uri"] == REDIRECT_URI
        assert url.params["response_type"] == "code" and url.params["scope"] == "full-access"
        assert url.params["state"] == request.state and len(request.state) >= 32
        assert request.state not in repr(request)
        assert kc.authorization_request().state != request.state
        fake.codes.add("code-1")
        callback = f"{REDIRECT_URI}?code=code-1&state={request.state}"
        with pytest.raises(OAuthStateError):
            await kc.complete_authorization(f"{REDIRECT_URI}?code=code-1&state=forged", expected_state=request.state)
        tokens = await kc.complete_authorization(callback, expected_state=request.state)
        assert await get_me.asyncio(client=kc.api) is not None
    exchange = next(r for r in fake.requests if r.url.path.endswith("/oauth2/token"))
    assert exchange.headers["authorization"].startswith("Basic ")
    assert "grant_type=authorization_code" in exchange.content.decode()
    assert (await store.load()) == tokens


def test_verify_state() -> None:
    verify_state("abc", "abc")
    for bad in ("abd", "", None):
        with pytest.raises(OAuthStateError):
            verify_state("abc", bad)


async def test_file_store_is_atomic_and_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "tokens.json"
    store = FileTokenStore(path)
    assert await store.load() is None
    tokens = OAuth2Tokens("a-1", "r-1", dt.datetime(2030, 1, 1, tzinfo=dt.UTC), user_id="5")
    await store.save(tokens)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert await store.load() == tokens
    await store.save(OAuth2Tokens("a-2", "r-2"))
    assert (await store.load()) == OAuth2Tokens("a-2", "r-2")
    assert os.listdir(path.parent) == ["tokens.json"]  # no temporary files left behind
    assert "a-2" not in repr(await store.load()) and "r-2" not in repr(await store.load())


async def test_another_process_rotated_the_tokens(fake: FakeKashoo, tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    first = FileTokenStore(path)
    await first.save(_expired_tokens(fake))
    async with fake.client(auth=_auth(first)) as kc:
        await get_me.asyncio(client=kc.api)
    # A second process starts from the file and must not reuse the consumed refresh token.
    async with fake.client(auth=_auth(FileTokenStore(path))) as kc:
        await get_me.asyncio(client=kc.api)
    assert fake.count("POST", "/oauth2/token") == 1


class ServerActsThenWaits(httpx.AsyncBaseTransport):
    """The fake server handles the request at once (a refresh rotates the token), then the answer
    takes `delay` seconds to arrive: a caller can be cancelled after the server acted."""

    def __init__(self, fake: FakeKashoo, delay: float) -> None:
        self.fake, self.delay = fake, delay

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        response = self.fake.handle(request)
        if request.url.path.endswith("/oauth2/token"):
            await asyncio.sleep(self.delay)
        return response


def _issued(fake: FakeKashoo) -> list[tuple[str, ...]]:
    return [e for e in fake.events if e[0] == "token-issued"]


async def test_a_caller_cancelled_mid_refresh_does_not_lose_the_rotated_token(fake: FakeKashoo) -> None:
    store = RecordingStore(fake.events, _expired_tokens(fake))
    async with fake.client(auth=_auth(store), transport=ServerActsThenWaits(fake, 0.2)) as kc:
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):  # the caller gives up after the server rotated
                await get_me.asyncio(client=kc.api)
        assert await get_me.asyncio(client=kc.api) is not None  # no invalid_grant: nothing was lost
    assert fake.count("POST", "/oauth2/token") == 1
    ((_, access, refresh),) = _issued(fake)
    assert store.saved[-1].refresh_token == refresh and store.saved[-1].access_token == access


class FailingOnceStore(RecordingStore):
    failed = False

    async def save(self, tokens: OAuth2Tokens) -> None:
        if not self.failed:
            self.failed = True
            raise OSError(28, "No space left on device")
        await super().save(tokens)


async def test_tokens_that_could_not_be_saved_are_kept_and_saved_before_use(fake: FakeKashoo) -> None:
    store = FailingOnceStore(fake.events, _expired_tokens(fake))
    async with fake.client(auth=_auth(store)) as kc:
        with pytest.raises(OSError, match="No space left"):
            await get_me.asyncio(client=kc.api)
        assert await get_me.asyncio(client=kc.api) is not None
    assert fake.count("POST", "/oauth2/token") == 1  # the rotated tokens were kept, not asked for again
    ((_, access, refresh),) = _issued(fake)
    saved_at = fake.events.index(("saved", access, refresh))
    first_use = next(i for i, e in enumerate(fake.events) if e[0] == "request" and e[3] == f"Bearer {access}")
    assert saved_at < first_use


async def test_a_failed_refresh_ahead_of_expiry_keeps_using_the_valid_token(fake: FakeKashoo) -> None:
    access, refresh = fake.issue_access_token(lifetime=30)
    soon = OAuth2Tokens(access, refresh, dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30))
    fake.fault = lambda request: (
        httpx.Response(503, text="down for maintenance") if request.url.path.endswith("/oauth2/token") else None
    )
    async with fake.client(auth=_auth(MemoryTokenStore(soon))) as kc:
        assert await get_me.asyncio(client=kc.api) is not None
    assert fake.count("POST", "/oauth2/token") == 1


async def test_invalid_grant_after_another_process_rotated_uses_its_tokens(fake: FakeKashoo) -> None:
    class RacingStore(MemoryTokenStore):
        """Another process sharing the store rotates the token right after this one loaded it."""

        loads = 0

        async def load(self) -> OAuth2Tokens | None:
            loaded = await super().load()
            self.loads += 1
            if self.loads == 1 and loaded is not None:
                other = fake.handle(
                    httpx.Request(
                        "POST",
                        "https://fake.test/api/oauth2/token",
                        data={"grant_type": "refresh_token", "refresh_token": loaded.refresh_token or ""},
                        headers={"Authorization": basic_authorization(CLIENT_ID, CLIENT_SECRET)},
                    )
                )
                body = other.json()
                await self.save(
                    OAuth2Tokens(
                        body["access_token"],
                        body["refresh_token"],
                        dt.datetime.now(dt.UTC) + dt.timedelta(seconds=body["expires_in"]),
                    )
                )
            return loaded

    store = RacingStore(_expired_tokens(fake))
    async with fake.client(auth=_auth(store)) as kc:
        assert await get_me.asyncio(client=kc.api) is not None
    assert fake.count("POST", "/oauth2/token") == 2  # the other process's, and this one's refused one
