"""The `kashoo` command group: global options and the commands (exit codes: see errors.py)."""

from __future__ import annotations

import logging

import click

from . import auth_commands, data_commands, export_command, sandbox_command
from .session import Options, config_dir


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--product",
    type=click.Choice(["kashoo", "tsa"]),
    envvar="KASHOO_PRODUCT",
    help="Kashoo classic (kashoo) or TrulySmall (tsa). [env KASHOO_PRODUCT; default: the login's, else kashoo]",
)
@click.option(
    "--base-url",
    envvar="KASHOO_BASE_URL",
    help="API base URL, e.g. a sandbox's http://127.0.0.1:8000/api. [env KASHOO_BASE_URL]",
)
@click.option(
    "--rate-limit",
    type=click.FloatRange(min=0),
    envvar="KASHOO_RATE_LIMIT",
    help="Requests per second (0: no limit). [env KASHOO_RATE_LIMIT; default 10]",
)
@click.option("-v", "--verbose", is_flag=True, help="Log requests (secrets redacted) to stderr.")
@click.version_option(package_name="kashoo-sdk")
@click.pass_context
def cli(ctx: click.Context, product: str | None, base_url: str | None, rate_limit: float | None, verbose: bool) -> None:
    """Kashoo / TrulySmall accounting from the command line.

    Log in once (`kashoo login`), then list, export and import. Try it without an account
    against the local sandbox: `kashoo sandbox --demo`.

    \b
    Exit codes: 0 ok, 1 unexpected error, 2 bad usage or input, 3 not logged in or login
    refused, 4 not found or not allowed, 5 API/network failure after retries, 6 outcome
    unknown (a write may have happened), 130 interrupted.
    """
    if verbose:
        logging.basicConfig(level=logging.WARNING, format="%(name)s %(levelname)s %(message)s")
        logging.getLogger("kashoo").setLevel(logging.DEBUG)
    ctx.obj = Options(product=product, base_url=base_url, config_dir=config_dir(), rate_limit=rate_limit)


for command in (
    sandbox_command.sandbox,
    auth_commands.login,
    auth_commands.logout,
    auth_commands.whoami,
    data_commands.businesses,
    data_commands.accounts,
    data_commands.contacts,
    data_commands.records,
    data_commands.import_group,
    export_command.export_group,
):
    cli.add_command(command)


def main() -> None:
    """The console script."""
    cli(prog_name="kashoo")
