import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.invoice_info import InvoiceInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: int,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    status: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["search"] = search

    params["amountGe"] = amount_ge

    params["amountLe"] = amount_le

    params["exclude"] = exclude

    params["status"] = status

    json_as_of_date: str | Unset = UNSET
    if not isinstance(as_of_date, Unset):
        json_as_of_date = as_of_date.isoformat()
    params["asOfDate"] = json_as_of_date

    params["sortColumn"] = sort_column

    params["sortOrder"] = sort_order

    params["includeRemoved"] = include_removed

    params["modifiedSince"] = modified_since

    params["contactId"] = contact_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/businesses/{business_id}/records/invoices".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[InvoiceInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = InvoiceInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[InvoiceInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    status: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> Response[list[InvoiceInfo]]:
    """The business's invoices (records with type INVOICE)

    Args:
        business_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        search (str | Unset):
        amount_ge (int | Unset):
        amount_le (int | Unset):
        exclude (str | Unset):
        status (str | Unset):
        as_of_date (datetime.date | Unset):
        sort_column (str | Unset):
        sort_order (str | Unset):
        include_removed (bool | Unset):
        modified_since (int | Unset):
        contact_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[InvoiceInfo]]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        offset=offset,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        search=search,
        amount_ge=amount_ge,
        amount_le=amount_le,
        exclude=exclude,
        status=status,
        as_of_date=as_of_date,
        sort_column=sort_column,
        sort_order=sort_order,
        include_removed=include_removed,
        modified_since=modified_since,
        contact_id=contact_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    status: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> list[InvoiceInfo] | None:
    """The business's invoices (records with type INVOICE)

    Args:
        business_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        search (str | Unset):
        amount_ge (int | Unset):
        amount_le (int | Unset):
        exclude (str | Unset):
        status (str | Unset):
        as_of_date (datetime.date | Unset):
        sort_column (str | Unset):
        sort_order (str | Unset):
        include_removed (bool | Unset):
        modified_since (int | Unset):
        contact_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[InvoiceInfo]
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        offset=offset,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        search=search,
        amount_ge=amount_ge,
        amount_le=amount_le,
        exclude=exclude,
        status=status,
        as_of_date=as_of_date,
        sort_column=sort_column,
        sort_order=sort_order,
        include_removed=include_removed,
        modified_since=modified_since,
        contact_id=contact_id,
    ).parsed


async def asyncio_detailed(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    status: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> Response[list[InvoiceInfo]]:
    """The business's invoices (records with type INVOICE)

    Args:
        business_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        search (str | Unset):
        amount_ge (int | Unset):
        amount_le (int | Unset):
        exclude (str | Unset):
        status (str | Unset):
        as_of_date (datetime.date | Unset):
        sort_column (str | Unset):
        sort_order (str | Unset):
        include_removed (bool | Unset):
        modified_since (int | Unset):
        contact_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[InvoiceInfo]]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        offset=offset,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        search=search,
        amount_ge=amount_ge,
        amount_le=amount_le,
        exclude=exclude,
        status=status,
        as_of_date=as_of_date,
        sort_column=sort_column,
        sort_order=sort_order,
        include_removed=include_removed,
        modified_since=modified_since,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    status: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> list[InvoiceInfo] | None:
    """The business's invoices (records with type INVOICE)

    Args:
        business_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        search (str | Unset):
        amount_ge (int | Unset):
        amount_le (int | Unset):
        exclude (str | Unset):
        status (str | Unset):
        as_of_date (datetime.date | Unset):
        sort_column (str | Unset):
        sort_order (str | Unset):
        include_removed (bool | Unset):
        modified_since (int | Unset):
        contact_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[InvoiceInfo]
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            offset=offset,
            limit=limit,
            start_date=start_date,
            end_date=end_date,
            search=search,
            amount_ge=amount_ge,
            amount_le=amount_le,
            exclude=exclude,
            status=status,
            as_of_date=as_of_date,
            sort_column=sort_column,
            sort_order=sort_order,
            include_removed=include_removed,
            modified_since=modified_since,
            contact_id=contact_id,
        )
    ).parsed


async def asyncio_json(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    search: str | Unset = UNSET,
    amount_ge: int | Unset = UNSET,
    amount_le: int | Unset = UNSET,
    exclude: str | Unset = UNSET,
    status: str | Unset = UNSET,
    as_of_date: datetime.date | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
    contact_id: int | Unset = UNSET,
) -> Any:
    """Like ``asyncio()``, but the body's JSON as plain Python values: no models are built.

    For bulk reads where dicts are all that is needed (an export, a sync). Returns None for a
    response that is not a success, as ``asyncio()`` does.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        offset=offset,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        search=search,
        amount_ge=amount_ge,
        amount_le=amount_le,
        exclude=exclude,
        status=status,
        as_of_date=as_of_date,
        sort_column=sort_column,
        sort_order=sort_order,
        include_removed=include_removed,
        modified_since=modified_since,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    if 200 <= response.status_code < 300:
        return response.json()
    return None
