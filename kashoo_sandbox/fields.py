"""Checking client-sent fields against the spec's types before they are stored.

Each entity kind declares its client-settable fields as name → type code. Values of declared
fields are checked (400 when wrong, so nothing that breaks the schema is ever echoed back);
fields the spec does not know are kept as they came (the API keeps unknown fields); fields
the server computes are ignored.

Type codes: `str`, `bool`, `int`, `num`, `date`, `strs` (list of strings), `info`
(ContactInformationInfo), `any`, `ref:KIND` (id of a KIND document of the same business),
`refs:KIND` (a list of them). A trailing `?` allows null.
"""

from __future__ import annotations

from typing import Any

from .errors import bad_request
from .store import Doc, Store
from .values import INT64_MAX, is_int, number, parse_date

FieldSpec = dict[str, str]


def apply(store: Store, business: int, spec: FieldSpec, data: dict[str, Any], doc: Doc, server: frozenset[str]) -> None:
    """Copy `data` into `doc`: declared fields checked, server fields skipped, others kept."""
    for key, value in data.items():
        if key in server:
            continue
        code = spec.get(key)
        doc[key] = value if code is None else check(store, business, key, code, value)


def check(store: Store, business: int, key: str, code: str, value: Any) -> Any:
    nullable = code.endswith("?")
    code = code.rstrip("?")
    if value is None:
        if nullable or code == "date" or code == "any":
            return None
        raise bad_request(f"{key} must not be null")
    if code == "any":
        return value
    if code == "str" and isinstance(value, str):
        return value
    if code == "bool" and isinstance(value, bool):
        return value
    if code == "int" and is_int(value) and abs(value) <= INT64_MAX:
        return value
    if code == "num":
        return number(value, key)
    if code == "date":
        return parse_date(value, key)
    if code == "strs" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    if code == "info" and isinstance(value, dict):
        for k in (
            "firstName",
            "lastName",
            "companyName",
            "email",
            "phone",
            "mobile",
            "website",
            "street",
            "city",
            "provinceOrState",
            "country",
            "postalCode",
        ):
            if value.get(k) is not None and not isinstance(value[k], str):
                raise bad_request(f"{key}.{k} must be a string")
        return value
    if code.startswith("ref:"):
        return ref(store, business, key, code[4:], value)
    if code.startswith("refs:") and isinstance(value, list):
        return [ref(store, business, key, code[5:], v) for v in value]
    raise bad_request(f"{key} has the wrong type")


def ref(store: Store, business: int, key: str, kind: str, value: Any) -> int:
    """An id that must name a `kind` document of `business` (else 400)."""
    if not is_int(value) or not 0 < value <= INT64_MAX:
        raise bad_request(f"{key} must be an id")
    if store.business_of(value, kind) != business:
        raise bad_request(f"{key}: no {kind} {value} in this business")
    return int(value)
