import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.journal_entry_info import JournalEntryInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["offset"] = offset

    params["limit"] = limit

    params["sortColumn"] = sort_column

    params["sortOrder"] = sort_order

    params["amountLe"] = amount_le

    params["amountGe"] = amount_ge

    params["search"] = search

    params["contactId"] = contact_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/contactJournalEntries".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[JournalEntryInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JournalEntryInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[JournalEntryInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> Response[list[JournalEntryInfo]]:
    """Journal entries made against an account, optionally for one contact

     The reference documents a second variant of the account journal-entry listing that
    adds a `contactId` filter. Its path is not known; this one follows the conventions.

    Args:
        account_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (str | Unset):
        sort_order (str | Unset):
        amount_le (int | Unset):
        amount_ge (int | Unset):
        search (str | Unset):
        contact_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[JournalEntryInfo]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        sort_order=sort_order,
        amount_le=amount_le,
        amount_ge=amount_ge,
        search=search,
        contact_id=contact_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> list[JournalEntryInfo] | None:
    """Journal entries made against an account, optionally for one contact

     The reference documents a second variant of the account journal-entry listing that
    adds a `contactId` filter. Its path is not known; this one follows the conventions.

    Args:
        account_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (str | Unset):
        sort_order (str | Unset):
        amount_le (int | Unset):
        amount_ge (int | Unset):
        search (str | Unset):
        contact_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[JournalEntryInfo]
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        sort_order=sort_order,
        amount_le=amount_le,
        amount_ge=amount_ge,
        search=search,
        contact_id=contact_id,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> Response[list[JournalEntryInfo]]:
    """Journal entries made against an account, optionally for one contact

     The reference documents a second variant of the account journal-entry listing that
    adds a `contactId` filter. Its path is not known; this one follows the conventions.

    Args:
        account_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (str | Unset):
        sort_order (str | Unset):
        amount_le (int | Unset):
        amount_ge (int | Unset):
        search (str | Unset):
        contact_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[JournalEntryInfo]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        sort_order=sort_order,
        amount_le=amount_le,
        amount_ge=amount_ge,
        search=search,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> list[JournalEntryInfo] | None:
    """Journal entries made against an account, optionally for one contact

     The reference documents a second variant of the account journal-entry listing that
    adds a `contactId` filter. Its path is not known; this one follows the conventions.

    Args:
        account_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        sort_column (str | Unset):
        sort_order (str | Unset):
        amount_le (int | Unset):
        amount_ge (int | Unset):
        search (str | Unset):
        contact_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[JournalEntryInfo]
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            limit=limit,
            sort_column=sort_column,
            sort_order=sort_order,
            amount_le=amount_le,
            amount_ge=amount_ge,
            search=search,
            contact_id=contact_id,
        )
    ).parsed


async def asyncio_json(
    account_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    search: str | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> Any:
    """Like ``asyncio()``, but the body's JSON as plain Python values: no models are built.

    For bulk reads where dicts are all that is needed (an export, a sync). Returns None for a
    response that is not a success, as ``asyncio()`` does.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        limit=limit,
        sort_column=sort_column,
        sort_order=sort_order,
        amount_le=amount_le,
        amount_ge=amount_ge,
        search=search,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    if 200 <= response.status_code < 300:
        return response.json()
    return None
