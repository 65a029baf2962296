"""`kashoo sandbox`: the local Kashoo sandbox server (kashoo_sandbox), from the same command."""

from __future__ import annotations

import click


@click.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def sandbox(args: tuple[str, ...]) -> None:
    """Start the local sandbox server: [--port P] [--demo] [--db FILE] [--quirks all] [--fault-rate R] ...

    Everything after `sandbox` goes to the sandbox itself; `kashoo sandbox --help` lists it.
    """
    try:
        from kashoo_sandbox.cli import main as sandbox_main
    except ImportError as error:
        raise click.ClickException(
            f"the sandbox needs extra packages ({error.name}): pip install 'kashoo-sdk[sandbox]'"
        ) from None
    sandbox_main(list(args), prog="kashoo sandbox")
