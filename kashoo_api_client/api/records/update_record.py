from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.record_info import RecordInfo
from ...types import Response


def _get_kwargs(
    record_id: int,
    *,
    body: RecordInfo,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/records/{record_id}".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RecordInfo | None:
    if response.status_code == 200:
        response_200 = RecordInfo.from_dict(response.json())

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RecordInfo]:
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
    body: RecordInfo,
) -> Response[RecordInfo]:
    """Update a record

    Args:
        record_id (int):
        body (RecordInfo): A record (transaction) of any type. The documented fields are those
            every record has;
            `amount`, `totalDue`, `balanceDue` and `paid` are present on the types that have them
            (inferred). Fields of other types are kept in `additional_properties`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordInfo]
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
    body: RecordInfo,
) -> RecordInfo | None:
    """Update a record

    Args:
        record_id (int):
        body (RecordInfo): A record (transaction) of any type. The documented fields are those
            every record has;
            `amount`, `totalDue`, `balanceDue` and `paid` are present on the types that have them
            (inferred). Fields of other types are kept in `additional_properties`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordInfo
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
    body: RecordInfo,
) -> Response[RecordInfo]:
    """Update a record

    Args:
        record_id (int):
        body (RecordInfo): A record (transaction) of any type. The documented fields are those
            every record has;
            `amount`, `totalDue`, `balanceDue` and `paid` are present on the types that have them
            (inferred). Fields of other types are kept in `additional_properties`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecordInfo]
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
    body: RecordInfo,
) -> RecordInfo | None:
    """Update a record

    Args:
        record_id (int):
        body (RecordInfo): A record (transaction) of any type. The documented fields are those
            every record has;
            `amount`, `totalDue`, `balanceDue` and `paid` are present on the types that have them
            (inferred). Fields of other types are kept in `additional_properties`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecordInfo
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
    body: RecordInfo,
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
