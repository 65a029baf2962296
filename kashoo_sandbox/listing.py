"""List filters and paging, shared by every list endpoint (CONTRACT.md "Lists and paging").

A list answers a bare JSON array, `offset`/`limit` paged, in a stable order: by id unless
sortColumn/sortOrder say otherwise (ties broken by id). Filters only apply where the
endpoint documents them; the SQL is built from fixed column names, values are bound.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import bad_request
from .routing import Ctx
from .values import query_bool, query_date, query_int, today

# sortColumn values → SQL expressions, for documents and for journal entries.
DOC_SORTS = {
    "id": "id",
    "date": "date",
    "amount": "amount",
    "lastmodified": "modified",
    "modified": "modified",
    "duedate": "due",
    "contact": "contact",
    "balancedue": "balance",
    "number": "json_extract(body, '$.number')",
    "description": "json_extract(body, '$.description')",
    "name": "json_extract(body, '$.name')",
    "type": "type",
}
JOURNAL_SORTS = {
    "id": "id",
    "date": "date",
    "amount": "amount",
    "account": "account",
    "contact": "contact",
    "record": "record",
    "description": "json_extract(body, '$.description')",
}


@dataclass
class Page:
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    order: str = "id"
    limit: int | None = None
    offset: int = 0

    def add(self, clause: str, *params: Any) -> None:
        self.where.append(clause)
        self.params.extend(params)


def page(ctx: Ctx, default_limit: int | None, sorts: dict[str, str] | None = None) -> Page:
    """Offset, limit and sort order from the query string."""
    result = Page()
    result.offset = ctx.query_int("offset", 0) or 0
    limit = ctx.query_int("limit", default_limit, minimum=0)
    result.limit = limit or None  # 0 means no limit (the accounts list documents it)
    column = ctx.query("sortColumn")
    order = (ctx.query("sortOrder") or "asc").lower()
    if order not in ("asc", "desc", "ascending", "descending"):
        raise bad_request("sortOrder must be asc or desc")
    direction = "DESC" if order.startswith("desc") else "ASC"
    if column:
        expr = (sorts or {}).get(column.lower())
        if expr is None:
            raise bad_request(f"sortColumn must be one of {', '.join(sorted(sorts or {}))}")
        result.order = f"{expr} {direction}, id {direction}"
    elif direction == "DESC":
        result.order = "id DESC"
    return result


def date_range(ctx: Ctx, result: Page) -> None:
    start = query_date(ctx.query("startDate"), "startDate")
    end = query_date(ctx.query("endDate"), "endDate")
    if start:
        result.add("date >= ?", start)
    if end:
        result.add("date <= ?", end)


def amounts(ctx: Ctx, result: Page) -> None:
    for name, op in (("amountGe", ">="), ("amountLe", "<=")):
        value = query_int(ctx.query(name), name, None, minimum=-(2**63))
        if value is not None:
            result.add(f"amount {op} ?", value)


def search(ctx: Ctx, result: Page) -> None:
    text = ctx.query("search")
    if text:
        escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        result.add("search LIKE ? ESCAPE '\\'", f"%{escaped}%")


def removed_and_modified(ctx: Ctx, result: Page) -> None:
    if not query_bool(ctx.query("includeRemoved"), "includeRemoved"):
        result.add("removed = 0")
    since = ctx.query_int("modifiedSince", None)
    if since is not None:
        result.add("modified >= ?", since)


def contact(ctx: Ctx, result: Page) -> None:
    value = ctx.query_int("contactId", None)
    if value is not None:
        result.add("contact = ?", value)


def status(ctx: Ctx, result: Page) -> None:
    """paid / unpaid / overdue (judged at asOfDate, default today); only invoices and bills have one."""
    value = ctx.query("status")
    if not value:
        return
    value = value.lower()
    as_of = query_date(ctx.query("asOfDate"), "asOfDate") or today()
    if value == "paid":
        result.add("balance IS NOT NULL AND balance <= 0")
    elif value == "unpaid":
        result.add("balance > 0")
    elif value == "overdue":
        result.add("balance > 0 AND due < ?", as_of)
    else:
        raise bad_request("status must be paid, unpaid or overdue")
