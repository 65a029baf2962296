"""Every read operation, through KashooClient and the generated models, against a sandbox that
answers like the real API at its oddest (dates as strings or objects, ms or ISO timestamps,
record types the docs never listed, HTML error bodies): nothing raises, everything round-trips."""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from kashoo_api_client.api.records import list_records
from kashoo_api_client.api.subscriptions import create_subscription
from kashoo_api_client.models import CreateSubscriptionRequest, RecordInfo
from kashoo_api_client.operation_table import OPERATIONS
from kashoo_ext import BearerAuth, KashooClient, NotFoundError, PasswordAuth, paginate
from kashoo_sandbox.testing import RunningSandbox, running_sandbox

# Path parameters the test knows how to fill; operations needing others are skipped below.
FILLABLE = {"business_id", "record_id", "account_id", "contact_id", "id"}
READS = [op for op in OPERATIONS if op.method == "GET" and op.operation_id != "authorizeOAuth2"]


@pytest.fixture(scope="module")
def quirky() -> Iterator[RunningSandbox]:
    with running_sandbox(demo=True, demo_records=300, quirks="all") as sb:
        # The demo has no inventory: one item, so that getInventoryItem has something to read.
        created = httpx.post(
            f"{sb.base_url('kashoo')}/businesses/{sb.demo['businessId']}/inventory",
            json={"name": "Widget", "sku": "W-1", "defaultSellRate": 12.5},
            headers={"Authorization": sb.token_header()},
        )
        assert created.status_code == 200, created.text
        yield sb


@pytest.fixture
async def kc(quirky: RunningSandbox) -> AsyncIterator[KashooClient]:
    auth = PasswordAuth(quirky.demo["email"], quirky.demo["password"])
    async with KashooClient(base_url=quirky.base_url("kashoo"), auth=auth, rate_limit=None) as client:
        yield client


async def ids(kc: KashooClient, quirky: RunningSandbox) -> dict[str, int]:
    business = int(quirky.demo["businessId"])
    found: dict[str, int] = {"business_id": business}
    sources = {
        "invoice_id": "invoices.list_invoices",
        "record_id": "records.list_records",
        "account_id": "accounts.list_accounts",
        "contact_id": "contacts.list_contacts",
        "id": "inventory.list_inventory_items",
    }
    for name, module in sources.items():
        operation = importlib.import_module(f"kashoo_api_client.api.{module}")
        listed = await operation.asyncio_json(business, client=kc.api)
        if listed:
            found[name] = listed[0]["id"]
    return found


@pytest.mark.parametrize("operation", READS, ids=[op.operation_id for op in READS])
async def test_every_read_parses_and_round_trips(operation: Any, kc: KashooClient, quirky: RunningSandbox) -> None:
    module = importlib.import_module(operation.module)
    parameters = inspect.signature(module.asyncio).parameters
    wanted = [name for name, p in parameters.items() if p.kind is p.POSITIONAL_OR_KEYWORD]
    if not set(wanted) <= FILLABLE:
        pytest.skip(f"needs {set(wanted) - FILLABLE}")
    known = await ids(kc, quirky)
    if operation.operation_id == "getInvoice":
        known["record_id"] = known["invoice_id"]
    if not set(wanted) <= set(known):
        pytest.skip(f"the demo has no {set(wanted) - set(known)}")
    kwargs: dict[str, Any] = {}
    async with contextlib.AsyncExitStack() as stack:
        if operation.operation_id == "getSubscription":
            # The subscription service has its own bearer token; read back one created here.
            token = BearerAuth(quirky.demo["subscriptionToken"])
            kc = await stack.enter_async_context(
                KashooClient(base_url=quirky.base_url("kashoo"), auth=token, rate_limit=None)
            )
            body = CreateSubscriptionRequest(store="app_store", subscriber_id="sub-quirks", app_id="app")
            assert await create_subscription.asyncio(client=kc.api, body=body) is not None
            kwargs["subscriber_id"] = "sub-quirks"
        detailed = await module.asyncio_detailed(*[known[name] for name in wanted], client=kc.api, **kwargs)
    assert detailed.status_code == 200
    parsed = detailed.parsed
    raw = json.loads(detailed.content)
    items = parsed if isinstance(parsed, list) else [parsed]
    raw_items = raw if isinstance(raw, list) else [raw]
    assert len(items) == len(raw_items)
    for model, original in zip(items, raw_items, strict=True):
        # Every field the API sent comes back out (ISO timestamps in an equivalent form).
        again = model.to_dict()
        assert set(again) == set(original), operation.operation_id
        assert type(model).from_dict(again) == model


async def test_records_under_quirks_keep_unknown_types_and_both_date_shapes(
    kc: KashooClient, quirky: RunningSandbox
) -> None:
    seen_types: set[str] = set()
    date_shapes: set[str] = set()
    timestamp_shapes: set[str] = set()
    record: RecordInfo
    async for record in paginate(list_records.asyncio_detailed, quirky.demo["businessId"], client=kc.api):
        seen_types.add(str(record.type_))
        date_shapes.add(type(record.date).__name__)
        timestamp_shapes.add(type(record.creation).__name__)
    assert seen_types - {"INVOICE", "BILL", "INVOICE_PAYMENT", "BILL_PAYMENT", "TRANSFER"}, "no odd type was served"
    assert {"TransferDate", "date"} <= date_shapes
    assert {"datetime", "int"} <= timestamp_shapes


async def test_an_html_error_body_becomes_a_typed_error(kc: KashooClient) -> None:
    from kashoo_api_client.api.businesses import get_business

    with pytest.raises(NotFoundError) as caught:
        await get_business.asyncio(999_999_999_999, client=kc.api)
    assert caught.value.status == 404 and caught.value.body_excerpt
    assert "\n" not in str(caught.value)
