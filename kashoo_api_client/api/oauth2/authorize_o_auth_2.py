from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    client_id: str,
    response_type: str = "code",
    scope: str | Unset = "full-access",
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["response_type"] = response_type

    params["scope"] = scope

    params["redirect_uri"] = redirect_uri

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth2/authorize",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    response_type: str = "code",
    scope: str | Unset = "full-access",
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> Response[Any | str]:
    """OAuth2 authorization page (opened in the user's browser)

     The page a third-party app sends the user's browser to. After the user logs in and
    approves, the browser is redirected to `redirect_uri?code=...&state=...`. Only one
    redirect URL is registered per client id and it must match exactly. Not called by
    the SDK itself; the SDK builds this URL.

    Args:
        client_id (str):
        response_type (str):  Default: 'code'.
        scope (str | Unset):  Default: 'full-access'.
        redirect_uri (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        response_type=response_type,
        scope=scope,
        redirect_uri=redirect_uri,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    response_type: str = "code",
    scope: str | Unset = "full-access",
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> Any | str | None:
    """OAuth2 authorization page (opened in the user's browser)

     The page a third-party app sends the user's browser to. After the user logs in and
    approves, the browser is redirected to `redirect_uri?code=...&state=...`. Only one
    redirect URL is registered per client id and it must match exactly. Not called by
    the SDK itself; the SDK builds this URL.

    Args:
        client_id (str):
        response_type (str):  Default: 'code'.
        scope (str | Unset):  Default: 'full-access'.
        redirect_uri (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        response_type=response_type,
        scope=scope,
        redirect_uri=redirect_uri,
        state=state,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    response_type: str = "code",
    scope: str | Unset = "full-access",
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> Response[Any | str]:
    """OAuth2 authorization page (opened in the user's browser)

     The page a third-party app sends the user's browser to. After the user logs in and
    approves, the browser is redirected to `redirect_uri?code=...&state=...`. Only one
    redirect URL is registered per client id and it must match exactly. Not called by
    the SDK itself; the SDK builds this URL.

    Args:
        client_id (str):
        response_type (str):  Default: 'code'.
        scope (str | Unset):  Default: 'full-access'.
        redirect_uri (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        response_type=response_type,
        scope=scope,
        redirect_uri=redirect_uri,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    response_type: str = "code",
    scope: str | Unset = "full-access",
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> Any | str | None:
    """OAuth2 authorization page (opened in the user's browser)

     The page a third-party app sends the user's browser to. After the user logs in and
    approves, the browser is redirected to `redirect_uri?code=...&state=...`. Only one
    redirect URL is registered per client id and it must match exactly. Not called by
    the SDK itself; the SDK builds this URL.

    Args:
        client_id (str):
        response_type (str):  Default: 'code'.
        scope (str | Unset):  Default: 'full-access'.
        redirect_uri (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            response_type=response_type,
            scope=scope,
            redirect_uri=redirect_uri,
            state=state,
        )
    ).parsed


async def asyncio_json(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    response_type: str = "code",
    scope: str | Unset = "full-access",
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> Any:
    """Like ``asyncio()``, but the body's JSON as plain Python values: no models are built.

    For bulk reads where dicts are all that is needed (an export, a sync). Returns None for a
    response that is not a success, as ``asyncio()`` does.
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        response_type=response_type,
        scope=scope,
        redirect_uri=redirect_uri,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    if 200 <= response.status_code < 300:
        return response.json()
    return None
