"""The request context and the one wrapper every API handler runs in.

Handlers are plain synchronous functions `(Ctx) -> result`. The wrapper reads the whole
request first (so nothing awaits inside the transaction), authenticates, runs the handler
in one SQLite transaction and renders the result: a dict or list → 200 JSON (shown through
quirks.present), None → 204, a Response → as it is. An ApiError rolls everything back.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .errors import ApiError, bad_request
from .quirks import present
from .state import Sandbox
from .values import query_int

log = logging.getLogger("kashoo_sandbox")

PRODUCT_BASES = {"kashoo": "/api", "tsa": "/tsa/api"}
BOTH = frozenset(PRODUCT_BASES)
ROUTE_KEY = "kashoo_sandbox.route"


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


class Ctx:
    """One API request, fully read."""

    def __init__(self, request: Request, sandbox: Sandbox, product: str, body: bytes) -> None:
        self.request = request
        self.sandbox = sandbox
        self.store = sandbox.store
        self.product = product
        self.body = body
        self.form: dict[str, str] = {}
        self.files: dict[str, tuple[str, bytes]] = {}
        self.user_id = 0  # set by authentication
        self.dry_run = False  # set by a handler whose work must not be kept (previews)
        self._now: int | None = None

    @property
    def now(self) -> int:
        """This request's timestamp (epoch ms); one per request, strictly increasing across writes."""
        if self._now is None:
            self._now = self.store.now_ms()
        return self._now

    @property
    def base_url(self) -> str:
        return str(self.request.base_url).rstrip("/") + PRODUCT_BASES[self.product]

    def header(self, name: str) -> str | None:
        return self.request.headers.get(name)

    def query(self, name: str) -> str | None:
        return self.request.query_params.get(name)

    def query_int(self, name: str, default: int | None, minimum: int = 0) -> int | None:
        return query_int(self.query(name), name, default, minimum=minimum)

    def path_id(self, name: str) -> int:
        raw = str(self.request.path_params[name])
        if not raw.isdigit() or len(raw) > 19 or int(raw) > 2**63 - 1:
            raise ApiError(404, "not_found", f"No such item: {name} must be an id.")
        return int(raw)

    def json(self) -> Any:
        if not self.body.strip():
            raise bad_request("A JSON body is required.")
        try:
            return json.loads(self.body, parse_constant=_reject_constant)
        except (ValueError, RecursionError):
            raise bad_request("The body is not valid JSON.") from None

    def json_object(self) -> dict[str, Any]:
        data = self.json()
        if not isinstance(data, dict):
            raise bad_request("The body must be a JSON object.")
        return data

    def json_list(self) -> list[Any]:
        data = self.json()
        if not isinstance(data, list):
            raise bad_request("The body must be a JSON array.")
        return data


class _DryRun(Exception):
    """Rolls a request's transaction back while keeping its answer."""

    def __init__(self, result: Any) -> None:
        super().__init__("dry run")
        self.result = result


Handler = Callable[[Ctx], Any]
Authenticator = Callable[[Ctx], None]


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # relative to the product base
    handler: Handler
    auth: str = "user"  # "user", "subscription", or "none" (the handler checks what it needs)
    products: frozenset[str] = BOTH


async def _read(request: Request) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """Form fields and uploaded files of a form-encoded or multipart request."""
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        return {}, {}
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    try:
        async with request.form() as form:
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    files[key] = (value.filename or "", await value.read())
                else:
                    fields.setdefault(key, value)
    except Exception:
        raise bad_request("The form body could not be parsed.") from None
    return fields, files


def make_route(sandbox: Sandbox, endpoint: Endpoint, product: str, authenticators: dict[str, Authenticator]) -> Route:
    template = f"{endpoint.method} {endpoint.path}"

    async def run(request: Request) -> Response:
        request.scope[ROUTE_KEY] = template
        quirks = sandbox.config.quirks
        try:
            body = await request.body()
            ctx = Ctx(request, sandbox, product, body)
            ctx.form, ctx.files = await _read(request)
            with sandbox.store.transaction():
                if endpoint.auth != "none":
                    authenticators[endpoint.auth](ctx)
                result = endpoint.handler(ctx)
                if ctx.dry_run:
                    raise _DryRun(result)
        except _DryRun as dry:
            result = dry.result
        except ApiError as error:
            return sandbox.errors.render(error, quirks)
        except ClientDisconnect:
            # The client went away mid-request (a killed export, say): nobody reads an answer.
            return Response(status_code=499)
        except Exception:
            log.exception("unexpected error in %s", template)
            return sandbox.errors.render(ApiError(500, "internal", "Unexpected sandbox error."), quirks)
        if result is None:
            return Response(status_code=204)
        if isinstance(result, Response):
            return result
        return JSONResponse(present(result, quirks))

    return Route(PRODUCT_BASES[product] + endpoint.path, run, methods=[endpoint.method])
