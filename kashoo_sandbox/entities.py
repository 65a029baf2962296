"""Contacts, contact groups, accounts and inventory items: one generic create/list/get/update.

Each kind is declared once (its fields, what the server computes, how a new one starts);
the handlers below serve them all. Items addressed under /businesses/{business_id}/ must
belong to that business; items addressed by id alone are checked against the caller's grants.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from . import access, books, fields, listing
from .errors import bad_request
from .routing import Ctx, Handler
from .store import Doc
from .values import query_bool

_SERVER = frozenset({"id", "business", "lastModified", "creation", "links"})


@dataclass(frozen=True)
class Kind:
    name: str  # the store kind
    what: str  # for messages
    spec: fields.FieldSpec
    required: tuple[str, ...] = ()  # non-empty strings needed on create
    computed: frozenset[str] = frozenset()
    new: Callable[[Ctx, int], Doc] = lambda ctx, business: {}
    finish: Callable[[Ctx, Doc], None] = lambda ctx, doc: None
    list_filters: tuple[Callable[[Ctx, listing.Page], None], ...] = ()
    default_limit: int | None = None
    show: Callable[[Ctx, Doc], Doc] = lambda ctx, doc: doc
    server: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "server", _SERVER | self.computed)


# ---------------------------------------------------------------- kinds
def _new_contact(ctx: Ctx, business: int) -> Doc:
    currency = access.business(ctx, business).get("currency", "CAD")
    return {
        "contactInformation": None,
        "linkedBusiness": None,
        "receivableAccount": None,
        "payableAccount": None,
        "incomeOrExpenseAccount": None,
        "defaultTaxCode": None,
        "paymentAccount": None,
        "paymentTerms": None,
        "currency": currency,
        "comments": [],
        "collaborationContext": None,
        "prefix": None,
        "removed": False,
        "archived": False,
        "organization": True,
        "parent": None,
        "groups": [],
        "phoneNumbers": None,
        "email": None,
        "address": None,
    }


def _contact_name(ctx: Ctx, doc: Doc) -> None:
    if doc.get("name"):
        return
    info = doc.get("contactInformation") or {}
    name = info.get("companyName") or " ".join(filter(None, (info.get("firstName"), info.get("lastName"))))
    if not name:
        raise bad_request("A contact needs a name (or contactInformation with a company or person name).")
    doc["name"] = name


CONTACT = Kind(
    name="contact",
    what="contact",
    spec={
        "contactInformation": "info?",
        "linkedBusiness": "int?",
        "receivableAccount": "ref:account?",
        "payableAccount": "ref:account?",
        "incomeOrExpenseAccount": "ref:account?",
        "defaultTaxCode": "str?",
        "paymentAccount": "ref:account?",
        "paymentTerms": "str?",
        "currency": "str",
        "comments": "strs",
        "collaborationContext": "int?",
        "prefix": "str?",
        "removed": "bool",
        "archived": "bool",
        "organization": "bool",
        "parent": "ref:contact?",
        "groups": "refs:contactGroup",
        "phoneNumbers": "str?",
        "email": "str?",
        "address": "str?",
        "name": "str",
    },
    new=_new_contact,
    finish=_contact_name,
    list_filters=(listing.search, listing.removed_and_modified),
    default_limit=100,
)

GROUP = Kind(
    name="contactGroup",
    what="contact group",
    spec={"name": "str", "removed": "bool", "type": "str?", "contacts": "refs:contact"},
    required=("name",),
    new=lambda ctx, business: {"removed": False, "type": None, "contacts": []},
    list_filters=(lambda ctx, page: page.add("removed = 0"),),
)


def _account_names(ctx: Ctx, doc: Doc) -> None:
    number, name = doc.get("number"), doc["name"]
    doc["nameAndNumber"] = f"{number} {name}" if number else name
    doc["normalBalanceCredit"] = doc.get("type") in books.CREDIT_NORMAL


def _archived_filter(ctx: Ctx, page: listing.Page) -> None:
    page.add("removed = 0")
    if not query_bool(ctx.query("archived"), "archived"):
        page.add("json_extract(body, '$.archived') = 0")


ACCOUNT = Kind(
    name="account",
    what="account",
    spec={
        "name": "str",
        "description": "str?",
        "number": "str?",
        "type": "str?",
        "standardTerms": "str?",
        "startDate": "date",
        "endDate": "date",
        "removed": "bool",
        "feed": "int?",
        "readOnly": "bool",
        "taxNumber": "int?",
        "taxAuthorityCode": "str?",
        "archived": "bool",
        "parent": "ref:account?",
    },
    required=("name",),
    computed=frozenset({"system", "nameAndNumber", "normalBalanceCredit"}),
    new=lambda ctx, business: books.account_doc(ctx.store, business, ctx.now, None, "", "EXPENSE"),
    finish=_account_names,
    list_filters=(_archived_filter,),
    default_limit=0,
)


def _inventory_links(ctx: Ctx, doc: Doc) -> Doc:
    href = f"{ctx.base_url}/businesses/{doc['business']}/inventory/{doc['id']}"
    return {**doc, "links": [{"rel": "self", "href": href, "type": "GET"}]}


INVENTORY = Kind(
    name="inventory",
    what="inventory item",
    spec={
        "itemId": "str?",
        "name": "str",
        "sku": "str?",
        "description": "str?",
        "defaultTaxCode": "str?",
        "defaultDiscountCode": "str?",
        "defaultBuyRate": "num?",
        "defaultSellRate": "num?",
        "defaultNote": "str?",
        "inventoryAccount": "ref:account?",
        "cogsAccount": "ref:account?",
        "creditAccount": "ref:account?",
        "debitAccount": "ref:account?",
        "category": "int?",
        "readOnly": "bool",
        "removed": "bool",
        "tracked": "bool",
        "archived": "bool",
        "effectiveId": "any",
    },
    required=("name",),
    new=lambda ctx, business: {"readOnly": False, "removed": False, "tracked": False, "archived": False},
    list_filters=(lambda ctx, page: page.add("removed = 0"),),
    show=_inventory_links,
)


# ---------------------------------------------------------------- generic handlers
def _load(ctx: Ctx, kind: Kind, id_param: str) -> Doc:
    doc_id = ctx.path_id(id_param)
    if "business_id" in ctx.request.path_params:
        return access.in_business(ctx, ctx.path_id("business_id"), doc_id, kind.name, kind.what)
    return access.owned(ctx, doc_id, kind.name, kind.what)


def _save(ctx: Ctx, kind: Kind, doc: Doc, data: dict[str, Any]) -> Doc:
    fields.apply(ctx.store, doc["business"], kind.spec, data, doc, kind.server)
    for key in kind.required:
        if not isinstance(doc.get(key), str) or not doc[key].strip():
            raise bad_request(f"{key} is required")
    kind.finish(ctx, doc)
    doc["lastModified"] = ctx.now
    ctx.store.put(kind.name, doc)
    return kind.show(ctx, doc)


def create(kind: Kind, ctx: Ctx) -> Doc:
    business = access.path_business(ctx)["id"]
    data = ctx.json_object()
    doc = {**kind.new(ctx, business), "id": ctx.store.new_id(), "business": business}
    return _save(ctx, kind, doc, data)


def update(kind: Kind, id_param: str, ctx: Ctx) -> Doc:
    doc = _load(ctx, kind, id_param)
    data = ctx.json_object()
    if data.get("id") not in (None, doc["id"]):
        raise bad_request("id in the body does not match the path")
    if kind is ACCOUNT and doc.get("system"):
        data = {k: v for k, v in data.items() if k not in ("number", "type", "removed")}  # system accounts stay
    return _save(ctx, kind, doc, data)


def get(kind: Kind, id_param: str, ctx: Ctx) -> Doc:
    return kind.show(ctx, _load(ctx, kind, id_param))


def remove(kind: Kind, id_param: str, ctx: Ctx) -> Doc:
    """Soft delete: the item is kept, marked removed, and answered."""
    doc = _load(ctx, kind, id_param)
    return _save(ctx, kind, doc, {"removed": True})


def list_all(kind: Kind, ctx: Ctx) -> list[Doc]:
    business = access.path_business(ctx)["id"]
    page = listing.page(ctx, kind.default_limit, listing.DOC_SORTS)
    page.add("kind = ?", kind.name)
    page.add("business = ?", business)
    for add_filter in kind.list_filters:
        add_filter(ctx, page)
    docs = ctx.store.select("docs", page.where, page.params, page.order, page.limit, page.offset)
    return [kind.show(ctx, d) for d in docs]


def handlers(kind: Kind, id_param: str) -> dict[str, Handler]:
    return {
        "list": partial(list_all, kind),
        "create": partial(create, kind),
        "get": partial(get, kind, id_param),
        "update": partial(update, kind, id_param),
        "delete": partial(remove, kind, id_param),
    }
