"""The sandbox fixtures work from async tests too (the server runs on its own thread)."""

from __future__ import annotations

import asyncio

import httpx

from kashoo_sandbox.testing import RunningSandbox, running_sandbox


async def test_concurrent_async_clients(sandbox: RunningSandbox) -> None:
    headers = {"Authorization": sandbox.token_header()}
    business = sandbox.demo["businessId"]
    async with httpx.AsyncClient(base_url=sandbox.base_url(), headers=headers) as client:
        pages = await asyncio.gather(
            *(
                client.get(f"/businesses/{business}/records", params={"offset": o, "limit": 50})
                for o in range(0, 200, 50)
            )
        )
    ids = [r["id"] for page in pages for r in page.json()]
    assert len(ids) == len(set(ids)) == 200


async def test_a_private_sandbox_inside_an_async_test() -> None:
    with running_sandbox(demo_records=5) as sb:
        async with httpx.AsyncClient(base_url=sb.base_url()) as client:
            response = await client.post(
                "/authTokens", data={"email": sb.demo["email"], "password": sb.demo["password"]}
            )
        assert response.status_code == 200 and len(response.text) == 36  # the bare token
