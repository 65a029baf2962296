"""kashoo_ext: the hand-written layer over the generated Kashoo / TrulySmall client.

It adds what the spec cannot say: hosts and the product switch, authentication (first-party
tokens with MFA, OAuth2 with rotating refresh tokens), retries, rate limiting, paging,
typed errors and conversions. The operations themselves are the generated functions of
``kashoo_api_client.api``; pass them ``client=kc.api``.

Example::

    from kashoo_api_client.api.records import list_records
    from kashoo_ext import KashooClient, PasswordAuth, Product, paginate

    async with KashooClient(product=Product.TSA, auth=PasswordAuth(email, password)) as kc:
        async for record in paginate(list_records.asyncio_detailed, business_id, client=kc.api):
            print(record.id, record.amount)
"""

from .auth import (
    BearerAuth,
    Credentials,
    FirstPartyAuth,
    FirstPartyToken,
    MfaCallback,
    PasswordAuth,
    SsoAuth,
    TokenAuth,
)
from .client import DEFAULT_TIMEOUT, KashooClient
from .config import Settings
from .convert import (
    cents_to_decimal,
    decimal_to_cents,
    from_transfer_date,
    to_date,
    to_datetime,
    to_epoch_ms,
    to_transfer_date,
)
from .errors import (
    AuthenticationError,
    ConfigurationError,
    KashooError,
    MfaRequiredError,
    NetworkError,
    NotFoundError,
    OAuthStateError,
    OutcomeUnknownError,
    PermissionDeniedError,
    ProductNotSupportedError,
    RateLimitError,
    ServerError,
    TimeoutError,
    TokenExpiredError,
    ValidationError,
)
from .oauth import AuthorizationRequest, OAuth2Auth, verify_state
from .pagination import DEFAULT_PAGE_SIZE, IncrementalSync, Page, pages, paginate
from .products import Product, ProductGuard
from .ratelimit import RateLimiter
from .tokens import FileTokenStore, MemoryTokenStore, OAuth2Tokens, TokenStore
from .transport import Retries, RetryTransport

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_TIMEOUT",
    "AuthenticationError",
    "AuthorizationRequest",
    "BearerAuth",
    "ConfigurationError",
    "Credentials",
    "FileTokenStore",
    "FirstPartyAuth",
    "FirstPartyToken",
    "IncrementalSync",
    "KashooClient",
    "KashooError",
    "MemoryTokenStore",
    "MfaCallback",
    "MfaRequiredError",
    "NetworkError",
    "NotFoundError",
    "OAuth2Auth",
    "OAuth2Tokens",
    "OAuthStateError",
    "OutcomeUnknownError",
    "Page",
    "PasswordAuth",
    "PermissionDeniedError",
    "Product",
    "ProductGuard",
    "ProductNotSupportedError",
    "RateLimitError",
    "RateLimiter",
    "Retries",
    "RetryTransport",
    "ServerError",
    "Settings",
    "SsoAuth",
    "TimeoutError",
    "TokenAuth",
    "TokenExpiredError",
    "TokenStore",
    "ValidationError",
    "cents_to_decimal",
    "decimal_to_cents",
    "from_transfer_date",
    "pages",
    "paginate",
    "to_date",
    "to_datetime",
    "to_epoch_ms",
    "to_transfer_date",
    "verify_state",
]
