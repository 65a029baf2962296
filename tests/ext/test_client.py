"""The facade: construction, options, headers, product guard, first requests."""

from __future__ import annotations

import httpx
import pytest

from kashoo_api_client.api.inventory import list_inventory_items
from kashoo_api_client.api.records import list_records, unprocess_records
from kashoo_api_client.api.users import get_me
from kashoo_ext import (
    BearerAuth,
    ConfigurationError,
    KashooClient,
    NotFoundError,
    PasswordAuth,
    Product,
    ProductNotSupportedError,
    RetryTransport,
)

from .fakes import BUSINESS_ID, EMAIL, PASSWORD, FakeKashoo


async def test_default_headers_and_generated_call(fake: FakeKashoo) -> None:
    fake.add_record()
    async with fake.client(auth=PasswordAuth(EMAIL, PASSWORD)) as kc:
        records = await list_records.asyncio(BUSINESS_ID, client=kc.api)
    assert records is not None and [r.id for r in records] == [5_000_000_001]
    login, call = fake.requests
    assert login.headers["accept"] == "application/json"
    assert login.headers["user-agent"].startswith("kashoo-sdk/")
    assert call.headers["authorization"].startswith('TOKEN json:{"myUserId":5000000002,')


async def test_inventory_on_trulysmall_raises_before_any_request(fake: FakeKashoo) -> None:
    async with fake.client(
        product=Product.TSA, base_url="https://fake.test/tsa/api", auth=PasswordAuth(EMAIL, PASSWORD)
    ) as kc:
        with pytest.raises(ProductNotSupportedError) as caught:
            await list_inventory_items.asyncio(BUSINESS_ID, client=kc.api)
    assert fake.requests == []  # not even the login
    assert caught.value.operation_id == "listInventoryItems"
    assert "only available on Kashoo, not on TrulySmall" in str(caught.value)


async def test_unprocess_on_kashoo_raises_and_guard_can_be_off(fake: FakeKashoo) -> None:
    async with fake.client(product="kashoo", auth=BearerAuth("x")) as kc:
        with pytest.raises(ProductNotSupportedError):
            await unprocess_records.asyncio_detailed(client=kc.api, body=[])
    async with fake.client(product="kashoo", auth=BearerAuth("x"), check_product=False) as kc:
        with pytest.raises(NotFoundError):  # the fake has no such route
            await unprocess_records.asyncio_detailed(client=kc.api, body=[])
    assert len(fake.requests) == 1


def test_product_hosts_and_parse() -> None:
    assert KashooClient(product=Product.TSA).base_url == "https://api.trulysmall.com/api"
    assert KashooClient().base_url == "https://api.kashoo.com/api"
    assert Product.parse("TrulySmall") is Product.TSA
    assert KashooClient(base_url="http://127.0.0.1:9/tsa/api").product is Product.TSA
    assert KashooClient(base_url="http://127.0.0.1:9/api").product is Product.KASHOO
    assert KashooClient(product="kashoo", base_url="http://127.0.0.1:9/tsa/api").product is Product.KASHOO
    with pytest.raises(ConfigurationError, match="unknown product 'quickbooks'"):
        KashooClient(product="quickbooks")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"base_url": "api.kashoo.com"}, "absolute http"),
        ({"base_url": "https://h/api?x=1"}, "query"),
        ({"retries": -1}, "retries must be"),
        ({"rate_limit": -5}, "rate_limit must be"),
        ({"auth": "password"}, "auth must be"),
        (
            {"transport": httpx.MockTransport(lambda r: httpx.Response(200)), "http_client": httpx.AsyncClient()},
            "not both",
        ),
    ],
)
def test_bad_options_fail_at_construction(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        KashooClient(**kwargs)  # type: ignore[arg-type]


async def test_callers_own_http_client_is_configured_not_closed(fake: FakeKashoo) -> None:
    http = httpx.AsyncClient(transport=RetryTransport(fake.transport()), base_url="https://fake.test/api")
    async with KashooClient(http_client=http, auth=PasswordAuth(EMAIL, PASSWORD)) as kc:
        me = await get_me.asyncio(client=kc.api)
        assert kc.http is http
    assert me is not None
    assert not http.is_closed
    await http.aclose()


async def test_extra_headers_and_repr_hide_secrets(fake: FakeKashoo) -> None:
    async with fake.client(auth=PasswordAuth(EMAIL, PASSWORD), headers={"X-App": "demo"}) as kc:
        await get_me.asyncio(client=kc.api)
        assert PASSWORD not in repr(kc)
    assert all(r.headers["x-app"] == "demo" for r in fake.requests)


def test_from_env() -> None:
    env = {
        "KASHOO_PRODUCT": "tsa",
        "KASHOO_BASE_URL": "http://127.0.0.1:9/tsa/api",
        "KASHOO_RATE_LIMIT": "0",
        "KASHOO_MAX_RETRIES": "1",
        "KASHOO_EMAIL": EMAIL,
        "KASHOO_PASSWORD": PASSWORD,
    }
    kc = KashooClient.from_env(env)
    assert kc.product is Product.TSA and kc.base_url == "http://127.0.0.1:9/tsa/api"
    assert isinstance(kc.auth, PasswordAuth)
    with pytest.raises(ConfigurationError, match="KASHOO_TIMEOUT='soon' is not a valid float"):
        KashooClient.from_env({"KASHOO_TIMEOUT": "soon"})
    with pytest.raises(ConfigurationError, match="set both"):
        KashooClient.from_env({"KASHOO_EMAIL": EMAIL})
    with pytest.raises(ConfigurationError, match="only one of"):
        KashooClient.from_env({"KASHOO_EMAIL": EMAIL, "KASHOO_PASSWORD": "p", "KASHOO_ACCESS_TOKEN": "a"})
