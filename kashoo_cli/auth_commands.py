"""`kashoo login`, `kashoo logout`, `kashoo whoami`."""

from __future__ import annotations

import asyncio
import os
import sys
import webbrowser

import click

from kashoo_api_client.api.users import get_me
from kashoo_api_client.models import UserInfo
from kashoo_ext import (
    AuthenticationError,
    FileTokenStore,
    KashooClient,
    OAuth2Auth,
    PasswordAuth,
)

from .errors import run
from .oauth_listener import redirect_listener
from .output import emit
from .session import Options, logged_in

DEFAULT_REDIRECT_URI = "http://127.0.0.1:8976/callback"


async def _ask_mfa_code() -> str:
    return str(await asyncio.to_thread(click.prompt, "SMS code", err=True))


async def _me(kc: KashooClient) -> UserInfo:
    me = await get_me.asyncio(client=kc.api)
    if me is None:
        raise AuthenticationError("the API did not say who is logged in")
    return me


def _hello(me: UserInfo, kc: KashooClient) -> str:
    return f"Logged in as {me.name or '?'} <{me.email or '?'}> (user {me.id}) on {kc.product.value} at {kc.base_url}"


async def _password_login(options: Options, email: str, password: str) -> None:
    auth = PasswordAuth(email, password, mfa_callback=_ask_mfa_code)
    async with options.client(auth) as kc:
        me = await _me(kc)
        assert auth.token is not None  # get_me logged in
        options.forget_login()
        options.save_login(
            {
                "kind": "token",
                "product": kc.product.value,
                "base_url": kc.base_url,
                "email": email,
                "token": auth.token.to_dict(),
            }
        )
        click.echo(_hello(me, kc))


async def _oauth_login(
    options: Options, client_id: str, client_secret: str, redirect_uri: str, open_browser: bool, wait_seconds: float
) -> None:
    options.forget_login()
    auth = OAuth2Auth(
        client_id, client_secret, redirect_uri=redirect_uri, store=FileTokenStore(options.oauth_tokens_path)
    )
    async with options.client(auth) as kc, redirect_listener(redirect_uri) as arrived:
        request = kc.authorization_request()
        click.echo(f"Open this URL to log in and approve:\n  {request.url}", err=True)
        if open_browser:
            webbrowser.open(request.url)
        try:
            callback_url = await asyncio.wait_for(arrived, wait_seconds)
        except TimeoutError:
            raise AuthenticationError(
                f"no redirect came back within {wait_seconds:.0f} s; run `kashoo login --oauth` again"
            ) from None
        await kc.complete_authorization(callback_url, expected_state=request.state)
        me = await _me(kc)
        options.save_login(
            {
                "kind": "oauth",
                "product": kc.product.value,
                "base_url": kc.base_url,
                "client_id": client_id,
                "client_secret": client_secret,
                "redirect_uri": redirect_uri,
            }
        )
        click.echo(_hello(me, kc))


@click.command()
@click.option("--email", envvar="KASHOO_EMAIL", help="Log in with this email and a password. [env KASHOO_EMAIL]")
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input instead of prompting. "
    "(Or set KASHOO_PASSWORD; never pass a password as an argument.)",
)
@click.option("--oauth", is_flag=True, help="Log in through the browser with OAuth2 (third-party apps).")
@click.option("--client-id", envvar="KASHOO_CLIENT_ID", help="OAuth2 client id. [env KASHOO_CLIENT_ID]")
@click.option("--client-secret", envvar="KASHOO_CLIENT_SECRET", help="OAuth2 client secret. [env KASHOO_CLIENT_SECRET]")
@click.option(
    "--redirect-uri",
    envvar="KASHOO_REDIRECT_URI",
    default=DEFAULT_REDIRECT_URI,
    show_default=True,
    help="The OAuth2 redirect URI registered for the client; a local listener waits there.",
)
@click.option("--no-browser", is_flag=True, help="Only print the OAuth2 URL; do not open a browser.")
@click.option(
    "--timeout", type=click.FloatRange(min=1), default=300, show_default=True, help="Seconds to wait for the redirect."
)
@click.pass_obj
def login(
    options: Options,
    email: str | None,
    password_stdin: bool,
    oauth: bool,
    client_id: str | None,
    client_secret: str | None,
    redirect_uri: str,
    no_browser: bool,
    timeout: float,
) -> None:
    """Log in and remember it (in the config dir, owner-only).

    \b
    Email and password (asks for an SMS code if the account has MFA):
      kashoo login --email me@example.com
    OAuth2, for third-party apps (opens the browser, waits for the redirect):
      kashoo login --oauth --client-id ID --client-secret SECRET
    """
    if oauth:
        if not client_id or not client_secret:
            raise click.UsageError("--oauth needs --client-id and --client-secret (or KASHOO_CLIENT_ID/_SECRET)")
        run(_oauth_login(options, client_id, client_secret, redirect_uri, not no_browser, timeout))
        return
    if not email:
        email = click.prompt("Email", err=True)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = os.environ.get("KASHOO_PASSWORD") or click.prompt("Password", hide_input=True, err=True)
    if not password:
        raise click.UsageError("the password is empty")
    run(_password_login(options, str(email), password))


@click.command()
@click.pass_obj
def logout(options: Options) -> None:
    """Forget the stored login."""
    removed = options.forget_login()
    click.echo("Logged out." if removed else "Not logged in.")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the user as JSON.")
@click.pass_obj
def whoami(options: Options, as_json: bool) -> None:
    """Show who is logged in, to which product and host."""

    async def show() -> None:
        async with logged_in(options) as kc:
            me = await _me(kc)
            if as_json:
                emit([me.to_dict()], [], as_json=True)
            else:
                click.echo(_hello(me, kc).replace("Logged in as", "You are", 1))

    run(show())
