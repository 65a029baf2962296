"""Credentials: how requests are authenticated, and how tokens are obtained and renewed.

Every kind of credentials is a :class:`Credentials`; the client's ``httpx.Auth`` flow asks it
for the ``Authorization`` value before each request (logging in or renewing first if needed,
under one lock so concurrent requests cause one login) and tells it about a 401 (it may log
in again once). First-party logins go through the generated ``create_auth_token``.

Example::

    async def ask_code() -> str:
        return await asyncio.to_thread(input, "SMS code: ")

    auth = PasswordAuth("me@example.com", password, mfa_callback=ask_code)
    async with KashooClient(product=Product.KASHOO, auth=auth) as kc:
        me = await get_me.asyncio(client=kc.api)
"""

from __future__ import annotations

import abc
import asyncio
import base64
import contextlib
import contextvars
import datetime as dt
import json
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any, Final, Literal, TypedDict, Unpack

import attrs

from kashoo_api_client.api.auth_tokens import create_auth_token
from kashoo_api_client.api.mfa import send_or_verify_mfa_code
from kashoo_api_client.client import AuthenticatedClient
from kashoo_api_client.models.auth_token import AuthToken
from kashoo_api_client.models.auth_token_request import AuthTokenRequest
from kashoo_api_client.types import UNSET, Unset

from ._logging import logger
from .convert import to_datetime
from .errors import TRANSIENT_ERRORS, AuthenticationError, ConfigurationError, MfaRequiredError, TokenExpiredError

__all__ = [
    "BearerAuth",
    "Credentials",
    "FirstPartyAuth",
    "FirstPartyToken",
    "MfaCallback",
    "PasswordAuth",
    "SsoAuth",
    "TokenAuth",
]

#: Seconds between attempts to renew (or refresh) a token ahead of its expiry while the
#: network or the server keeps failing them.
REFRESH_HOLD_OFF = 5.0

#: An async callable that returns the SMS code the user received.
MfaCallback = Callable[[], Awaitable[str]]
HeaderStyle = Literal["json", "uuid"]

_NO_OVERRIDE: Final = object()
# Set while credentials send their own requests (login, MFA, token exchange) through the
# same client: the Authorization value to send instead of the credentials' own (None: none).
_authorization_override: contextvars.ContextVar[object] = contextvars.ContextVar(
    "kashoo_authorization_override", default=_NO_OVERRIDE
)


@contextlib.contextmanager
def sending_as(authorization: str | None) -> Iterator[None]:
    """Within this block, requests of this task carry ``authorization`` (or no Authorization)."""
    reset = _authorization_override.set(authorization)
    try:
        yield
    finally:
        _authorization_override.reset(reset)


def authorization_override() -> object:
    """The value set by :func:`sending_as` in this task, or ``NO_OVERRIDE``."""
    return _authorization_override.get()


NO_OVERRIDE: Final = _NO_OVERRIDE


