from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.send_invoice_request import SendInvoiceRequest
from ...models.send_invoice_result import SendInvoiceResult
from ...types import Response


def _get_kwargs(
    record_id: int,
    *,
    body: SendInvoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/records/{record_id}/send".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SendInvoiceResult | None:
    if response.status_code == 200:
        response_200 = SendInvoiceResult.from_dict(response.json())

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SendInvoiceResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SendInvoiceRequest,
) -> Response[SendInvoiceResult]:
    """Email an invoice, or preview the email

     Sends an invoice email for the record to the given address. With `preview` true,
    nothing is sent and the preview is returned.

    Args:
        record_id (int):
        body (SendInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendInvoiceResult]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SendInvoiceRequest,
) -> SendInvoiceResult | None:
    """Email an invoice, or preview the email

     Sends an invoice email for the record to the given address. With `preview` true,
    nothing is sent and the preview is returned.

    Args:
        record_id (int):
        body (SendInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendInvoiceResult
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SendInvoiceRequest,
) -> Response[SendInvoiceResult]:
    """Email an invoice, or preview the email

     Sends an invoice email for the record to the given address. With `preview` true,
    nothing is sent and the preview is returned.

    Args:
        record_id (int):
        body (SendInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendInvoiceResult]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SendInvoiceRequest,
) -> SendInvoiceResult | None:
    """Email an invoice, or preview the email

     Sends an invoice email for the record to the given address. With `preview` true,
    nothing is sent and the preview is returned.

    Args:
        record_id (int):
        body (SendInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendInvoiceResult
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_json(
    record_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SendInvoiceRequest,
) -> Any:
    """Like ``asyncio()``, but the body's JSON as plain Python values: no models are built.

    For bulk reads where dicts are all that is needed (an export, a sync). Returns None for a
    response that is not a success, as ``asyncio()`` does.
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    if 200 <= response.status_code < 300:
        return response.json()
    return None
