"""A client library for accessing Kashoo / TrulySmall Accounting API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
