"""What the examples share: a client from the environment and the business to work on.

Run any example against the local sandbox:

    kashoo sandbox --port 8975 --demo &
    export KASHOO_BASE_URL=http://127.0.0.1:8975/api KASHOO_EMAIL=demo@kashoo.test KASHOO_PASSWORD=demo-password
    python examples/list_unpaid_invoices.py
"""

from __future__ import annotations

import os

from kashoo_api_client.api.users import list_my_businesses
from kashoo_ext import ConfigurationError, KashooClient


async def business_id(kc: KashooClient) -> int:
    """KASHOO_BUSINESS_ID, else the first business the user can reach."""
    if os.environ.get("KASHOO_BUSINESS_ID"):
        return int(os.environ["KASHOO_BUSINESS_ID"])
    businesses = await list_my_businesses.asyncio(client=kc.api) or []
    for business in businesses:
        if isinstance(business.id, int):
            return business.id
    raise ConfigurationError("this user has no business: set KASHOO_BUSINESS_ID")
