"""The one place that turns an error into a one-line message and an exit code.

Exit codes:

====  ==========================================================================
0     success
1     an unexpected error
2     bad usage or input (an option, a date, a file; click's usage errors too)
3     not logged in, or the login/token was refused (run `kashoo login`)
4     not found, or not allowed (an unknown business, another user's data)
5     the API or the network failed after retries (5xx, timeouts, rate limits)
6     outcome unknown: a write may or may not have happened (check before retrying)
130   interrupted (an export keeps its checkpoint: run it again with --resume)
====  ==========================================================================
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

import click

from kashoo_ext import (
    AuthenticationError,
    ConfigurationError,
    KashooError,
    MfaRequiredError,
    NetworkError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    ProductNotSupportedError,
    RateLimitError,
    ServerError,
    TimeoutError,
    TokenExpiredError,
    ValidationError,
)

from .exporting import ExportError
from .session import NotLoggedInError

T = TypeVar("T")

EXIT_USAGE, EXIT_AUTH, EXIT_NOT_FOUND, EXIT_UNAVAILABLE, EXIT_OUTCOME_UNKNOWN = 2, 3, 4, 5, 6
EXIT_INTERRUPTED = 130
# First match wins: subclasses before their bases.
EXIT_CODES: list[tuple[type[BaseException], int]] = [
    (NotLoggedInError, EXIT_AUTH),
    (MfaRequiredError, EXIT_AUTH),
    (TokenExpiredError, EXIT_AUTH),
    (AuthenticationError, EXIT_AUTH),
    (NotFoundError, EXIT_NOT_FOUND),
    (PermissionDeniedError, EXIT_NOT_FOUND),
    (OutcomeUnknownError, EXIT_OUTCOME_UNKNOWN),
    (RateLimitError, EXIT_UNAVAILABLE),
    (ServerError, EXIT_UNAVAILABLE),
    (TimeoutError, EXIT_UNAVAILABLE),
    (NetworkError, EXIT_UNAVAILABLE),
    (ProductNotSupportedError, EXIT_USAGE),
    (ConfigurationError, EXIT_USAGE),
    (ValidationError, EXIT_USAGE),
    (ExportError, EXIT_USAGE),
    (KashooError, 1),
]


def one_line(error: BaseException) -> str:
    """The error as one line: the SDK's message and, for an API answer, what was asked."""
    if isinstance(error, KashooError):
        text = error.message
        if error.status is not None and error.method and error.url:
            text += f" ({error.method} {error.url} -> {error.status})"
    else:
        text = str(error)
    return " ".join(text.split())


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a command's coroutine; errors become a message and an exit code."""
    try:
        return asyncio.run(coro)
    except KeyboardInterrupt:
        click.echo("kashoo: interrupted", err=True)
        raise SystemExit(EXIT_INTERRUPTED) from None
    except tuple(cls for cls, _ in EXIT_CODES) as error:
        code = next(code for cls, code in EXIT_CODES if isinstance(error, cls))
        click.echo(f"kashoo: error: {one_line(error)}", err=True)
        raise SystemExit(code) from None
    except OSError as error:
        # A file that cannot be written or read, a full disk: say which, no traceback.
        where = f": {error.filename}" if error.filename else ""
        click.echo(f"kashoo: error: {error.strerror or error}{where}", err=True)
        raise SystemExit(1) from None
    except Exception as error:
        # A bug or something unforeseen: one line here, the traceback in the -v log.
        logging.getLogger("kashoo").debug("unexpected error", exc_info=True)
        click.echo(f"kashoo: error: unexpected {type(error).__name__}: {one_line(error)} (-v shows more)", err=True)
        raise SystemExit(1) from None
