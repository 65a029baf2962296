from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.invoice_info import InvoiceInfo
from ...types import Response


def _get_kwargs(
    business_id: int,
    record_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/businesses/{business_id}/records/invoices/{record_id}".format(
            business_id=quote(str(business_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvoiceInfo | None:
    if response.status_code == 200:
        response_200 = InvoiceInfo.from_dict(response.json())

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvoiceInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InvoiceInfo]:
    """One invoice

    Args:
        business_id (int):
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceInfo]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        record_id=record_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> InvoiceInfo | None:
    """One invoice

    Args:
        business_id (int):
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceInfo
    """

    return sync_detailed(
        business_id=business_id,
        record_id=record_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    business_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InvoiceInfo]:
    """One invoice

    Args:
        business_id (int):
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceInfo]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        record_id=record_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> InvoiceInfo | None:
    """One invoice

    Args:
        business_id (int):
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceInfo
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            record_id=record_id,
            client=client,
        )
    ).parsed


async def asyncio_json(
    business_id: int,
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any:
    """Like ``asyncio()``, but the body's JSON as plain Python values: no models are built.

    For bulk reads where dicts are all that is needed (an export, a sync). Returns None for a
    response that is not a success, as ``asyncio()`` does.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        record_id=record_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    if 200 <= response.status_code < 300:
        return response.json()
    return None
