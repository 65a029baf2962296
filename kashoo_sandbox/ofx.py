"""OFX / QBO bank statement import: SGML OFX 1.x (unclosed leaf tags) and XML OFX 2.x.

Each STMTTRN becomes a record in the inbox: money in → INVOICE_PAYMENT, money out →
BILL_PAYMENT, on the chosen bank account, with the FITID as `inboxReference`. A FITID
already imported to that account is skipped, as banks resend overlapping statements.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from . import access, books, fields, records
from .errors import bad_request
from .routing import Ctx
from .store import Doc
from .values import MAX_CENTS, parse_date, today

_TRANSACTION = re.compile(r"<STMTTRN>(.*?)(?:</STMTTRN>|(?=<STMTTRN>)|(?=</BANKTRANLIST>))", re.I | re.S)
_LEAF = re.compile(r"<([A-Z0-9.]+)>([^<\r\n]*)", re.I)
_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Transaction:
    fitid: str
    date: str  # yyyy-MM-dd
    amount: int  # cents; negative = money out
    name: str | None
    memo: str | None
    kind: str | None


def parse(data: bytes) -> tuple[str | None, list[Transaction]]:
    """(statement currency, transactions) of an OFX/QBO file; 400 if it is not one."""
    text = data.decode("utf-8", errors="replace") if data[:3] != b"\xef\xbb\xbf" else data[3:].decode()
    if not re.search(r"<OFX>", text, re.I):
        raise bad_request("not an OFX/QBO file: no <OFX> element")
    currency = _leaf(text, "CURDEF")
    result = []
    for block in _TRANSACTION.findall(text):
        values = {k.upper(): html.unescape(v.strip()) for k, v in _LEAF.findall(block)}
        date = _date(values.get("DTPOSTED", ""))
        amount = _cents(values.get("TRNAMT", ""))
        fitid = values.get("FITID") or f"{date}:{amount}:{values.get('NAME', '')}"
        result.append(
            Transaction(
                fitid,
                date,
                amount,
                values.get("NAME") or values.get("PAYEE"),
                values.get("MEMO"),
                values.get("TRNTYPE"),
            )
        )
    return currency, result


def _leaf(text: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}>([^<\r\n]*)", text, re.I)
    return match.group(1).strip() if match else None


def _date(value: str) -> str:
    """DTPOSTED such as 20240115120000.000[-5:EST] → 2024-01-15."""
    digits = value[:8]
    if not (len(digits) == 8 and digits.isdigit()):
        raise bad_request(f"bad OFX date {value!r}")
    parsed = parse_date(f"{digits[:4]}-{digits[4:6]}-{digits[6:]}", "DTPOSTED")
    assert parsed is not None
    return parsed


def _cents(value: str) -> int:
    text = value.replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # a decimal comma
    try:
        amount = int((Decimal(text.replace(",", "")) * 100).to_integral_value())
    except InvalidOperation:
        raise bad_request(f"bad OFX amount {value!r}") from None
    if abs(amount) > MAX_CENTS:
        raise bad_request(f"OFX amount out of range: {value!r}")
    return amount


def import_records(ctx: Ctx) -> list[Doc]:
    """POST /businesses/{business_id}/records/import (multipart)."""
    business = access.path_business(ctx)
    form = ctx.form
    upload = ctx.files.get("file")
    if upload is None:
        if form.get("uuid") or form.get("url"):
            raise bad_request("the sandbox imports uploaded files only (the `file` part), not uuid or url")
        raise bad_request("upload the OFX/QBO file in the `file` part")
    if len(upload[1]) > _MAX_BYTES:
        raise bad_request("the file is too large")
    account = books.default_accounts(ctx.store, business["id"])["bank"]
    if form.get("account"):
        try:
            account_id = int(form["account"])
        except ValueError:
            raise bad_request("account must be an id") from None
        account = fields.ref(ctx.store, business["id"], "account", "account", account_id)
    preview = form.get("preview", "").lower() in ("true", "1", "yes")
    currency, transactions = parse(upload[1])
    seen = {
        r.get("inboxReference")
        for r in ctx.store.select(
            "docs",
            ["kind = 'record'", "business = ?", "json_extract(body, '$.account') = ?"],
            [business["id"], account],
        )
    }
    result = []
    for t in transactions:
        if t.fitid in seen:
            continue
        seen.add(t.fitid)
        rtype = "INVOICE_PAYMENT" if t.amount >= 0 else "BILL_PAYMENT"
        data = {
            "date": t.date or today(),
            "amount": abs(t.amount),
            "description": t.name,
            "memo": t.memo,
            "inboxReference": t.fitid,
            "account": account,
            "inbox": True,
            "currency": currency or business.get("currency", "CAD"),
        }
        doc, affected = records.build(ctx, business, rtype, data, None)
        if not preview:
            records.save(ctx, doc, affected)
        result.append(records.show(ctx, doc))
    # A preview stores nothing, not even the sequence numbers build() drew.
    ctx.dry_run = preview
    return result
