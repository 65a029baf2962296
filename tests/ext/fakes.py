"""An in-process fake of the Kashoo API behind httpx.MockTransport, for the kashoo_ext tests.

The fake follows CONTRACT.md (auth header forms, MFA, OAuth2 rotation, paging, faults) closely
enough to exercise kashoo_ext without the sandbox; ``events`` records what happened in order.
"""

from __future__ import annotations

import base64
import json
import random
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx

from kashoo_ext import KashooClient, Retries

BUSINESS_ID = 5_000_000_001
EMAIL = "demo@example.com"
PASSWORD = "pw-Secret-4711"
MFA_EMAIL = "mfa@example.com"
CLIENT_ID = "sandbox-client"
CLIENT_SECRET = "sandbox-secret-XYZ"
REDIRECT_URI = "http://127.0.0.1:8976/callback"
FAST = Retries(max_retries=6, backoff=0.0005, max_backoff=0.002, max_retry_after=0.001)


def _json(status: int, data: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=data, headers=headers)


def _error(status: int, code: str, message: str = "", headers: dict[str, str] | None = None) -> httpx.Response:
    return _json(status, {"error": code, "message": message or code}, headers)


class FakeKashoo:
    """A small stateful fake of the Kashoo API (both products) for httpx.MockTransport."""

    def __init__(self, *, records: int = 0, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        self.events: list[tuple[str, ...]] = []
        self.requests: list[httpx.Request] = []
        self.clock_ms = 1_700_000_000_000
        self.records: dict[int, dict[str, Any]] = {}
        for _ in range(records):
            self.add_record()
        self.users = {EMAIL: PASSWORD, MFA_EMAIL: PASSWORD}
        self.mfa_users = {MFA_EMAIL}
        self.mfa_codes: dict[str, str] = {}
        self.tokens: dict[str, int] = {}  # authenticationCode -> expiry ms
        self.token_duration_ms: int | None = None
        self.access_tokens: dict[str, float] = {}  # access token -> expiry (time.time())
        self.refresh_tokens: set[str] = set()
        self.codes: set[str] = set()
        self.oauth_lifetime = 3600
        self.max_limit: int | None = None
        self.fault_rate = 0.0
        self.post_commit_fault_rate = 0.0
        self.fault: Callable[[httpx.Request], httpx.Response | None] | None = None
        self.html_errors = False

    # -- state helpers -------------------------------------------------------------
    def tick(self) -> int:
        self.clock_ms += 1
        return self.clock_ms

    def add_record(self, **fields: Any) -> dict[str, Any]:
        record_id = 5_000_000_000 + len(self.records) + 1
        record = {"id": record_id, "business": BUSINESS_ID, "type": "INVOICE", "amount": 100 * len(self.records)}
        record.update(fields)
        record["lastModified"] = self.tick()
        self.records[record_id] = record
        return record

    def issue_access_token(self, lifetime: float | None = None) -> tuple[str, str]:
        access, refresh = "at-" + uuid.uuid4().hex, "rt-" + uuid.uuid4().hex
        self.access_tokens[access] = time.time() + (self.oauth_lifetime if lifetime is None else lifetime)
        self.refresh_tokens.add(refresh)
        return access, refresh

    def count(self, method: str, path_end: str) -> int:
        return sum(1 for r in self.requests if r.method == method and r.url.path.endswith(path_end))

    # -- transport -------------------------------------------------------------------
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def client(self, **kwargs: Any) -> KashooClient:
        kwargs.setdefault("base_url", "https://fake.test/api")
        kwargs.setdefault("retries", FAST)
        kwargs.setdefault("rate_limit", None)
        kwargs.setdefault("transport", self.transport())
        return KashooClient(**kwargs)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        for base in ("/tsa/api", "/api"):
            if path.startswith(base):
                product = "tsa" if base == "/tsa/api" else "kashoo"
                path = path[len(base) :]
                break
        else:
            return _error(404, "not_found")
        self.events.append(("request", request.method, path, request.headers.get("authorization", "")))
        if self.fault is not None and (injected := self.fault(request)) is not None:
            return injected
        if self.fault_rate and self.rng.random() < self.fault_rate:
            kind = self.rng.choice(("429", "503", "drop"))
            if kind == "drop":
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
            return _error(int(kind), "injected", headers={"Retry-After": "1"})
        if product == "tsa" and "/inventory" in path:
            return _error(404, "not_found")
        route = self._route(request.method, path)
        if route is None:
            return _error(404, "not_found", f"no route {request.method} {path}")
        return route(request, path)

    def _route(self, method: str, path: str) -> Callable[[httpx.Request, str], httpx.Response] | None:
        if method == "POST" and path == "/authTokens":
            return self.auth_tokens
        if method == "POST" and path == "/mfa":
            return self.mfa
        if method == "POST" and path == "/oauth2/token":
            return self.oauth_token
        if method == "GET" and path == "/users/me":
            return self.me
        if method == "GET" and path.endswith("/records"):
            return self.list_records
        if method == "POST" and path.endswith("/records/invoices"):
            return self.create_invoice
        return None

    # -- auth --------------------------------------------------------------------------
    def _form(self, request: httpx.Request) -> dict[str, str]:
        return dict(parse_qsl(request.content.decode()))

    def _basic(self, request: httpx.Request) -> tuple[str, str] | None:
        header = request.headers.get("authorization", "")
        if not header.startswith("Basic "):
            return None
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        return user, password

    def _token_code(self, request: httpx.Request) -> str | None:
        header: str = request.headers.get("authorization", "")
        if header.startswith("TOKEN json:"):
            return str(json.loads(header[len("TOKEN json:") :])["authenticationCode"])
        if header.startswith("TOKEN uuid:"):
            return header[len("TOKEN uuid:") :]
        return None

    def authorized(self, request: httpx.Request) -> bool:
        header = request.headers.get("authorization", "")
        if header.startswith("Bearer "):
            expiry = self.access_tokens.get(header[7:])
            return expiry is not None and expiry > time.time()
        code = self._token_code(request)
        return code is not None and self.tokens.get(code, 0) > time.time() * 1000

    def _new_token(self, duration_ms: int) -> httpx.Response:
        code = str(uuid.uuid4())
        duration_ms = self.token_duration_ms if self.token_duration_ms is not None else duration_ms
        expiry = int(time.time() * 1000) + duration_ms
        self.tokens[code] = expiry
        body = {
            "myUserId": 5_000_000_002,
            "expiryDate": expiry,
            "restriction": None,
            "site": "app.kashoo.net",
            "locale": "en_US",
            "authenticationCode": code,
        }
        return _json(200, body)

    def auth_tokens(self, request: httpx.Request, path: str) -> httpx.Response:
        form = self._form(request)
        duration = int(form.get("duration", "86400000"))
        if self._token_code(request) is not None:
            if not self.authorized(request):
                return _error(401, "unauthorized", "token expired")
            self.events.append(("renew",))
            return self._new_token(duration)
        if form.get("provider") == "google":
            if not form.get("authCode", "").startswith("ok-"):
                return _error(401, "unauthorized", "bad auth code")
            self.events.append(("login", "sso"))
            return self._new_token(duration)
        email, password = form.get("email"), form.get("password")
        if email is None or self.users.get(email) != password:
            return _error(401, "unauthorized", "bad email or password")
        if email in self.mfa_users:
            code = form.get("mfaCode")
            if code is None or code != self.mfa_codes.get(email):
                return _error(401, "mfa_required", "an SMS code is required")
        self.events.append(("login", email))
        return self._new_token(duration)

    def mfa(self, request: httpx.Request, path: str) -> httpx.Response:
        basic = self._basic(request)
        if basic is None or self.users.get(basic[0]) != basic[1]:
            return _error(401, "unauthorized")
        code = f"{self.rng.randrange(10**6):06d}"
        self.mfa_codes[basic[0]] = code
        self.events.append(("mfa-sent", basic[0]))
        return httpx.Response(204)

    def oauth_token(self, request: httpx.Request, path: str) -> httpx.Response:
        if self._basic(request) != (CLIENT_ID, CLIENT_SECRET):
            return _error(401, "invalid_client")
        form = self._form(request)
        if form.get("grant_type") == "authorization_code":
            if form.get("code") not in self.codes or form.get("redirect_uri") != REDIRECT_URI:
                return _error(400, "invalid_grant")
            self.codes.discard(form["code"])
        elif form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return _error(400, "invalid_grant")
            self.refresh_tokens.discard(form["refresh_token"])
        else:
            return _error(400, "unsupported_grant_type")
        access, refresh = self.issue_access_token()
        self.events.append(("token-issued", access, refresh))
        return _json(
            200,
            {
                "access_token": access,
                "expires_in": self.oauth_lifetime,
                "refresh_token": refresh,
                "token_type": "bearer",
                "userId": "5000000002",
            },
        )

    # -- API ---------------------------------------------------------------------------
    def _unauthorized(self) -> httpx.Response:
        if self.html_errors:
            return httpx.Response(401, text="<html><body><h1>401 Unauthorized</h1></body></html>")
        return _error(401, "unauthorized", "expired or unknown token")

    def me(self, request: httpx.Request, path: str) -> httpx.Response:
        if not self.authorized(request):
            return self._unauthorized()
        return _json(200, {"id": 5_000_000_002, "email": EMAIL})

    def list_records(self, request: httpx.Request, path: str) -> httpx.Response:
        if not self.authorized(request):
            return self._unauthorized()
        params = request.url.params
        offset, limit = int(params.get("offset", "0")), int(params.get("limit", "50"))
        if self.max_limit is not None:
            limit = min(limit, self.max_limit)  # a server that caps the page size
        items = sorted(self.records.values(), key=lambda r: r["id"])
        if "modifiedSince" in params:
            since = int(params["modifiedSince"])
            items = [r for r in items if r["lastModified"] > since]
        if params.get("includeRemoved") != "true":
            items = [r for r in items if not r.get("removed")]
        date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(self.clock_ms / 1000))
        return _json(200, items[offset : offset + limit], headers={"Date": date})

    def create_invoice(self, request: httpx.Request, path: str) -> httpx.Response:
        if not self.authorized(request):
            return self._unauthorized()
        body = json.loads(request.content)
        record = self.add_record(**{k: v for k, v in body.items() if k not in ("id", "lastModified")})
        self.events.append(("created", str(record["id"])))
        if self.post_commit_fault_rate and self.rng.random() < self.post_commit_fault_rate:
            return _error(503, "unavailable", "try later")
        return _json(200, record)
