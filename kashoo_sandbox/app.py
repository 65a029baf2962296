"""Routes assembly: every operation of openapi/kashoo.yaml, under both product bases.

Each endpoint is served under /api (Kashoo classic) and/or /tsa/api (TrulySmall) as its
products say; an operation of the other product is simply not routed there, so it answers
404. Paths marked "extension" are not in the spec; CONTRACT.md lists them.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from . import auth, billing, businesses, control, entities, journal, oauth, ofx, records
from .config import SandboxConfig
from .demo import load_demo
from .errors import ApiError
from .faults import FaultLayer
from .routing import Authenticator, Endpoint, make_route
from .state import Sandbox
from .store import Store

KASHOO = frozenset({"kashoo"})
TSA = frozenset({"tsa"})


def endpoints() -> list[Endpoint]:
    E = Endpoint
    groups = entities.handlers(entities.GROUP, "group_id")
    contacts = entities.handlers(entities.CONTACT, "contact_id")
    accounts = entities.handlers(entities.ACCOUNT, "account_id")
    items = entities.handlers(entities.INVENTORY, "id")
    any_record = records.handlers(None)
    result = [
        E("POST", "/authTokens", auth.create_auth_token, "none"),
        E("GET", "/oauth2/authorize", oauth.authorize_page, "none"),
        E("POST", "/oauth2/authorize", oauth.authorize_submit, "none"),  # the page's form
        E("POST", "/oauth2/token", oauth.token, "none"),
        E("POST", "/mfa", auth.mfa, "none"),
        E("POST", "/users", auth.signup_unverified, "none"),
        E("POST", "/users/verified", auth.signup_verified, "none"),
        E("GET", "/users/me", auth.me),
        E("GET", "/users/me/businesses", businesses.my_businesses),
        E("GET", "/businesses/{business_id:int}", businesses.get_business),
        E("GET", "/businesses/{business_id:int}/contactGroups", groups["list"]),
        E("POST", "/businesses/{business_id:int}/contactGroups", groups["create"]),
        E("GET", "/businesses/{business_id:int}/contacts", contacts["list"]),
        E("POST", "/businesses/{business_id:int}/contacts", contacts["create"]),  # extension
        E("GET", "/contacts/{contact_id:int}", contacts["get"]),
        E("PUT", "/contacts/{contact_id:int}", contacts["update"]),
        E("GET", "/contacts/{contact_id:int}/journalEntries", journal.by_contact),
        E("GET", "/businesses/{business_id:int}/accounts", accounts["list"]),
        E("POST", "/businesses/{business_id:int}/accounts", accounts["create"]),
        E("GET", "/accounts/{account_id:int}", accounts["get"]),
        E("PUT", "/accounts/{account_id:int}", accounts["update"]),
        E("GET", "/accounts/{account_id:int}/journalEntries", journal.by_account),
        E("GET", "/accounts/{account_id:int}/contactJournalEntries", journal.by_account),
        E("GET", "/businesses/{business_id:int}/taxes", businesses.list_taxes),
        E("GET", "/businesses/{business_id:int}/taxes/composite", businesses.list_composite_taxes),
        E("GET", "/businesses/{business_id:int}/sequences", businesses.list_sequences),
        E("GET", "/businesses/{business_id:int}/plans", businesses.list_plans),
        E("GET", "/businesses/{business_id:int}/contract/invoices", businesses.list_contract_invoices),
        E("GET", "/businesses/{business_id:int}/records", any_record["list"]),
        E("POST", "/businesses/{business_id:int}/records/import", ofx.import_records),
        E("PUT", "/records/batch", records.batch_update),
        E("POST", "/records/unprocess", records.unprocess, products=TSA),
        E("GET", "/records/{record_id:int}", any_record["get"]),
        E("PUT", "/records/{record_id:int}", any_record["update"]),
        E("DELETE", "/records/{record_id:int}", any_record["delete"]),
        E("POST", "/records/{record_id:int}/send", records.send_invoice),
        E("GET", "/businesses/{business_id:int}/inventory", items["list"], products=KASHOO),
        E("POST", "/businesses/{business_id:int}/inventory", items["create"], products=KASHOO),
        E("GET", "/businesses/{business_id:int}/inventory/{id:int}", items["get"], products=KASHOO),
        E("PUT", "/businesses/{business_id:int}/inventory/{id:int}", items["update"], products=KASHOO),
        E("DELETE", "/businesses/{business_id:int}/inventory/{id:int}", items["delete"], products=KASHOO),
        E("GET", "/subscriptions", billing.get_subscription, "subscription"),
        E("POST", "/subscriptions", billing.create_subscription, "subscription"),
        E("POST", "/chargebee/checkout", billing.chargebee_checkout, "subscription"),
        E("POST", "/chargebee/portal", billing.chargebee_portal, "subscription"),
    ]
    # One generic set of handlers per record collection; the spec has list/create for each
    # (transfers: list only) and get/update for invoices; the rest are extensions.
    for collection, rtype in records.COLLECTIONS.items():
        handlers = records.handlers(rtype)
        base = f"/businesses/{{business_id:int}}/records/{collection}"
        result += [
            E("GET", base, handlers["list"]),
            E("POST", base, handlers["create"]),
            E("GET", base + "/{record_id:int}", handlers["get"]),
            E("PUT", base + "/{record_id:int}", handlers["update"]),
            E("DELETE", base + "/{record_id:int}", handlers["delete"]),
        ]
    return result


def create_app(sandbox: Sandbox) -> ASGIApp:
    """The ASGI app of a sandbox: control routes, API routes, and the fault layer around them."""
    authenticators: dict[str, Authenticator] = {
        "user": auth.authenticate,
        "subscription": auth.authenticate_subscription,
    }
    routes: list[BaseRoute] = list(control.routes(sandbox))
    templates: list[tuple[Route, str]] = []
    for endpoint in endpoints():
        for product in sorted(endpoint.products):
            route = make_route(sandbox, endpoint, product, authenticators)
            routes.append(route)
            templates.append((route, f"{endpoint.method} {endpoint.path.replace(':int', '')}"))

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        message = {404: "No such path.", 405: "Method not allowed here."}.get(status, "Request failed.")
        code = {404: "not_found", 405: "method_not_allowed"}.get(status, "error")
        return sandbox.errors.render(ApiError(status, code, message), sandbox.config.quirks)

    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    return FaultLayer(app, sandbox, templates)


def open_sandbox(
    db: str | None = None,
    config: SandboxConfig | None = None,
    demo: bool = False,
    demo_records: int = 3000,
) -> Sandbox:
    """A sandbox's state: its store (a file, or in memory) and config, with the demo data if asked."""
    sandbox = Sandbox(Store(db), config or SandboxConfig())
    if demo:
        sandbox.demo = load_demo(sandbox.store, demo_records)
    return sandbox
