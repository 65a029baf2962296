"""Journal-entry lists: per account, per contact, and per account for one contact."""

from __future__ import annotations

from . import access, listing
from .routing import Ctx
from .store import Doc


def _entries(ctx: Ctx, column: str, owner: int) -> list[Doc]:
    page = listing.page(ctx, 100, listing.JOURNAL_SORTS)
    page.add(f"{column} = ?", owner)
    for add_filter in (listing.date_range, listing.amounts, listing.search):
        add_filter(ctx, page)
    if column == "account":
        listing.contact(ctx, page)
    return ctx.store.select("journal", page.where, page.params, page.order, page.limit, page.offset)


def by_account(ctx: Ctx) -> list[Doc]:
    account = access.owned(ctx, ctx.path_id("account_id"), "account", "account")
    return _entries(ctx, "account", account["id"])


def by_contact(ctx: Ctx) -> list[Doc]:
    contact = access.owned(ctx, ctx.path_id("contact_id"), "contact", "contact")
    return _entries(ctx, "contact", contact["id"])