def basic_authorization(user: str, password: str) -> str:
    """The value of an HTTP Basic ``Authorization`` header."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


class Credentials(abc.ABC):
    """The base of every way to authenticate; subclass it for a custom scheme.

    Example::

        class ApiKeyAuth(Credentials):
            async def authorization(self, api):
                return "ApiKey " + self._key
    """

    @abc.abstractmethod
    async def authorization(self, api: AuthenticatedClient) -> str | None:
        """The ``Authorization`` value for the next request; may log in or renew first."""

    async def unauthorized(self, api: AuthenticatedClient, sent: str | None) -> bool:
        """The server answered 401 to ``sent``: return True to have the request sent once more."""
        return False


class BearerAuth(Credentials):
    """A fixed ``Authorization: Bearer`` token (an OAuth2 access token you manage yourself, or
    the subscription service's token).

    Example::

        KashooClient(auth=BearerAuth(os.environ["KASHOO_ACCESS_TOKEN"]))
    """

    def __init__(self, token: str) -> None:
        if not token:
            raise ConfigurationError("BearerAuth needs a non-empty token")
        self._header = f"Bearer {token}"

    async def authorization(self, api: AuthenticatedClient) -> str | None:
        return self._header

    def __repr__(self) -> str:
        return "BearerAuth(token=[REDACTED])"


@attrs.frozen
class FirstPartyToken:
    """A first-party token as the server sent it, and the ``Authorization`` value made from it
    once (not per request). The secret parts are left out of ``repr()``.

    Example::

        token = auth.token
        print(token.user_id, token.expires_at)
        save(token.to_dict())  # later: TokenAuth(saved_dict)
    """

    raw: dict[str, Any] = attrs.field(repr=False)
    header: str = attrs.field(repr=False)
    expires_at: dt.datetime | None

    @property
    def user_id(self) -> int | None:
        """The ``myUserId`` of the token."""
        value = self.raw.get("myUserId")
        return value if isinstance(value, int) else None

    @property
    def authentication_code(self) -> str:
        """The secret code inside the token."""
        return str(self.raw["authenticationCode"])

    def to_dict(self) -> dict[str, Any]:
        """The token's JSON object (a copy), to store and pass to :class:`TokenAuth` later."""
        return dict(self.raw)

    def expires_within(self, seconds: float) -> bool:
        """True if fewer than ``seconds`` are left (False if the expiry is unknown)."""
        if self.expires_at is None:
            return False
        return (self.expires_at - dt.datetime.now(dt.UTC)).total_seconds() < seconds

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any], style: HeaderStyle) -> FirstPartyToken:
        code = raw.get("authenticationCode")
        if not isinstance(code, str) or not code:
            raise AuthenticationError("the login answer carried no authenticationCode")
        data = dict(raw)
        # Compact JSON: the header carries the token object byte for byte, without spaces.
        header = "TOKEN json:" + json.dumps(data, separators=(",", ":")) if style == "json" else "TOKEN uuid:" + code
        expiry = data.get("expiryDate")
        expires_at = to_datetime(expiry) if isinstance(expiry, int | str) and expiry != "" else None
        return cls(raw=data, header=header, expires_at=expires_at)


class FirstPartyOptions(TypedDict, total=False):
    """Options every first-party credential takes, with their defaults in :class:`FirstPartyAuth`:
    ``duration`` (token lifetime asked for, 24 h), ``renew_before`` (seconds, 300), ``site``
    and ``locale`` (sent with the login)."""

    duration: dt.timedelta
    renew_before: float
    site: str | None
    locale: str | None


