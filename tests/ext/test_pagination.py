"""Paging: faults, dedup, prefetch, page iterator, incremental sync."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from kashoo_api_client.api.records import list_records
from kashoo_api_client.api.sequences import list_sequences
from kashoo_ext import BearerAuth, ConfigurationError, IncrementalSync, KashooError, pages, paginate

from .fakes import BUSINESS_ID, FakeKashoo


def _token(fake: FakeKashoo) -> BearerAuth:
    access, _ = fake.issue_access_token()
    return BearerAuth(access)


@pytest.mark.parametrize("prefetch", [0, 3])
async def test_thousands_of_records_with_5_percent_faults_each_id_once(prefetch: int) -> None:
    """Acceptance: 3000 records, 5 % injected 429/503/dropped connections."""
    fake = FakeKashoo(records=3000, seed=prefetch + 7)
    fake.fault_rate = 0.05
    async with fake.client(auth=_token(fake)) as kc:
        ids = [
            r.id
            async for r in paginate(
                list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, page_size=100, prefetch=prefetch
            )
        ]
    assert len(ids) == len(set(ids)) == 3000
    assert set(ids) == set(fake.records)
    faulted = len(fake.requests) - 31 - prefetch
    assert faulted > 0  # faults were injected and retried


async def test_default_page_size_is_100_and_a_short_page_ends_the_list(fake: FakeKashoo) -> None:
    for _ in range(250):
        fake.add_record()
    async with fake.client(auth=_token(fake)) as kc:
        seen = [p async for p in pages(list_records.asyncio_detailed, BUSINESS_ID, client=kc.api)]
    assert [(p.offset, len(p.items), p.is_last) for p in seen] == [(0, 100, False), (100, 100, False), (200, 50, True)]
    assert [r.url.params["limit"] for r in fake.requests] == ["100"] * 3


async def test_exact_multiple_ends_on_an_empty_page(fake: FakeKashoo) -> None:
    for _ in range(20):
        fake.add_record()
    async with fake.client(auth=_token(fake)) as kc:
        items = [r async for r in paginate(list_records.asyncio, BUSINESS_ID, client=kc.api, page_size=10)]
    assert len(items) == 20 and len(fake.requests) == 3


async def test_concurrent_insert_before_the_cursor_is_not_yielded_twice(fake: FakeKashoo) -> None:
    for _ in range(30):
        fake.add_record()
    async with fake.client(auth=_token(fake)) as kc:
        ids: list[int] = []
        async for record in paginate(list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, page_size=10):
            ids.append(record.id)  # type: ignore[arg-type]
            if len(ids) == 10:
                # Another writer inserts an item that sorts first: everything shifts right by one.
                fake.records[4_999_999_999] = {"id": 4_999_999_999, "lastModified": fake.tick()}
    assert len(ids) == len(set(ids)) == 30


async def test_prefetch_keeps_pages_in_flight_and_in_order(fake: FakeKashoo) -> None:
    for _ in range(95):
        fake.add_record()
    in_flight = 0
    peak = 0
    handler = fake.handle

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.002)
        in_flight -= 1
        return handler(request)

    async with fake.client(auth=_token(fake), transport=httpx.MockTransport(slow)) as kc:
        ids = [
            r.id
            async for r in paginate(list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, page_size=10, prefetch=3)
        ]
    assert ids == sorted(fake.records)
    assert peak == 4


async def test_breaking_out_cancels_prefetched_pages(fake: FakeKashoo) -> None:
    for _ in range(100):
        fake.add_record()
    async with fake.client(auth=_token(fake)) as kc:
        it = paginate(list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, page_size=10, prefetch=4)
        first = await it.__anext__()
        await it.aclose()
    assert first.id == 5_000_000_001


async def test_errors_propagate_from_the_pager(fake: FakeKashoo) -> None:
    async with fake.client(auth=BearerAuth("nope")) as kc:
        with pytest.raises(Exception, match="Unauthorized"):
            async for _ in paginate(list_records.asyncio_detailed, BUSINESS_ID, client=kc.api):
                pass


async def test_bad_arguments_are_refused_before_any_request(fake: FakeKashoo) -> None:
    async with fake.client(auth=_token(fake)) as kc:
        cases: list[dict[str, Any]] = [{"limit": 5}, {"page_size": 0}, {"prefetch": -1}]
        for kwargs in cases:
            with pytest.raises(ConfigurationError):
                async for _ in paginate(list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, **kwargs):
                    pass
        with pytest.raises(ConfigurationError, match="no modified_since"):
            IncrementalSync(list_sequences.asyncio_detailed, BUSINESS_ID, client=kc.api)
    assert fake.requests == []


async def test_incremental_sync_resumes_from_its_checkpoint(fake: FakeKashoo) -> None:
    for _ in range(25):
        fake.add_record()
    fake.clock_ms += 5000  # the Date header has second resolution: let a few seconds pass
    async with fake.client(auth=_token(fake)) as kc:
        sync: IncrementalSync[Any] = IncrementalSync(
            list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, page_size=10, overlap_ms=0
        )
        first = [r.id async for r in sync]
        assert len(first) == 25
        checkpoint = sync.checkpoint
        assert checkpoint is not None
        # Changes after the run: one update, one soft delete, one new record.
        updated = fake.records[5_000_000_003]
        updated["lastModified"], updated["amount"] = fake.tick(), 1
        removed = fake.records[5_000_000_004]
        removed["lastModified"], removed["removed"] = fake.tick(), True
        new = fake.add_record()
        sync2: IncrementalSync[Any] = IncrementalSync(
            list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, since=checkpoint, overlap_ms=0
        )
        second = [r.id async for r in sync2]
    assert second == [5_000_000_003, 5_000_000_004, new["id"]]
    assert fake.requests[-1].url.params["includeRemoved"] == "true"
    assert fake.requests[-1].url.params["modifiedSince"] == str(checkpoint)
    assert sync2.checkpoint is not None and sync2.checkpoint >= checkpoint


async def test_changes_during_a_sync_come_back_next_time(fake: FakeKashoo) -> None:
    """A record changed mid-run (already passed) is not lost even though later ones were seen."""
    for _ in range(30):
        fake.add_record()
    fake.clock_ms += 5000
    async with fake.client(auth=_token(fake)) as kc:
        sync: IncrementalSync[Any] = IncrementalSync(
            list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, page_size=10, overlap_ms=0
        )
        async for record in sync:
            if record.id == 5_000_000_015:
                # Written while the sync runs: the first record changes, then a later one.
                fake.records[5_000_000_001]["lastModified"] = fake.tick()
                fake.records[5_000_000_030]["lastModified"] = fake.tick()
        checkpoint = sync.checkpoint
        again = [
            r.id
            async for r in IncrementalSync(
                list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, since=checkpoint, overlap_ms=0
            )
        ]
    assert 5_000_000_001 in again


async def test_checkpoint_is_only_known_after_the_run(fake: FakeKashoo) -> None:
    sync: IncrementalSync[Any] = IncrementalSync(list_records.asyncio_detailed, BUSINESS_ID, client=None)
    with pytest.raises(RuntimeError, match="only after"):
        _ = sync.checkpoint


@pytest.mark.parametrize("narrowing", ["status", "search", "amount_ge", "start_date", "contact_id"])
async def test_incremental_sync_refuses_filters_items_can_leave(fake: FakeKashoo, narrowing: str) -> None:
    async with fake.client(auth=_token(fake)) as kc:
        with pytest.raises(ConfigurationError, match=f"cannot filter on {narrowing}.*filter on your side"):
            filters: dict[str, Any] = {narrowing: 1}
            IncrementalSync(list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, **filters)
    assert fake.requests == []


@pytest.mark.parametrize("prefetch", [0, 2])
async def test_a_server_side_page_size_cap_fails_loudly(fake: FakeKashoo, prefetch: int) -> None:
    for _ in range(450):
        fake.add_record()
    fake.max_limit = 100
    async with fake.client(auth=_token(fake)) as kc:
        with pytest.raises(KashooError, match="caps the page size; use page_size=100"):
            async for _ in paginate(
                list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, page_size=250, prefetch=prefetch
            ):
                pass


async def test_a_short_last_page_above_100_costs_one_confirming_request(fake: FakeKashoo) -> None:
    for _ in range(300):
        fake.add_record()
    async with fake.client(auth=_token(fake)) as kc:
        ids = [r.id async for r in paginate(list_records.asyncio_detailed, BUSINESS_ID, client=kc.api, page_size=250)]
    assert len(ids) == len(set(ids)) == 300
    assert fake.count("GET", "/records") == 3  # 250, 50, and the empty probe that confirms the end
