"""Access control: a token reaches only the businesses its user was granted.

An existing business (or an item of one) that the user was not granted answers 403; an id
that names nothing answers 404. Never any data either way.
"""

from __future__ import annotations

from .errors import forbidden, not_found
from .routing import Ctx
from .store import Doc


def business(ctx: Ctx, business_id: int) -> Doc:
    doc = ctx.store.get(business_id, "business")
    if doc is None:
        raise not_found("business")
    if not ctx.store.granted(ctx.user_id, business_id):
        raise forbidden()
    return doc


def path_business(ctx: Ctx) -> Doc:
    return business(ctx, ctx.path_id("business_id"))


def owned(ctx: Ctx, doc_id: int, kind: str, what: str) -> Doc:
    """A document by id, checked against the caller's grants."""
    doc = ctx.store.get(doc_id, kind)
    if doc is None:
        raise not_found(what)
    business(ctx, doc["business"])
    return doc


def in_business(ctx: Ctx, business_id: int, doc_id: int, kind: str, what: str) -> Doc:
    """A document addressed under /businesses/{business_id}/...: it must belong to that business."""
    business(ctx, business_id)
    doc = ctx.store.get(doc_id, kind)
    if doc is None or doc.get("business") != business_id:
        raise not_found(what)
    return doc
