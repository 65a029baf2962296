from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.o_auth_2_token import OAuth2Token
from ...models.o_auth_2_token_request import OAuth2TokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OAuth2TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OAuth2Token | None:
    if response.status_code == 200:
        response_200 = OAuth2Token.from_dict(response.json())

        return response_200

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OAuth2Token]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OAuth2TokenRequest,
) -> Response[OAuth2Token]:
    """Exchange an authorization code or a refresh token for an access token

     With `grant_type=authorization_code`, `code` and `redirect_uri` are required; with
    `grant_type=refresh_token`, `refresh_token` is. The client id and secret go in an
    HTTP Basic Authorization header. Refresh tokens rotate: the old one stops working.

    Args:
        body (OAuth2TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuth2Token]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OAuth2TokenRequest,
) -> OAuth2Token | None:
    """Exchange an authorization code or a refresh token for an access token

     With `grant_type=authorization_code`, `code` and `redirect_uri` are required; with
    `grant_type=refresh_token`, `refresh_token` is. The client id and secret go in an
    HTTP Basic Authorization header. Refresh tokens rotate: the old one stops working.

    Args:
        body (OAuth2TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuth2Token
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OAuth2TokenRequest,
) -> Response[OAuth2Token]:
    """Exchange an authorization code or a refresh token for an access token

     With `grant_type=authorization_code`, `code` and `redirect_uri` are required; with
    `grant_type=refresh_token`, `refresh_token` is. The client id and secret go in an
    HTTP Basic Authorization header. Refresh tokens rotate: the old one stops working.

    Args:
        body (OAuth2TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuth2Token]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OAuth2TokenRequest,
) -> OAuth2Token | None:
    """Exchange an authorization code or a refresh token for an access token

     With `grant_type=authorization_code`, `code` and `redirect_uri` are required; with
    `grant_type=refresh_token`, `refresh_token` is. The client id and secret go in an
    HTTP Basic Authorization header. Refresh tokens rotate: the old one stops working.

    Args:
        body (OAuth2TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuth2Token
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_json(
    *,
    client: AuthenticatedClient,
    body: OAuth2TokenRequest,
) -> Any:
    """Like ``asyncio()``, but the body's JSON as plain Python values: no models are built.

    For bulk reads where dicts are all that is needed (an export, a sync). Returns None for a
    response that is not a success, as ``asyncio()`` does.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    if 200 <= response.status_code < 300:
        return response.json()
    return None
