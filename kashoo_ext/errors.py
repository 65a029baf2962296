"""Every exception kashoo_ext raises, and the one place that maps a failure to one of them.

All derive from :class:`KashooError`, so ``except KashooError`` catches everything the SDK
raises on purpose. Each error carries ``status``, ``request_id``, ``method``, ``url`` (query
secrets redacted), ``code`` (the ``error`` field of a JSON error body) and ``body_excerpt``.

Example::

    try:
        await get_record.asyncio(record_id, client=kc.api)
    except NotFoundError as e:
        print(e.status, e.request_id, e.body_excerpt)
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import re
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from ._logging import redact_text, redact_url

__all__ = [
    "AuthenticationError",
    "ConfigurationError",
    "KashooError",
    "MfaRequiredError",
    "NetworkError",
    "NotFoundError",
    "OAuthStateError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "ProductNotSupportedError",
    "RateLimitError",
    "ServerError",
    "TimeoutError",
    "TokenExpiredError",
    "ValidationError",
    "error_from_response",
    "error_from_transport",
]

EXCERPT_LIMIT = 300
# Headers that servers and proxies commonly use for a request id, in order of preference.
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id", "cf-ray")
# Methods whose effect does not change when repeated (RFC 9110, 9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class KashooError(Exception):
    """Base of every error kashoo_ext raises.

    Example::

        try:
            await list_records.asyncio(business_id, client=kc.api)
        except KashooError as e:
            log.warning("Kashoo call failed: %s", e)
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
        code: str | None = None,
        body_excerpt: str | None = None,
    ) -> None:
        self.message = message
        self.status = status
        self.request_id = request_id
        self.method = method
        self.url = url
        self.code = code
        self.body_excerpt = body_excerpt
        super().__init__(message)

    def __str__(self) -> str:
        parts = [self.message]
        if self.method and self.url:
            parts.append(f"({self.method} {self.url}")
            parts[-1] += f" -> {self.status})" if self.status is not None else ")"
        if self.request_id:
            parts.append(f"[request id {self.request_id}]")
        if self.body_excerpt:
            parts.append(f"body: {self.body_excerpt}")
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status!r}, url={self.url!r})"


class ConfigurationError(KashooError, ValueError):
    """An option given to kashoo_ext is invalid; raised before any request is sent.

    Example::

        KashooClient(product="quickbooks")  # ConfigurationError: unknown product ...
    """


class AuthenticationError(KashooError):
    """401: the credentials or the token were refused (and could not be renewed).

    Example::

        except AuthenticationError:
            ...  # ask the user to log in again
    """


class TokenExpiredError(AuthenticationError):
    """The first-party token expired and there are no credentials to log in again.

    Example::

        except TokenExpiredError:
            kc = KashooClient(auth=PasswordAuth(email, password))  # log in afresh
    """


class MfaRequiredError(AuthenticationError):
    """The user has SMS MFA and no ``mfa_callback`` was given to supply the code.

    Example::

        PasswordAuth(email, password, mfa_callback=lambda: asyncio.to_thread(input, "Code: "))
    """


class OAuthStateError(AuthenticationError):
    """The ``state`` returned to the OAuth2 redirect URI is not the one that was sent.

    Example::

        except OAuthStateError:
            ...  # possible CSRF: start the authorization again
    """


class PermissionDeniedError(KashooError):
    """403: authenticated, but not allowed to do this.

    Example::

        except PermissionDeniedError as e:
            print("no access to", e.url)
    """


class NotFoundError(KashooError):
    """404: no such resource (or an operation the host does not serve).

    Example::

        except NotFoundError:
            record = None
    """


class ValidationError(KashooError):
    """400, 409 or 422: the request was understood and refused; fix it before retrying.

    Example::

        except ValidationError as e:
            print(e.code, e.body_excerpt)
    """


class RateLimitError(KashooError):
    """429 after the retries ran out; ``retry_after`` is the server's hint in seconds, if any.

    Example::

        except RateLimitError as e:
            await asyncio.sleep(e.retry_after or 1)
    """

    retry_after: float | None = None


class ServerError(KashooError):
    """5xx after the retries ran out (for requests that are safe to repeat).

    Example::

        except ServerError as e:
            print("Kashoo is having trouble:", e.status)
    """


class NetworkError(KashooError):
    """The connection failed, or was dropped, for a request that is safe to repeat.

    Example::

        except NetworkError:
            ...  # try again later
    """


class TimeoutError(NetworkError, builtins.TimeoutError):
    """The request timed out (a subclass of the built-in ``TimeoutError`` too).

    Example::

        except kashoo_ext.TimeoutError:
            ...
    """