class FirstPartyAuth(Credentials):
    """First-party Kashoo tokens (``Authorization: TOKEN json:{...}`` or ``TOKEN uuid:...``).

    The token is renewed (``POST /authTokens`` with the current token and a ``duration``, no
    password) when less than ``renew_before`` seconds are left. Once it has expired, or after
    a 401, subclasses that hold credentials log in again; the others raise
    :class:`~kashoo_ext.errors.TokenExpiredError`.

    Use :class:`PasswordAuth`, :class:`SsoAuth` or :class:`TokenAuth`.

    Example::

        auth = PasswordAuth(email, password, renew_before=600, header_style="uuid")
        isinstance(auth, FirstPartyAuth)  # True
    """

    def __init__(
        self,
        *,
        duration: dt.timedelta = dt.timedelta(hours=24),
        header_style: HeaderStyle = "json",
        renew_before: float = 300.0,
        site: str | None = None,
        locale: str | None = None,
    ) -> None:
        if header_style not in ("json", "uuid"):
            raise ConfigurationError(f"header_style must be 'json' or 'uuid', got {header_style!r}")
        if duration <= dt.timedelta(0):
            raise ConfigurationError(f"duration must be positive, got {duration!r}")
        if dt.timedelta(seconds=renew_before) >= duration:
            raise ConfigurationError(
                f"renew_before ({renew_before:g} s) must be shorter than the token's duration ({duration}); "
                "otherwise every request would renew the token first"
            )
        self._duration_ms = int(duration / dt.timedelta(milliseconds=1))
        self._style: HeaderStyle = header_style
        self._renew_before = renew_before
        self._site = site
        self._locale = locale
        self._session: FirstPartyToken | None = None
        # After a renewal the network or the server failed, the next attempt waits (monotonic).
        self._hold_renewal_until = 0.0
        self._lock = asyncio.Lock()

    @property
    def token(self) -> FirstPartyToken | None:
        """The current token (``None`` before the first login)."""
        return self._session

    @property
    def can_log_in(self) -> bool:
        """True if these credentials can log in again without the user."""
        return False

    async def _log_in(self, api: AuthenticatedClient) -> FirstPartyToken:
        raise TokenExpiredError(
            "the Kashoo token has expired or was refused, and these credentials cannot log in "
            "again: create the client with PasswordAuth (or a fresh token)"
        )

    async def authorization(self, api: AuthenticatedClient) -> str | None:
        session = self._session
        if (
            session is None
            or session.expires_within(0)
            or (session.expires_within(self._renew_before) and time.monotonic() >= self._hold_renewal_until)
        ):
            session = await self._replace(api, session, renew=True)
        return session.header

    async def unauthorized(self, api: AuthenticatedClient, sent: str | None) -> bool:
        session = self._session
        if session is not None and session.header != sent:
            return True  # another task already replaced the token
        await self._replace(api, session, renew=False)
        return True

    async def _replace(
        self, api: AuthenticatedClient, stale: FirstPartyToken | None, *, renew: bool
    ) -> FirstPartyToken:
        """Log in or renew, once for any number of concurrent callers holding ``stale``."""
        async with self._lock:
            current = self._session
            if current is not stale and current is not None:
                return current
            if stale is not None and renew and not stale.expires_within(0):
                try:
                    self._session = await self._renew(api, stale)
                    return self._session
                except TRANSIENT_ERRORS as error:
                    # The network or the server failed the renewal, not the token: it still
                    # works until it expires, so use it and try again a little later.
                    self._hold_renewal_until = time.monotonic() + REFRESH_HOLD_OFF
                    logger.debug("token renewal failed (%s); the current token is still valid", type(error).__name__)
                    return stale
                except AuthenticationError:
                    if not self.can_log_in:
                        raise
                    logger.debug("token renewal refused; logging in again")
            self._session = await self._log_in(api)
            return self._session

    async def _renew(self, api: AuthenticatedClient, stale: FirstPartyToken) -> FirstPartyToken:
        body = AuthTokenRequest(duration=self._duration_ms)
        with sending_as(stale.header):
            response = await create_auth_token.asyncio_detailed(client=api, body=body)
        logger.debug("first-party token renewed")
        return self._session_from(response.content)

    def _request(self, **fields: Any) -> AuthTokenRequest:
        return AuthTokenRequest(
            duration=self._duration_ms,
            site=self._site if self._site is not None else UNSET,
            lc=self._locale if self._locale is not None else "en_US",
            **fields,
        )

    def _session_from(self, content: bytes) -> FirstPartyToken:
        try:
            raw = json.loads(content)
        except ValueError:
            # Without a JSON Accept header the body is the bare token.
            raw = {"authenticationCode": content.decode("utf-8", "replace").strip()}
        if not isinstance(raw, dict):
            raise AuthenticationError("the login answer was not a token object")
        return FirstPartyToken.from_raw(raw, self._style)


