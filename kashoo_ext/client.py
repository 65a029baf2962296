"""``KashooClient``: one ``httpx.AsyncClient`` set up for Kashoo, and the generated client on top.

The request flow: the generated function -> ``httpx.AsyncClient`` -> the client's
``httpx.Auth`` flow (product guard, credentials, one retry after a 401, typed errors) ->
:class:`~kashoo_ext.transport.RetryTransport` (rate limit, retries) -> the network.

Example::

    from kashoo_api_client.api.records import list_records
    from kashoo_ext import KashooClient, PasswordAuth, Product

    async with KashooClient(product=Product.TSA, auth=PasswordAuth(email, password)) as kc:
        records = await list_records.asyncio(business_id, client=kc.api)
"""

from __future__ import annotations

import types
from collections.abc import AsyncGenerator, Generator, Mapping
from importlib.metadata import PackageNotFoundError, version
from typing import Any, Self

import httpx

from kashoo_api_client.client import AuthenticatedClient

from .auth import NO_OVERRIDE, Credentials, authorization_override
from .config import Settings
from .errors import ConfigurationError, error_from_response
from .oauth import AuthorizationRequest, OAuth2Auth
from .products import Product, ProductGuard
from .ratelimit import RateLimiter
from .tokens import OAuth2Tokens
from .transport import Retries, RetryTransport

__all__ = ["DEFAULT_TIMEOUT", "KashooClient"]

#: 30 s per request, 10 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_RATE_LIMIT = 10.0
try:
    _VERSION = version("kashoo-sdk")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    _VERSION = "0"
USER_AGENT = f"kashoo-sdk/{_VERSION} httpx/{httpx.__version__}"
_UNSET: Any = object()


class _KashooFlow(httpx.Auth):
    """The per-request flow: guard, credentials (with one retry after a 401), typed errors.

    It is an ``httpx.Auth`` because that is the only httpx extension point that runs before
    anything is sent *and* sees the final response after a re-sent request.
    """

    def __init__(self, guard: ProductGuard | None, credentials: Credentials | None) -> None:
        self.guard = guard
        self.credentials = credentials
        self.api: AuthenticatedClient | None = None

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("kashoo_ext is async only: send requests with an httpx.AsyncClient")

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self.guard is not None:
            self.guard.check_request(request)
        credentials, sent = self.credentials, None
        override = authorization_override()
        if override is not NO_OVERRIDE:
            # The credentials' own requests (login, MFA, token exchange).
            credentials = None
            if override is None:
                request.headers.pop("Authorization", None)
            else:
                request.headers["Authorization"] = str(override)
        elif credentials is not None:
            assert self.api is not None
            sent = await credentials.authorization(self.api)
            if sent is not None:
                request.headers["Authorization"] = sent
        response = yield request
        status = response.status_code
        if status == 401 and credentials is not None:
            assert self.api is not None
            await response.aread()  # frees the connection before the (maybe long) re-login
            if await credentials.unauthorized(self.api, sent):
                sent = await credentials.authorization(self.api)
                if sent is not None:
                    request.headers["Authorization"] = sent
                response = yield request
                status = response.status_code
        if status >= 400:
            await response.aread()
            error = error_from_response(response)
            if error is not None:
                raise error


