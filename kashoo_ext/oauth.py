"""OAuth2 for third-party applications: authorization, code exchange, refresh with rotation.

1. Send the user to :meth:`OAuth2Auth.authorization_request` ``(...).url``; keep its ``state``.
2. On the redirect, :meth:`OAuth2Auth.complete_authorization` checks the ``state`` (constant
   time), exchanges the code (HTTP Basic with the client id and secret) and saves the tokens.
3. From then on every request carries ``Authorization: Bearer <access token>``; the token is
   refreshed shortly before it expires and once after a 401. Any number of concurrent
   requests cause one refresh, and the rotated refresh token is saved to the
   :class:`~kashoo_ext.tokens.TokenStore` before the new access token is used.

Example::

    auth = OAuth2Auth("my-client", secret, redirect_uri="https://app.example/cb",
                      store=FileTokenStore("tokens.json"))
    async with KashooClient(product=Product.TSA, auth=auth) as kc:
        request = kc.authorization_request()
        ...  # redirect the browser to request.url; the redirect comes back to callback_url
        await kc.complete_authorization(callback_url, expected_state=request.state)
"""

from __future__ import annotations

import asyncio
import hmac
import secrets
import time
from urllib.parse import urlencode

import attrs
import httpx

from kashoo_api_client.api.oauth2 import create_o_auth_2_token
from kashoo_api_client.client import AuthenticatedClient
from kashoo_api_client.models.o_auth_2_token_request import OAuth2TokenRequest

from ._logging import logger, redact_url
from .auth import REFRESH_HOLD_OFF, Credentials, basic_authorization, sending_as
from .errors import (
    TRANSIENT_ERRORS,
    AuthenticationError,
    ConfigurationError,
    KashooError,
    OAuthStateError,
    ValidationError,
)
from .tokens import MemoryTokenStore, OAuth2Tokens, TokenStore

__all__ = ["AuthorizationRequest", "OAuth2Auth", "verify_state"]


@attrs.frozen
class AuthorizationRequest:
    """Where to send the user's browser, and the ``state`` to check on the way back.

    Example::

        request = auth.authorization_request(kc.base_url)
        session["oauth_state"] = request.state
        return redirect(request.url)
    """

    url: str = attrs.field(repr=redact_url)
    state: str = attrs.field(repr=False)


def verify_state(expected: str, received: str | None) -> None:
    """Raise :class:`~kashoo_ext.errors.OAuthStateError` unless the states match (constant time).

    Example::

        verify_state(session.pop("oauth_state"), request.args.get("state"))
    """
    if not expected:
        raise ConfigurationError("verify_state needs the state that was sent")
    if received is None or not hmac.compare_digest(expected.encode(), received.encode()):
        raise OAuthStateError(
            "the OAuth2 state returned to the redirect URI does not match the one sent: "
            "the redirect may be forged; start the authorization again"
        )


