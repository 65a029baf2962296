from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.legacy_tax_info import LegacyTaxInfo
from ...models.tax_composite_info import TaxCompositeInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: int,
    *,
    version: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/businesses/{business_id}/taxes".format(
            business_id=quote(str(business_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[LegacyTaxInfo | TaxCompositeInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> LegacyTaxInfo | TaxCompositeInfo:
                if isinstance(data, dict):
                    try:
                        response_200_item_type_0 = TaxCompositeInfo.from_dict(data)

                        return response_200_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_1 = LegacyTaxInfo.from_dict(data)

                return response_200_item_type_1

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[LegacyTaxInfo | TaxCompositeInfo]]:
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
    version: int | Unset = UNSET,
) -> Response[list[LegacyTaxInfo | TaxCompositeInfo]]:
    """The business's taxes, legacy (v1) or composite (v2)

     Providing `version=2` returns TaxCompositeInfo items, otherwise LegacyTaxInfo items.
    Each item is parsed as whichever of the two it is: a composite tax has `rates`.

    Args:
        business_id (int):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[LegacyTaxInfo | TaxCompositeInfo]]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    version: int | Unset = UNSET,
) -> list[LegacyTaxInfo | TaxCompositeInfo] | None:
    """The business's taxes, legacy (v1) or composite (v2)

     Providing `version=2` returns TaxCompositeInfo items, otherwise LegacyTaxInfo items.
    Each item is parsed as whichever of the two it is: a composite tax has `rates`.

    Args:
        business_id (int):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[LegacyTaxInfo | TaxCompositeInfo]
    """

    return sync_detailed(
        business_id=business_id,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    version: int | Unset = UNSET,
) -> Response[list[LegacyTaxInfo | TaxCompositeInfo]]:
    """The business's taxes, legacy (v1) or composite (v2)

     Providing `version=2` returns TaxCompositeInfo items, otherwise LegacyTaxInfo items.
    Each item is parsed as whichever of the two it is: a composite tax has `rates`.

    Args:
        business_id (int):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[LegacyTaxInfo | TaxCompositeInfo]]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    version: int | Unset = UNSET,
) -> list[LegacyTaxInfo | TaxCompositeInfo] | None:
    """The business's taxes, legacy (v1) or composite (v2)

     Providing `version=2` returns TaxCompositeInfo items, otherwise LegacyTaxInfo items.
    Each item is parsed as whichever of the two it is: a composite tax has `rates`.

    Args:
        business_id (int):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[LegacyTaxInfo | TaxCompositeInfo]
    """

    return (
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            version=version,
        )
    ).parsed


async def asyncio_json(
    business_id: int,
    *,
    client: AuthenticatedClient | Client,
    version: int | Unset = UNSET,
) -> Any:
    """Like ``asyncio()``, but the body's JSON as plain Python values: no models are built.

    For bulk reads where dicts are all that is needed (an export, a sync). Returns None for a
    response that is not a success, as ``asyncio()`` does.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    if 200 <= response.status_code < 300:
        return response.json()
    return None