class KashooClient:
    """The entry point: an async context manager that owns one ``httpx.AsyncClient``.

    Pass ``kc.api`` as ``client=`` to any generated function. Options:

    - ``product``: :class:`Product` (``"kashoo"`` or ``"tsa"``) — picks the host and which
      operations are allowed (others raise before anything is sent). Without it: guessed from
      ``base_url`` (:meth:`Product.guess`), else Kashoo classic;
    - ``base_url``: another host for that product (sandbox, staging, proxy);
    - ``auth``: :class:`~kashoo_ext.auth.PasswordAuth`, :class:`~kashoo_ext.auth.SsoAuth`,
      :class:`~kashoo_ext.auth.TokenAuth`, :class:`~kashoo_ext.oauth.OAuth2Auth`,
      :class:`~kashoo_ext.auth.BearerAuth` or None;
    - ``timeout``: seconds or an ``httpx.Timeout``; ``retries``: :class:`Retries` or a count;
    - ``rate_limit``: requests per second shared by all tasks (None or 0: off), or a
      :class:`RateLimiter`;
    - ``headers``: extra headers; ``Accept: application/json`` is sent by default;
    - ``transport``: your own innermost transport (wrapped with retries and rate limiting);
    - ``http_client``: your own ``httpx.AsyncClient``; kashoo_ext installs its auth flow on it
      but leaves its transport alone (wrap yours in :class:`RetryTransport` if you want retries)
      and does not close it.

    Example::

        async with KashooClient(product="tsa", base_url="http://127.0.0.1:8000/tsa/api",
                                auth=PasswordAuth(email, password), rate_limit=None) as kc:
            me = await get_me.asyncio(client=kc.api)
    """

    def __init__(
        self,
        *,
        product: Product | str | None = None,
        base_url: str | None = None,
        auth: Credentials | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retries: Retries | int | None = None,
        rate_limit: float | RateLimiter | None = DEFAULT_RATE_LIMIT,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        check_product: bool = True,
    ) -> None:
        if product is not None:
            self._product = Product.parse(product)
        elif base_url is not None:
            self._product = Product.guess(base_url)
        else:
            self._product = Product.KASHOO
        if auth is not None and not isinstance(auth, Credentials):
            raise ConfigurationError(
                f"auth must be PasswordAuth, SsoAuth, TokenAuth, OAuth2Auth or BearerAuth, got {type(auth).__name__}"
            )
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass transport= or http_client=, not both")
        self._auth = auth
        url = self._base_url_for(base_url, http_client)
        self._base_url = str(url).rstrip("/")
        guard = ProductGuard(self._product, url.path) if check_product else None
        self._flow = _KashooFlow(guard, auth)

        all_headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
        if headers:
            all_headers.update(headers)
        self._owns_http = http_client is None
        if http_client is None:
            self._transport: RetryTransport | None = RetryTransport(
                transport,
                retries=_retries(retries),
                rate_limiter=_rate_limiter(rate_limit),
            )
            http_client = httpx.AsyncClient(
                base_url=url,
                headers=all_headers,
                timeout=timeout,
                auth=self._flow,
                transport=self._transport,
            )
        else:
            self._transport = None
            http_client.auth = self._flow
            if not str(http_client.base_url).strip("/"):
                http_client.base_url = url
            for name, value in all_headers.items():
                http_client.headers.setdefault(name, value)
        self._http = http_client
        self._api = AuthenticatedClient(base_url=self._base_url, token="").set_async_httpx_client(http_client)
        self._flow.api = self._api

    def _base_url_for(self, base_url: str | None, http_client: httpx.AsyncClient | None) -> httpx.URL:
        if base_url is None and http_client is not None and str(http_client.base_url).strip("/"):
            return http_client.base_url
        raw = base_url if base_url is not None else self._product.base_url
        try:
            url = httpx.URL(raw)
        except (httpx.InvalidURL, TypeError):
            raise ConfigurationError(f"base_url {raw!r} is not a URL") from None
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigurationError(
                f"base_url must be an absolute http(s) URL such as https://api.kashoo.com/api, got {raw!r}"
            )
        if url.query or url.fragment:
            raise ConfigurationError(f"base_url must not have a query or fragment, got {raw!r}")
        return url.copy_with(path=url.path.rstrip("/") or "/")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> KashooClient:
        """A client configured from ``KASHOO_*`` variables (see :mod:`kashoo_ext.config`).

        Keyword arguments override the environment. Example::

            async with KashooClient.from_env(rate_limit=None) as kc: ...
        """
        kwargs = Settings.from_env(environ).client_kwargs()
        kwargs.update(overrides)
        return cls(**kwargs)

    @property
    def api(self) -> AuthenticatedClient:
        """The generated client to pass as ``client=`` to the generated functions."""
        return self._api

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (for requests the spec does not describe)."""
        return self._http

    @property
    def product(self) -> Product:
        """The product this client talks to."""
        return self._product

    @property
    def base_url(self) -> str:
        """The base URL, without a trailing slash."""
        return self._base_url

    @property
    def auth(self) -> Credentials | None:
        """The credentials in use."""
        return self._auth

    def authorization_request(self, *, state: str | None = None) -> AuthorizationRequest:
        """OAuth2 step 1: the authorize URL (on this client's host) and its random ``state``.

        Example::

            request = kc.authorization_request()
            webbrowser.open(request.url)
        """
        return self._oauth().authorization_request(self._base_url, state=state)

    async def complete_authorization(self, callback_url: str, *, expected_state: str) -> OAuth2Tokens:
        """OAuth2 step 2: check the redirect's state, exchange its code, save the tokens.

        Example::

            await kc.complete_authorization(redirected_to, expected_state=request.state)
        """
        return await self._oauth().complete_authorization(self._api, callback_url, expected_state=expected_state)

    def _oauth(self) -> OAuth2Auth:
        if not isinstance(self._auth, OAuth2Auth):
            raise ConfigurationError("this client was not created with auth=OAuth2Auth(...)")
        return self._auth

    async def aclose(self) -> None:
        """Close the HTTP client (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        if self._owns_http:
            await self._http.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc: BaseException | None = None,
        tb: types.TracebackType | None = None,
    ) -> None:
        if self._owns_http:
            await self._http.__aexit__(exc_type, exc, tb)

    def __repr__(self) -> str:
        return f"KashooClient(product={self._product.value!r}, base_url={self._base_url!r}, auth={self._auth!r})"


def _retries(value: Retries | int | None) -> Retries:
    if value is None:
        return Retries()
    if isinstance(value, Retries):
        return value
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"retries must be a Retries or a count >= 0, got {value!r}")
    return Retries(max_retries=value)


def _rate_limiter(value: float | RateLimiter | None) -> RateLimiter | None:
    if value is None or isinstance(value, RateLimiter):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigurationError(f"rate_limit must be requests per second (>= 0), a RateLimiter or None, got {value!r}")
    return RateLimiter(value) if value > 0 else None