class OAuth2Auth(Credentials):
    """OAuth2 credentials of a third-party application (authorization-code grant).

    ``refresh_before``: refresh when fewer seconds than this are left on the access token.
    ``store``: where the tokens are loaded from and saved to (in memory if not given).

    Example::

        OAuth2Auth("sandbox-client", "sandbox-secret",
                   redirect_uri="http://127.0.0.1:8976/callback", store=FileTokenStore(path))
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        redirect_uri: str | None = None,
        store: TokenStore | None = None,
        scope: str = "full-access",
        refresh_before: float = 60.0,
    ) -> None:
        if not client_id or not client_secret:
            raise ConfigurationError("OAuth2Auth needs a client_id and a client_secret")
        self._client_id = client_id
        self._basic = basic_authorization(client_id, client_secret)
        self._redirect_uri = redirect_uri
        self._store: TokenStore = store if store is not None else MemoryTokenStore()
        self._scope = scope
        self._refresh_before = refresh_before
        self._tokens: OAuth2Tokens | None = None
        # Tokens the server issued that are not saved yet. Until they are, they hold the only
        # valid refresh token: they are kept (never used) and saving them is retried first.
        self._unsaved: OAuth2Tokens | None = None
        # The refresh under way, as a task of its own: a caller cancelled mid-refresh (a
        # timeout, a failing task group) cannot abandon a rotation the server already made.
        self._rotation: asyncio.Task[OAuth2Tokens] | None = None
        # After a failed refresh ahead of expiry, the next attempt waits (monotonic time).
        self._hold_refresh_until = 0.0
        self._lock = asyncio.Lock()

    @property
    def client_id(self) -> str:
        """The application's client id."""
        return self._client_id

    @property
    def store(self) -> TokenStore:
        """Where the tokens are kept."""
        return self._store

    @property
    def tokens(self) -> OAuth2Tokens | None:
        """The tokens in use (``None`` before they are loaded or obtained)."""
        return self._tokens

    def authorization_request(self, base_url: str, *, state: str | None = None) -> AuthorizationRequest:
        """The authorize URL (under ``base_url``) with a fresh random ``state``."""
        if not self._redirect_uri:
            raise ConfigurationError("pass redirect_uri= (exactly as registered) to OAuth2Auth first")
        state = state or secrets.token_urlsafe(32)
        query = urlencode(
            {
                "client_id": self._client_id,
                "response_type": "code",
                "scope": self._scope,
                "redirect_uri": self._redirect_uri,
                "state": state,
            }
        )
        return AuthorizationRequest(url=f"{base_url.rstrip('/')}/oauth2/authorize?{query}", state=state)

    async def complete_authorization(
        self, api: AuthenticatedClient, callback_url: str, *, expected_state: str
    ) -> OAuth2Tokens:
        """Check the redirect's ``state``, exchange its ``code`` and save the tokens."""
        params = httpx.URL(callback_url).params
        # Check the state first: an error answer with a forged state is no answer at all.
        verify_state(expected_state, params.get("state"))
        if "error" in params:
            raise AuthenticationError(f"the authorization was refused: {params['error']}")
        code = params.get("code")
        if not code:
            raise AuthenticationError("the redirect carries no authorization code")
        return await self.exchange_code(api, code)

    async def exchange_code(self, api: AuthenticatedClient, code: str) -> OAuth2Tokens:
        """Exchange an authorization code for tokens and save them."""
        if not self._redirect_uri:
            raise ConfigurationError("pass redirect_uri= (exactly as registered) to OAuth2Auth first")
        body = OAuth2TokenRequest(grant_type="authorization_code", code=code, redirect_uri=self._redirect_uri)
        async with self._lock:
            tokens = await self._post(api, body, previous=None)
            await self._store.save(tokens)
            self._tokens = tokens
        logger.debug("OAuth2 code exchanged for tokens")
        return tokens

    async def authorization(self, api: AuthenticatedClient) -> str | None:
        tokens = self._tokens
        if (
            tokens is None
            or tokens.expires_within(0)
            or (tokens.expires_within(self._refresh_before) and time.monotonic() >= self._hold_refresh_until)
        ):
            try:
                tokens = await self._refresh(api, tokens)
            except TRANSIENT_ERRORS as error:
                # A refresh ahead of expiry that the network or the server failed: the current
                # access token still works until it expires, so use it and try again later.
                current = self._tokens
                if current is None or current.expires_within(0):
                    raise
                self._hold_refresh_until = time.monotonic() + REFRESH_HOLD_OFF
                logger.debug("OAuth2 refresh failed (%s); the current token is still valid", type(error).__name__)
                tokens = current
        return f"Bearer {tokens.access_token}"

    async def unauthorized(self, api: AuthenticatedClient, sent: str | None) -> bool:
        tokens = self._tokens
        if tokens is not None and f"Bearer {tokens.access_token}" != sent:
            return True  # another task refreshed meanwhile
        await self._refresh(api, tokens, force=True)
        return True

    async def _refresh(
        self, api: AuthenticatedClient, stale: OAuth2Tokens | None, *, force: bool = False
    ) -> OAuth2Tokens:
        """Refresh once for any number of concurrent callers that saw ``stale``."""
        async with self._lock:
            if self._rotation is None:
                current = self._tokens
                if current is not None and current is not stale:
                    return current  # refreshed by another task while this one waited
                tokens: OAuth2Tokens | None = None  # None: only save the unsaved tokens
                if self._unsaved is None:
                    # The store may hold newer tokens (first use, or another process rotated them).
                    stored = await self._store.load()
                    if (
                        stored is not None
                        and (stale is None or stored.access_token != stale.access_token)
                        and not stored.expires_within(self._refresh_before)
                    ):
                        self._tokens = stored
                        return stored
                    tokens = stored or current
                    if tokens is None:
                        raise AuthenticationError(
                            "no OAuth2 tokens yet: run the authorization first "
                            "(authorization_request, then complete_authorization)"
                        )
                    if not tokens.refresh_token:
                        raise AuthenticationError("the OAuth2 access token expired and there is no refresh token")
                    self._tokens = tokens  # still usable until it expires, if the refresh fails
                self._rotation = asyncio.get_running_loop().create_task(self._rotate(api, tokens, force))
                self._rotation.add_done_callback(self._rotation_done)
            rotation = self._rotation
        return await asyncio.shield(rotation)

    def _rotation_done(self, task: asyncio.Task[OAuth2Tokens]) -> None:
        if self._rotation is task:
            self._rotation = None
        if not task.cancelled():
            task.exception()  # retrieved here too: every caller may have been cancelled

    async def _rotate(self, api: AuthenticatedClient, tokens: OAuth2Tokens | None, force: bool) -> OAuth2Tokens:
        if tokens is not None:
            assert tokens.refresh_token is not None
            body = OAuth2TokenRequest(grant_type="refresh_token", refresh_token=tokens.refresh_token)
            try:
                self._unsaved = await self._post(api, body, previous=tokens)
            except AuthenticationError:
                # Refused: another process sharing the store may have rotated the token first.
                stored = await self._store.load()
                if stored is not None and stored.refresh_token != tokens.refresh_token:
                    self._tokens = stored
                    return stored
                raise
        fresh = self._unsaved
        assert fresh is not None
        # The old refresh token is dead now: persist the new one before anything uses it.
        await self._store.save(fresh)
        self._tokens, self._unsaved = fresh, None
        logger.debug("OAuth2 access token refreshed%s", " after a 401" if force else "")
        return fresh

    async def _post(
        self, api: AuthenticatedClient, body: OAuth2TokenRequest, *, previous: OAuth2Tokens | None
    ) -> OAuth2Tokens:
        try:
            with sending_as(self._basic):
                response = await create_o_auth_2_token.asyncio_detailed(client=api, body=body)
        except AuthenticationError as error:
            raise _refused("the OAuth2 token endpoint refused the client id/secret (invalid_client)", error) from None
        except ValidationError as error:
            if error.code == "invalid_grant":
                raise _refused(
                    "the OAuth2 grant was refused (invalid_grant): the code or refresh token is used "
                    "up or revoked; send the user through the authorization again",
                    error,
                ) from None
            raise
        parsed = response.parsed
        if parsed is None:
            raise AuthenticationError("the OAuth2 token endpoint gave no token")
        return OAuth2Tokens.from_response(parsed, previous=previous)

    def __repr__(self) -> str:
        return f"OAuth2Auth(client_id={self._client_id!r}, client_secret=[REDACTED], store={self._store!r})"


def _refused(message: str, error: KashooError) -> AuthenticationError:
    """An AuthenticationError that says what to do, with the refused request's context."""
    return AuthenticationError(message, status=error.status, method=error.method, url=error.url, code=error.code)
