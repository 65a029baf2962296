from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.import_records_request import ImportRecordsRequest
from ...models.record_info import RecordInfo
from ...types import Response


def _get_kwargs(
    business_id: int,
    *,
    body: ImportRecordsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/businesses/{business_id}/records/import".format(
            business_id=quote(str(business_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[RecordInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = RecordInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[RecordInfo]]:
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
    body: ImportRecordsRequest,
) -> Response[list[RecordInfo]]:
    """Import records from an OFX or QBO file

     Imports records from an outside source; only OFX/QBO files are supported. The file
    is either uploaded in the `file` part, or named by the `uuid` of an uploaded
    attachment or a `url`. With `preview` true the parsed records are returned and
    nothing is stored.

    Args:
        business_id (int):
        body (ImportRecordsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[RecordInfo]]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ImportRecordsRequest,
) -> list[RecordInfo] | None:
    """Import records from an OFX or QBO file

     Imports records from an outside source; only OFX/QBO files are supported. The file
    is either uploaded in the `file` part, or named by the `uuid` of an uploaded
    attachment or a `url`. With `preview` true the parsed records are returned and
    nothing is stored.

    Args:
        business_id (int):
        body (ImportRecordsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[RecordInfo]
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ImportRecordsRequest,
) -> Response[list[RecordInfo]]:
    """Import records from an OFX or QBO file

     Imports records from an outside source; only OFX/QBO files are supported. The file
    is either uploaded in the `file` part, or named by the `uuid` of an uploaded
    attachment or a `url`. With `preview` true the parsed records are returned and
    nothing is stored.

    Args:
        business_id (int):
        body (ImportRecordsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[RecordInfo]]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ImportRecordsRequest,
) -> list[RecordInfo] | None:
    """Import records from an OFX or QBO file

     Imports records from an outside source; only OFX/QBO files are supported. The file
    is either uploaded in the `file` part, or named by the `uuid` of an uploaded
    attachment or a `url`. With `preview` true the parsed records are returned and
    nothing is stored.

    Args:
        business_id (int):
        body (ImportRecordsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[RecordInfo]
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_json(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ImportRecordsRequest,
) -> Any:
    """Like ``asyncio()``, but the body's JSON as plain Python values: no models are built.

    For bulk reads where dicts are all that is needed (an export, a sync). Returns None for a
    response that is not a success, as ``asyncio()`` does.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    if 200 <= response.status_code < 300:
        return response.json()
    return None
