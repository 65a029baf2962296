"""Interim quick start: the generated async client against an in-process mock of the API.

Logs in (first-party, form-encoded), lists a page of records in the shapes the real API
sends (dates as objects or strings, ms or ISO timestamps, record types the docs never
listed) and prints a summary. Replaced by the sandbox demo once it exists.
"""

from __future__ import annotations

import asyncio
import collections
import json

import httpx

from kashoo_api_client import AuthenticatedClient
from kashoo_api_client.api.auth_tokens import create_auth_token
from kashoo_api_client.api.records import list_records
from kashoo_api_client.models import AuthTokenRequest

TOKEN = {"authenticationCode": "demo", "expiryDate": 4102444800000, "myUserId": 5000000001, "site": ""}
RECORDS = [
    {"id": 5000000100, "type": "INVOICE", "date": {"year": 2024, "month": 2, "dayOfMonth": 2}},
    {"id": 5000000101, "type": "BILL", "date": "2024-02-05", "creation": 1716999647879, "totalDue": 4200},
    {"id": 5000000102, "type": "CREDIT_NOTE", "date": "2024-02-09", "creation": "2024-05-29T16:20:47Z"},
]


def mock_api(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/api/authTokens":
        return httpx.Response(200, json=TOKEN)
    if request.url.path.endswith("/records"):
        return httpx.Response(200, json=RECORDS)
    return httpx.Response(404, text="not found")


async def main() -> None:
    client = AuthenticatedClient(base_url="https://api.kashoo.com/api", token="")
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url="https://api.kashoo.com/api", transport=httpx.MockTransport(mock_api))
    )
    token = await create_auth_token.asyncio(client=client, body=AuthTokenRequest(email="demo@kashoo.test"))
    assert token is not None
    client.get_async_httpx_client().headers["Authorization"] = "TOKEN json:" + json.dumps(
        token.to_dict(), separators=(",", ":")
    )
    records = await list_records.asyncio(5000000042, client=client, limit=100) or []
    by_type = collections.Counter(str(r.type_) for r in records)
    print(f"logged in as user {token.my_user_id}; {len(records)} records")
    for record_type, count in sorted(by_type.items()):
        print(f"  {record_type:<12} {count}")


if __name__ == "__main__":
    asyncio.run(main())
