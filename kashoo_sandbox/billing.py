"""The subscription service: subscriptions and Chargebee hosted pages (fake but plausible)."""

from __future__ import annotations

import secrets
from typing import Any

from .errors import bad_request, not_found
from .routing import Ctx
from .store import Doc
from .values import iso_ms

_CHARGEBEE = "https://kashoo-sandbox.chargebee.test"
_SUBSCRIPTION_FIELDS = (
    "appId",
    "originalId",
    "platformProductId",
    "store",
    "subscriberId",
    "subscriptionApplication",
    "userId",
)


def _strings(data: dict[str, Any], keys: tuple[str, ...], required: tuple[str, ...]) -> dict[str, str]:
    result = {}
    for key in keys:
        value = data.get(key)
        if value is None:
            if key in required:
                raise bad_request(f"{key} is required")
            continue
        if not isinstance(value, str):
            raise bad_request(f"{key} must be a string")
        result[key] = value
    return result


def get_subscription(ctx: Ctx) -> Doc:
    sub_id, subscriber = ctx.query("id"), ctx.query("subscriberId")
    if not sub_id and not subscriber:
        raise bad_request("give id or subscriberId")
    for stored in ctx.store.select("docs", ["kind = 'subscription'"], []):
        doc = {k: v for k, v in stored.items() if k != "subscriptionId"} | {"id": stored["subscriptionId"]}
        if (sub_id and doc["id"] == sub_id) or (subscriber and doc.get("subscriberId") == subscriber):
            return {"subscription": doc}
    raise not_found("subscription")


def create_subscription(ctx: Ctx) -> Doc:
    data = ctx.json_object()
    values = _strings(data, _SUBSCRIPTION_FIELDS, ("store",))
    for key in ("purchaseToken", "userEmail"):
        _strings(data, (key,), ())
    now = iso_ms(ctx.now)
    sub_id = "sub_" + secrets.token_hex(8)
    doc: Doc = {
        "id": sub_id,
        "originalId": values.get("originalId", sub_id),
        "isSandbox": True,
        "status": "active",
        "purchaseDate": now,
        "originalPurchaseDate": now,
        "expiresDate": iso_ms(ctx.now + 30 * 86_400_000),
        **values,
    }
    # Subscriptions belong to no business; the docs table wants an int id, so key it separately.
    ctx.store.put("subscription", {**doc, "id": ctx.store.new_id(), "subscriptionId": sub_id})
    return {"subscription": doc}


def chargebee_checkout(ctx: Ctx) -> Doc:
    data = ctx.json_object()
    _strings(
        data,
        ("subscriberId", "subscriptionApplication", "subscriptionPlanId"),
        ("subscriberId", "subscriptionApplication", "subscriptionPlanId"),
    )
    _strings(data, ("userId",), ())
    if data.get("couponId") is not None and (
        not isinstance(data["couponId"], list) or not all(isinstance(c, str) for c in data["couponId"])
    ):
        raise bad_request("couponId must be a list of strings")
    if data.get("customer") is not None and not isinstance(data["customer"], dict):
        raise bad_request("customer must be an object")
    page_id = "hp_" + secrets.token_hex(10)
    seconds = ctx.now // 1000
    return {
        "id": page_id,
        "type": "checkout_new",
        "url": f"{_CHARGEBEE}/pages/v3/{page_id}/",
        "state": "created",
        "embed": False,
        "createdAt": seconds,
        "updatedAt": seconds,
        "expiresAt": seconds + 3600,
        "resourceVersion": ctx.now,
        "object": "hosted_page",
    }


def chargebee_portal(ctx: Ctx) -> Doc:
    data = ctx.json_object()
    _strings(data, ("subscriptionId",), ())
    session_id = "portal_" + secrets.token_hex(10)
    token = secrets.token_urlsafe(16)
    seconds = ctx.now // 1000
    return {
        "id": session_id,
        "token": token,
        "accessUrl": f"{_CHARGEBEE}/portal/v2/access/{token}",
        "status": "created",
        "createdAt": seconds,
        "expiresAt": seconds + 3600,
        "customerId": data.get("subscriptionId") or "cust_sandbox",
        "object": "portal_session",
    }
