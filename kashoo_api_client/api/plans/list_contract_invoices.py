import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contract_invoice_info import ContractInvoiceInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: int,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/businesses/{business_id}/contract/invoices".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ContractInvoiceInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ContractInvoiceInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ContractInvoiceInfo]]:
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
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[list[ContractInvoiceInfo]]:
    """Invoices made on the business's current contract (plan)

    Args:
        business_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ContractInvoiceInfo]]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> list[ContractInvoiceInfo] | None:
    """Invoices made on the business's current contract (plan)

    Args:
        business_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ContractInvoiceInfo]
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[list[ContractInvoiceInfo]]:
    """Invoices made on the business's current contract (plan)

    Args:
        business_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ContractInvoiceInfo]]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> list[ContractInvoiceInfo] | None:
    """Invoices made on the business's current contract (plan)

    Args:
        business_id (int):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ContractInvoiceInfo]
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            offset=offset,
            limit=limit,
        )
    ).parsed


async def asyncio_json(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
) -> Any:
    """Like ``asyncio()``, but the body's JSON as plain Python values: no models are built.

    For bulk reads where dicts are all that is needed (an export, a sync). Returns None for a
    response that is not a success, as ``asyncio()`` does.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        start_date=start_date,
        end_date=end_date,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    if 200 <= response.status_code < 300:
        return response.json()
    return None
