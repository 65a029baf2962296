"""How stored documents are shown: the default shapes, and the real API's quirks when switched on.

Documents are stored canonically (dates `yyyy-MM-dd`, timestamps epoch ms). Without quirks a
response carries dates as TransferDate objects, `creation`/`lastLogin` as ISO strings and
`lastModified` as epoch ms. Each quirk mixes in what real responses were seen to carry; which
items get the odd shape depends on the item's id, so one item always looks the same.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator
from typing import Any

from starlette.responses import JSONResponse, PlainTextResponse, Response

from .errors import ApiError
from .values import is_int, iso_ms, transfer_date

DATE_KEYS = frozenset(
    {
        "date",
        "dueDate",
        "startDate",
        "endDate",
        "creationDate",
        "verificationDate",
        "trialExpiryDate",
        "creationTransferDate",
        "actualEndDate",
        "start",
        "end",
    }
)
ISO_TIMESTAMP_KEYS = frozenset({"creation", "lastLogin"})
RECORD_TYPES = ("INVOICE", "BILL", "INVOICE_PAYMENT", "BILL_PAYMENT", "TRANSFER")
LEGACY_TYPES = {
    "INVOICE": "invoice",
    "BILL": "bill",
    "INVOICE_PAYMENT": "invoicePayment",
    "BILL_PAYMENT": "billPayment",
    "TRANSFER": "transfer",
}


def present(value: Any, quirks: frozenset[str]) -> Any:
    return _walk(value, quirks, 0)


def _walk(value: Any, quirks: frozenset[str], owner: int) -> Any:
    if isinstance(value, list):
        return [_walk(v, quirks, owner) for v in value]
    if not isinstance(value, dict):
        return value
    oid = value["id"] if is_int(value.get("id")) else owner
    odd = oid % 2 == 1  # the half of the items that get the odd shape
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key in DATE_KEYS and isinstance(item, str) and len(item) == 10:
            out[key] = item if "string-dates" in quirks and odd else transfer_date(item)
        elif key in ISO_TIMESTAMP_KEYS and is_int(item):
            out[key] = item if "mixed-timestamps" in quirks and odd else iso_ms(item)
        elif key == "lastModified" and is_int(item):
            out[key] = iso_ms(item) if "mixed-timestamps" in quirks and odd else item
        elif key == "type" and "odd-types" in quirks and item in RECORD_TYPES and "currency" in value:
            out[key] = _odd_type(item, oid)
        else:
            out[key] = _walk(item, quirks, oid)
    return out


def _odd_type(rtype: str, oid: int) -> str:
    if rtype == "INVOICE" and oid % 10 == 3:
        return "CREDIT_NOTE"  # a type the docs never listed
    return LEGACY_TYPES[rtype] if oid % 5 == 0 else rtype


_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class ErrorRenderer:
    """Error responses: JSON, or with the html-errors quirk alternately HTML and plain text."""

    def __init__(self) -> None:
        self._flip: Iterator[int] = itertools.count()

    def render(self, error: ApiError, quirks: frozenset[str]) -> Response:
        headers = dict(error.headers)
        if "html-errors" not in quirks:
            return JSONResponse({"error": error.code, "message": error.message}, error.status, headers)
        reason = _REASONS.get(error.status, "Error")
        if next(self._flip) % 2 == 0:
            page = (
                f"<html><head><title>{error.status} {reason}</title></head><body>"
                f"<h1>{reason}</h1><p>{html.escape(error.message)}</p></body></html>"
            )
            return Response(page, error.status, headers, media_type="text/html")
        return PlainTextResponse(f"{error.status} {reason}: {error.message}", error.status, headers)
