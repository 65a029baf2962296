from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.contact_info import ContactInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: int,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["search"] = search

    params["includeRemoved"] = include_removed

    params["modifiedSince"] = modified_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/businesses/{business_id}/contacts".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[ContactInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ContactInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[ContactInfo]]:
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
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
) -> Response[list[ContactInfo]]:
    """The business's contacts (customers and vendors)

    Args:
        business_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        search (str | Unset):
        include_removed (bool | Unset):
        modified_since (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ContactInfo]]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        offset=offset,
        limit=limit,
        search=search,
        include_removed=include_removed,
        modified_since=modified_since,
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
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
) -> list[ContactInfo] | None:
    """The business's contacts (customers and vendors)

    Args:
        business_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        search (str | Unset):
        include_removed (bool | Unset):
        modified_since (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ContactInfo]
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        offset=offset,
        limit=limit,
        search=search,
        include_removed=include_removed,
        modified_since=modified_since,
    ).parsed


async def asyncio_detailed(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
) -> Response[list[ContactInfo]]:
    """The business's contacts (customers and vendors)

    Args:
        business_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        search (str | Unset):
        include_removed (bool | Unset):
        modified_since (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ContactInfo]]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        offset=offset,
        limit=limit,
        search=search,
        include_removed=include_removed,
        modified_since=modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
) -> list[ContactInfo] | None:
    """The business's contacts (customers and vendors)

    Args:
        business_id (int):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        search (str | Unset):
        include_removed (bool | Unset):
        modified_since (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ContactInfo]
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            offset=offset,
            limit=limit,
            search=search,
            include_removed=include_removed,
            modified_since=modified_since,
        )
    ).parsed


async def asyncio_json(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    search: str | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    modified_since: int | Unset = UNSET,
) -> Any:
    """Like ``asyncio()``, but the body's JSON as plain Python values: no models are built.

    For bulk reads where dicts are all that is needed (an export, a sync). Returns None for a
    response that is not a success, as ``asyncio()`` does.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        offset=offset,
        limit=limit,
        search=search,
        include_removed=include_removed,
        modified_since=modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    if 200 <= response.status_code < 300:
        return response.json()
    return None
