"""Client settings read from environment variables.

=======================  ===================================================  ==============
variable                 meaning                                              default
=======================  ===================================================  ==============
``KASHOO_PRODUCT``       ``kashoo`` (classic) or ``tsa`` (TrulySmall)         ``kashoo``
``KASHOO_BASE_URL``      base URL (sandbox, staging, proxy)                   the product's
``KASHOO_TIMEOUT``       seconds per request                                  30
``KASHOO_MAX_RETRIES``   retries of safe-to-repeat failures                   3
``KASHOO_RATE_LIMIT``    requests per second; 0 turns the limiter off         10
``KASHOO_EMAIL``         with ``KASHOO_PASSWORD``: password login             -
``KASHOO_TOKEN``         a first-party token (its JSON, or the bare code)     -
``KASHOO_ACCESS_TOKEN``  an OAuth2 access token (sent as Bearer)              -
=======================  ===================================================  ==============

Example::

    async with KashooClient.from_env() as kc:   # or: Settings.from_env().client_kwargs()
        ...
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

import attrs

from .auth import BearerAuth, Credentials, PasswordAuth, TokenAuth
from .errors import ConfigurationError
from .products import Product

__all__ = ["Settings"]

_PREFIX = "KASHOO_"


def _number(environ: Mapping[str, str], name: str, kind: type[int] | type[float]) -> Any:
    raw = environ.get(_PREFIX + name)
    if raw is None or raw.strip() == "":
        return None
    try:
        value = kind(raw.strip())
    except ValueError:
        raise ConfigurationError(
            f"{_PREFIX}{name}={raw!r} is not a valid {kind.__name__}: set it to a number or unset it"
        ) from None
    if value < 0:
        raise ConfigurationError(f"{_PREFIX}{name} must be >= 0, got {raw!r}")
    return value


@attrs.frozen
class Settings:
    """Client options gathered from the environment; ``None`` means "use the default".

    Example::

        settings = Settings.from_env({"KASHOO_PRODUCT": "tsa", "KASHOO_RATE_LIMIT": "5"})
        KashooClient(**settings.client_kwargs())
    """

    product: Product | None = None
    base_url: str | None = None
    timeout: float | None = None
    max_retries: int | None = None
    rate_limit: float | None = None
    auth: Credentials | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read the ``KASHOO_*`` variables (of ``os.environ`` unless ``environ`` is given)."""
        env = os.environ if environ is None else environ
        product = env.get(_PREFIX + "PRODUCT")
        return cls(
            product=Product.parse(product) if product else None,
            base_url=env.get(_PREFIX + "BASE_URL") or None,
            timeout=_number(env, "TIMEOUT", float),
            max_retries=_number(env, "MAX_RETRIES", int),
            rate_limit=_number(env, "RATE_LIMIT", float),
            auth=_auth_from_env(env),
        )

    def client_kwargs(self) -> dict[str, Any]:
        """The settings that were given, as keyword arguments for ``KashooClient``."""
        kwargs: dict[str, Any] = {
            "product": self.product,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "retries": self.max_retries,
            "auth": self.auth,
        }
        kwargs = {name: value for name, value in kwargs.items() if value is not None}
        if self.rate_limit is not None:
            kwargs["rate_limit"] = self.rate_limit or None
        return kwargs


def _auth_from_env(env: Mapping[str, str]) -> Credentials | None:
    email, password = env.get(_PREFIX + "EMAIL"), env.get(_PREFIX + "PASSWORD")
    token, access = env.get(_PREFIX + "TOKEN"), env.get(_PREFIX + "ACCESS_TOKEN")
    given = [name for name, value in (("EMAIL", email), ("TOKEN", token), ("ACCESS_TOKEN", access)) if value]
    if len(given) > 1:
        raise ConfigurationError(
            f"set only one of {_PREFIX}EMAIL/PASSWORD, {_PREFIX}TOKEN, {_PREFIX}ACCESS_TOKEN "
            f"(found {', '.join(_PREFIX + name for name in given)})"
        )
    if email or password:
        if not (email and password):
            raise ConfigurationError(f"set both {_PREFIX}EMAIL and {_PREFIX}PASSWORD for a password login")
        return PasswordAuth(email, password)
    if token:
        token = token.strip()
        if token.startswith("{"):
            try:
                parsed = json.loads(token)
            except ValueError:
                raise ConfigurationError(f"{_PREFIX}TOKEN starts with '{{' but is not valid JSON") from None
            return TokenAuth(parsed)  # its own error says what the token lacks
        return TokenAuth(token)
    if access:
        return BearerAuth(access.strip())
    return None
