"""Sandbox control endpoints under /_sandbox/ (never faulted, never rate limited, no quirks)."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import auth
from .errors import ApiError
from .state import Sandbox


def routes(sandbox: Sandbox) -> list[Route]:
    def error(err: ApiError) -> Response:
        return JSONResponse({"error": err.code, "message": err.message}, err.status)

    async def body(request: Request) -> dict[str, Any]:
        try:
            data = json.loads(await request.body() or b"{}")
        except ValueError:
            raise ApiError(400, "bad_request", "The body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise ApiError(400, "bad_request", "The body must be a JSON object.")
        return data

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def last_code(request: Request) -> Response:
        email = (request.query_params.get("email") or "").lower()
        code = sandbox.mfa_codes.get(email)
        if code is None:
            return error(ApiError(404, "not_found", "No MFA code was sent to that email."))
        return JSONResponse({"email": email, "code": code})

    async def stats(request: Request) -> Response:
        return JSONResponse(sandbox.stats.to_json())

    async def reset_stats(request: Request) -> Response:
        sandbox.stats.reset()
        return JSONResponse(sandbox.stats.to_json())

    async def config(request: Request) -> Response:
        if request.method == "POST":
            try:
                changes = await body(request)
                seed_changed = "seed" in changes
                sandbox.config.update(changes)
            except ApiError as err:
                return error(err)
            if seed_changed:
                sandbox.reseed()
        return JSONResponse(sandbox.config.to_json())

    async def demo(request: Request) -> Response:
        if sandbox.demo is None:
            return error(ApiError(404, "not_found", "No demo data loaded (start with --demo)."))
        return JSONResponse(sandbox.demo)

    async def add_user(request: Request) -> Response:
        """Create a user (and their business), with options the public signup lacks: MFA, SSO."""
        try:
            data = await body(request)
            text = {
                k: data.get(k) for k in ("email", "password", "first", "last", "product", "mfaPhone", "businessName")
            }
            if any(v is not None and not isinstance(v, str) for v in text.values()):
                raise ApiError(400, "bad_request", "email, password, names and mfaPhone must be strings")
            sso = data.get("sso") or []
            if not isinstance(sso, list) or not all(isinstance(s, str) for s in sso):
                raise ApiError(400, "bad_request", "sso must be a list of provider names")
            store = sandbox.store
            with store.transaction():
                user, business = auth.create_user(
                    store,
                    store.now_ms(),
                    email=text["email"] or "",
                    password=text["password"],
                    first=text["first"] or "",
                    last=text["last"] or "",
                    product=text["product"] or "kashoo",
                    mfa_phone=text["mfaPhone"],
                    sso=tuple(s.lower() for s in sso),
                    business_name=text["businessName"],
                )
        except ApiError as err:
            return error(err)
        return JSONResponse({"userId": user["id"], "businessId": business["id"]})

    return [
        Route("/_sandbox/health", health),
        Route("/_sandbox/mfa/last-code", last_code),
        Route("/_sandbox/stats", stats),
        Route("/_sandbox/reset-stats", reset_stats, methods=["POST"]),
        Route("/_sandbox/config", config, methods=["GET", "POST"]),
        Route("/_sandbox/demo", demo),
        Route("/_sandbox/users", add_user, methods=["POST"]),
    ]