class OutcomeUnknownError(KashooError):
    """A request that is not safe to repeat (POST) may or may not have taken effect.

    It was sent, and then the connection dropped, the read timed out or the server answered
    502/503/504. kashoo_ext does not send it again, because that could create a duplicate.
    Check whether it took effect (list or get the resource) before trying again.

    Example::

        try:
            await create_invoice.asyncio(business_id, client=kc.api, body=invoice)
        except OutcomeUnknownError:
            ...  # look the invoice up by its number before re-creating it
    """


class ProductNotSupportedError(KashooError):
    """The operation does not exist on the client's product; raised before anything is sent.

    Example::

        # inventory is Kashoo-only
        await list_inventory_items.asyncio(business_id, client=tsa_client.api)  # raises
    """

    operation_id: str | None = None


_STATUS_ERRORS: dict[int, type[KashooError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ValidationError,
    422: ValidationError,
    429: RateLimitError,
}
_OUTCOME_UNKNOWN_STATUSES = frozenset({502, 503, 504})
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")


def _excerpt_and_code(response: httpx.Response) -> tuple[str | None, str | None]:
    """A short, secret-free, one-line excerpt of the body and the JSON ``error`` code, if any."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None, None
    if not content:
        return None, None
    text = content[: EXCERPT_LIMIT * 20].decode(response.encoding or "utf-8", "replace")
    code = None
    if text.lstrip()[:1] in ("{", "["):
        try:
            data: Any = json.loads(content)
        except ValueError:
            data = None
        if isinstance(data, dict):
            code = data.get("error") if isinstance(data.get("error"), str) else None
            message = data.get("message") or data.get("error_description")
            if code and isinstance(message, str):
                text = f"{code}: {message}"
    elif "<" in text and ">" in text:
        text = _TAGS.sub(" ", text)
    text = _SPACE.sub(" ", redact_text(text)).strip()
    if len(text) > EXCERPT_LIMIT:
        text = text[: EXCERPT_LIMIT - 1] + "…"
    return (text or None), code


def _request_id(headers: httpx.Headers) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date).

    >>> parse_retry_after("2")
    2.0
    """
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def error_from_response(response: httpx.Response) -> KashooError | None:
    """The exception for an error response (status >= 400), or None for a success.

    The body must have been read. Example::

        if (error := error_from_response(response)) is not None:
            raise error
    """
    status = response.status_code
    if status < 400:
        return None
    request = response.request
    method = request.method
    excerpt, code = _excerpt_and_code(response)
    cls: type[KashooError]
    if status in _OUTCOME_UNKNOWN_STATUSES and method not in IDEMPOTENT_METHODS:
        cls = OutcomeUnknownError
        message = (
            f"the server answered {status} to a {method}: it may or may not have taken effect; "
            "it was not sent again. Check before retrying"
        )
    else:
        cls = _STATUS_ERRORS.get(status) or (ServerError if status >= 500 else KashooError)
        if cls is AuthenticationError and code == "mfa_required":
            cls = MfaRequiredError
        message = f"{response.reason_phrase or 'HTTP error'} ({status})"
    error = cls(
        message,
        status=status,
        request_id=_request_id(response.headers),
        method=method,
        url=redact_url(request.url),
        code=code,
        body_excerpt=excerpt,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(response.headers.get("retry-after"))
    return error


# Transport failures where the request cannot have reached the server.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
)


def error_from_transport(exc: httpx.TransportError, request: httpx.Request) -> KashooError:
    """The exception for a transport failure (no response) after the retries ran out.

    Example::

        except httpx.TransportError as exc:
            raise error_from_transport(exc, request) from exc
    """
    method, url = request.method, redact_url(request.url)
    detail = type(exc).__name__
    if method not in IDEMPOTENT_METHODS and not isinstance(exc, NOT_SENT_ERRORS):
        return OutcomeUnknownError(
            f"the connection failed after the {method} was sent ({detail}): it may or may not "
            "have taken effect; it was not sent again. Check before retrying",
            method=method,
            url=url,
        )
    if isinstance(exc, httpx.TimeoutException):
        return TimeoutError(f"the request timed out ({detail})", method=method, url=url)
    return NetworkError(f"the connection failed ({detail})", method=method, url=url)


#: Failures of the network or the server, not of the request or the credentials: a token
#: renewal that fails this way is tried again later while the current token still works.
TRANSIENT_ERRORS: tuple[type[KashooError], ...] = (
    NetworkError,
    TimeoutError,
    ServerError,
    RateLimitError,
    OutcomeUnknownError,
)
