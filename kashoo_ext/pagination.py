"""Paging over any generated list function: items, pages, prefetch, incremental sync.

Kashoo lists are bare JSON arrays paged with ``offset``/``limit``; a page shorter than the
limit (or empty) is the last one. There is no total and no cursor.

Example::

    from kashoo_api_client.api.records import list_records

    async for record in paginate(list_records.asyncio_detailed, business_id, client=kc.api):
        ...

    sync = IncrementalSync(list_records.asyncio_detailed, business_id, client=kc.api,
                           since=saved_checkpoint)
    async for record in sync:
        upsert(record)
    saved_checkpoint = sync.checkpoint

Offset paging under concurrent writes
-------------------------------------
An offset says "skip the first N items of the list *as it is now*", and the list can change
between two page requests:

- an item inserted *before* the current offset (or moved there by an update, when sorted by
  something other than id) shifts the rest right: the item at the page boundary comes again.
  :func:`paginate` tracks the ids it has yielded and never yields an id twice;
- an item removed before the current offset (a hard delete, or an update that makes it
  leave a filtered list such as ``status=unpaid``) shifts the rest left: the item that was
  first on the next page slides into the page already read and is **missed**. Nothing on
  the client side can see this happen;
- updates made while paging may or may not be seen, depending on where the item sits.

The default order is by id ascending and new items get larger ids, so plain inserts land at
the end and are seen (if they arrive before the last page). What can still be missed is an
item whose neighbour before the cursor left the list during the run.

:class:`IncrementalSync` covers this: it lists only what changed since a checkpoint
(``modifiedSince``, epoch ms, with removed items included where the operation allows it, so
deletions are updates that keep their place) and returns a new checkpoint that is no later
than the server's clock when the run started (the first page's ``Date`` header, minus an
``overlap``). Anything changed during the run, including an item missed as above because
it was being changed, has a later ``lastModified`` and comes back on the next run. Items
can therefore arrive twice across runs: apply them idempotently (upsert by id).

That holds only while nothing can leave the list. With a narrowing filter (``status``,
``search``, amounts, dates, ``contact_id``) an item that stops matching shifts the offsets,
and an *unchanged* item behind it is skipped and never comes back (its ``lastModified`` is
older than the next checkpoint). :class:`IncrementalSync` therefore refuses those filters:
sync everything and filter on your side.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import inspect
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from email.utils import parsedate_to_datetime
from typing import Any, Generic, TypeVar

import attrs

from kashoo_api_client.types import Response, Unset

from .convert import to_datetime, to_epoch_ms
from .errors import ConfigurationError, KashooError

__all__ = ["DEFAULT_PAGE_SIZE", "IncrementalSync", "Page", "pages", "paginate"]

T = TypeVar("T")
#: Every public client used 100; the server's maximum is not known.
DEFAULT_PAGE_SIZE = 100
#: A generated list operation: ``asyncio_detailed`` (a Response) or ``asyncio`` (the list).
#: Two precise shapes so that the item type is inferred from the function passed.
ListFunction = Callable[..., Awaitable[Response[list[T]]]] | Callable[..., Awaitable[list[T] | None]]


@attrs.frozen
class Page(Generic[T]):
    """One page of a list: its items, where it starts, and the server's time when it was made.

    Example::

        async for page in pages(list_contacts.asyncio_detailed, business_id, client=kc.api):
            print(page.offset, len(page.items), page.is_last)
    """

    items: list[T]
    offset: int
    limit: int
    #: The ``Date`` header in epoch ms (second resolution, rounded down), if there was one.
    server_time_ms: int | None = None

    @property
    def is_last(self) -> bool:
        """True if this page is shorter than the limit: the list ends here."""
        return len(self.items) < self.limit


def _check(page_size: int, offset: int, prefetch: int, kwargs: dict[str, Any]) -> None:
    if "limit" in kwargs or "offset" in kwargs:
        raise ConfigurationError("pass page_size= and start= to the pager, not limit= or offset=")
    if page_size < 1:
        raise ConfigurationError(f"page_size must be >= 1, got {page_size}")
    if offset < 0:
        raise ConfigurationError(f"start must be >= 0, got {offset}")
    if prefetch < 0:
        raise ConfigurationError(f"prefetch must be >= 0, got {prefetch}")


def _server_time_ms(headers: Any) -> int | None:
    value = headers.get("date") if headers is not None else None
    if not value:
        return None
    try:
        return to_epoch_ms(parsedate_to_datetime(value))
    except (TypeError, ValueError):
        return None


async def _fetch(
    fn: ListFunction[T], args: tuple[Any, ...], kwargs: dict[str, Any], offset: int, limit: int
) -> Page[T]:
    result = await fn(*args, offset=offset, limit=limit, **kwargs)
    headers = None
    if isinstance(result, Response):
        headers, result = result.headers, result.parsed
    if not isinstance(result, list):
        raise KashooError(f"the list operation returned no list (offset {offset}); got {type(result).__name__}")
    return Page(items=result, offset=offset, limit=limit, server_time_ms=_server_time_ms(headers))


async def _confirm_end(fn: ListFunction[T], args: tuple[Any, ...], kwargs: dict[str, Any], page: Page[T]) -> None:
    """A short page ends the list, unless the server caps the page size below what was asked.

    The maximum is not documented; 100 is what every public client used. For a larger page
    size, a short page that is not empty is confirmed with one more request, so that a cap
    fails loudly instead of silently cutting the list short.
    """
    if page.limit <= DEFAULT_PAGE_SIZE or not page.items:
        return
    probe = await _fetch(fn, args, kwargs, page.offset + len(page.items), page.limit)
    if probe.items:
        raise KashooError(
            f"asked for {page.limit} items at offset {page.offset} and got {len(page.items)}, yet more "
            f"follow: the server caps the page size; use page_size={len(page.items)} or less "
            f"({DEFAULT_PAGE_SIZE} is known to work)"
        )


async def pages(
    fn: ListFunction[T],
    *args: Any,
    page_size: int = DEFAULT_PAGE_SIZE,
    start: int = 0,
    prefetch: int = 0,
    **kwargs: Any,
) -> AsyncGenerator[Page[T], None]:
    """The pages of a list, in order, until a short or empty page.

    ``fn`` is a generated list function (``asyncio_detailed`` or ``asyncio``); ``args`` and
    ``kwargs`` are passed to it along with ``offset`` and ``limit``. With ``prefetch=N`` up to
    N further pages are requested while the current one is being consumed (N wasted requests
    past the end of the list, at most).

    Example::

        async for page in pages(list_records.asyncio_detailed, business_id, client=kc.api, prefetch=2):
            await store(page.items)
    """
    _check(page_size, start, prefetch, kwargs)
    offset = start
    if prefetch == 0:
        while True:
            page = await _fetch(fn, args, kwargs, offset, page_size)
            if page.is_last:
                await _confirm_end(fn, args, kwargs, page)
            yield page
            if page.is_last:
                return
            offset += page_size
    ahead: collections.deque[asyncio.Task[Page[T]]] = collections.deque()
    try:
        while True:
            while len(ahead) <= prefetch:
                ahead.append(asyncio.create_task(_fetch(fn, args, kwargs, offset, page_size)))
                offset += page_size
            page = await ahead.popleft()
            if page.is_last:
                await _confirm_end(fn, args, kwargs, page)
            yield page
            if page.is_last:
                return
    finally:
        for task in ahead:
            task.cancel()
        if ahead:
            await asyncio.gather(*ahead, return_exceptions=True)


def _default_id(item: Any) -> Any:
    value = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    return None if isinstance(value, Unset) else value


async def paginate(
    fn: ListFunction[T],
    *args: Any,
    page_size: int = DEFAULT_PAGE_SIZE,
    start: int = 0,
    prefetch: int = 0,
    id_of: Callable[[T], Any] = _default_id,
    **kwargs: Any,
) -> AsyncGenerator[T, None]:
    """Every item of a list, each id at most once (see the module docstring for what offset
    paging can still miss under concurrent writes, and :class:`IncrementalSync` for the cure).

    ``id_of`` gives an item's identity (default: its ``id``); items without one are all yielded.

    Example::

        async for record in paginate(list_records.asyncio_detailed, business_id,
                                     client=kc.api, page_size=100, status="unpaid"):
            print(record.id, record.amount)
    """
    seen: set[Any] = set()
    async with contextlib.aclosing(
        pages(fn, *args, page_size=page_size, start=start, prefetch=prefetch, **kwargs)
    ) as it:
        async for page in it:
            for item in page.items:
                key = id_of(item)
                if key is not None:
                    if key in seen:
                        continue
                    seen.add(key)
                yield item


#: List filters an item can stop matching while a sync runs (see the module docstring).
_NARROWING_FILTERS = frozenset(
    {"status", "search", "amount_ge", "amount_le", "start_date", "end_date", "as_of_date", "contact_id"}
)


def _default_modified(item: Any) -> int | None:
    value = item.get("lastModified") if isinstance(item, dict) else getattr(item, "last_modified", None)
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, int | str | dt.datetime) and not isinstance(value, bool):
        return to_epoch_ms(to_datetime(value))
    return None


class IncrementalSync(Generic[T]):
    """Everything changed since a checkpoint; afterwards, :attr:`checkpoint` to resume from.

    ``since`` is the previous checkpoint (epoch ms, or an aware datetime; None: everything).
    Removed items are included when the operation has ``include_removed`` (unless you pass
    it), so deletions arrive as updates. The new checkpoint is
    ``min(latest lastModified seen, server time at the first page) - overlap_ms`` and never
    goes backwards; items may arrive again on the next run (apply them idempotently).

    Example::

        sync = IncrementalSync(list_records.asyncio_detailed, business_id, client=kc.api,
                               since=load_checkpoint())
        async for record in sync:
            upsert(record)
        save_checkpoint(sync.checkpoint)
    """

    def __init__(
        self,
        fn: ListFunction[T],
        *args: Any,
        since: int | dt.datetime | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        prefetch: int = 0,
        overlap_ms: int = 1000,
        id_of: Callable[[T], Any] = _default_id,
        modified_of: Callable[[T], int | None] = _default_modified,
        **kwargs: Any,
    ) -> None:
        _check(page_size, 0, prefetch, kwargs)
        if "modified_since" in kwargs:
            raise ConfigurationError("pass since= to IncrementalSync, not modified_since=")
        if unstable := sorted(_NARROWING_FILTERS & kwargs.keys()):
            raise ConfigurationError(
                f"IncrementalSync cannot filter on {', '.join(unstable)}: a record that stops matching "
                "shifts the offsets and an unchanged record behind it would be missed for good; "
                "sync everything and filter on your side"
            )
        if overlap_ms < 0:
            raise ConfigurationError(f"overlap_ms must be >= 0, got {overlap_ms}")
        self._since = None if since is None else to_epoch_ms(since)
        parameters = inspect.signature(fn).parameters
        if "modified_since" not in parameters:
            raise ConfigurationError(f"{getattr(fn, '__module__', fn)} has no modified_since parameter")
        if "include_removed" in parameters:
            kwargs.setdefault("include_removed", True)
        if self._since is not None:
            kwargs["modified_since"] = self._since
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._page_size, self._prefetch, self._overlap = page_size, prefetch, overlap_ms
        self._id_of, self._modified_of = id_of, modified_of
        self._checkpoint: int | None = None
        self._done = False

    @property
    def checkpoint(self) -> int | None:
        """Epoch ms to pass as ``since`` next time (available once the iteration is complete)."""
        if not self._done:
            raise RuntimeError("the checkpoint is known only after the sync has been iterated to the end")
        return self._checkpoint

    def __aiter__(self) -> AsyncIterator[T]:
        return self._run()

    async def _run(self) -> AsyncGenerator[T, None]:
        latest: int | None = None
        started: int | None = None
        seen: set[Any] = set()
        it = pages(self._fn, *self._args, page_size=self._page_size, prefetch=self._prefetch, **self._kwargs)
        async with contextlib.aclosing(it):
            async for page in it:
                if started is None:
                    started = page.server_time_ms
                for item in page.items:
                    modified = self._modified_of(item)
                    if modified is not None and (latest is None or modified > latest):
                        latest = modified
                    key = self._id_of(item)
                    if key is not None:
                        if key in seen:
                            continue
                        seen.add(key)
                    yield item
        candidates = [value for value in (latest, started) if value is not None]
        checkpoint = min(candidates) - self._overlap if candidates else None
        if self._since is not None and (checkpoint is None or checkpoint < self._since):
            checkpoint = self._since
        self._checkpoint, self._done = checkpoint, True
