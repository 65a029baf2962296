"""`kashoo sandbox`: the local Kashoo sandbox server (see kashoo_sandbox)."""

from __future__ import annotations

import click


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def sandbox(ctx: click.Context) -> None:
    """Start the local sandbox server (placeholder until kashoo_sandbox lands)."""
    raise click.UsageError("the sandbox is not available yet")