class PasswordAuth(FirstPartyAuth):
    """Email and password login, with SMS MFA through an async callback.

    When the server answers ``mfa_required``, a code is requested (``POST /mfa``), the
    ``mfa_callback`` is awaited for it and the login is repeated with it. Without a callback
    :class:`~kashoo_ext.errors.MfaRequiredError` is raised. The password is kept to log in
    again when the token expires; it never appears in ``repr()``, logs or errors.

    Example::

        PasswordAuth("me@example.com", os.environ["KASHOO_PASSWORD"], mfa_callback=ask_code)
    """

    def __init__(
        self,
        email: str,
        password: str,
        *,
        mfa_callback: MfaCallback | None = None,
        header_style: HeaderStyle = "json",
        **options: Unpack[FirstPartyOptions],
    ) -> None:
        if not email or not password:
            raise ConfigurationError("PasswordAuth needs both an email and a password")
        super().__init__(header_style=header_style, **options)
        self._email = email
        self._password = password
        self._mfa_callback = mfa_callback

    @property
    def email(self) -> str:
        """The login email."""
        return self._email

    @property
    def can_log_in(self) -> bool:
        return True

    async def _log_in(self, api: AuthenticatedClient) -> FirstPartyToken:
        try:
            return await self._post_login(api, UNSET)
        except MfaRequiredError:
            if self._mfa_callback is None:
                raise MfaRequiredError(
                    "this user has SMS MFA: pass mfa_callback= (an async function returning the code) to PasswordAuth",
                    status=401,
                    code="mfa_required",
                ) from None
        # Ask the server to send a code, then wait for the user to type it.
        with sending_as(basic_authorization(self._email, self._password)):
            await send_or_verify_mfa_code.asyncio_detailed(client=api)
        logger.debug("MFA code requested; awaiting the callback")
        code = (await self._mfa_callback()).strip()
        if not code:
            raise MfaRequiredError("the MFA callback returned an empty code", status=401, code="mfa_required")
        return await self._post_login(api, code)

    async def _post_login(self, api: AuthenticatedClient, mfa_code: str | Unset) -> FirstPartyToken:
        body = self._request(email=self._email, password=self._password, mfa_code=mfa_code)
        with sending_as(None):
            response = await create_auth_token.asyncio_detailed(client=api, body=body)
        logger.debug("logged in with email and password%s", " and an MFA code" if mfa_code else "")
        return self._session_from(response.content)

    def __repr__(self) -> str:
        return f"PasswordAuth(email={self._email!r}, password=[REDACTED])"


class SsoAuth(FirstPartyAuth):
    """Single sign-on login (``provider`` such as ``"google"`` + the provider's auth code).

    The auth code is used once; the token is then renewed while it is valid. After it
    expires a new auth code is needed (:class:`~kashoo_ext.errors.TokenExpiredError`).

    Example::

        SsoAuth("google", auth_code_from_google)
    """

    def __init__(
        self,
        provider: str,
        auth_code: str,
        *,
        header_style: HeaderStyle = "json",
        **options: Unpack[FirstPartyOptions],
    ) -> None:
        if not provider or not auth_code:
            raise ConfigurationError("SsoAuth needs a provider and an auth code")
        super().__init__(header_style=header_style, **options)
        self._provider = provider
        self._auth_code: str | None = auth_code

    async def _log_in(self, api: AuthenticatedClient) -> FirstPartyToken:
        code, self._auth_code = self._auth_code, None  # single use
        if code is None:
            return await super()._log_in(api)
        body = self._request(provider=self._provider, auth_code=code)
        with sending_as(None):
            response = await create_auth_token.asyncio_detailed(client=api, body=body)
        logger.debug("logged in through %s", self._provider)
        return self._session_from(response.content)

    def __repr__(self) -> str:
        return f"SsoAuth(provider={self._provider!r}, auth_code=[REDACTED])"


class TokenAuth(FirstPartyAuth):
    """An existing first-party token: an ``AuthToken``, its JSON dict, or the bare code.

    It is renewed before it expires; once expired, :class:`~kashoo_ext.errors.TokenExpiredError`.

    Example::

        TokenAuth(saved_token_dict)                       # TOKEN json:{...}
        TokenAuth("9b1d...", header_style="uuid")          # TOKEN uuid:9b1d...
    """

    def __init__(
        self,
        token: AuthToken | Mapping[str, Any] | str,
        *,
        header_style: HeaderStyle | None = None,
        **options: Unpack[FirstPartyOptions],
    ) -> None:
        if isinstance(token, str):
            raw: dict[str, Any] = {"authenticationCode": token}
            style: HeaderStyle = header_style or "uuid"
        else:
            raw = token.to_dict() if isinstance(token, AuthToken) else dict(token)
            style = header_style or "json"
        super().__init__(header_style=style, **options)
        try:
            self._session = FirstPartyToken.from_raw(raw, style)
        except AuthenticationError:
            raise ConfigurationError("TokenAuth needs a token with an authenticationCode") from None

    def __repr__(self) -> str:
        return f"TokenAuth(token=[REDACTED], header_style={self._style!r})"
