"""The spec is valid, complete against the seed, and the generated tables agree with it."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from kashoo_api_client.operation_table import OPERATIONS

from .seed_inventory import SEED_OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "kashoo.yaml"
METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def spec_operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def test_spec_validates(spec: dict[str, Any]) -> None:
    validate(spec)


def test_every_seed_operation_is_in_the_spec_with_products_and_evidence(spec: dict[str, Any]) -> None:
    ops = spec_operations(spec)
    missing = [(m, p) for _, m, p, _, _ in SEED_OPERATIONS if (m, p) not in ops]
    assert not missing, f"seed operations missing from openapi/kashoo.yaml: {missing}"
    wrong = []
    for section, method, path, products, evidence in SEED_OPERATIONS:
        op = ops[(method, path)]
        if frozenset(op["x-kashoo-products"]) != products or op["x-kashoo-evidence"] != evidence:
            wrong.append((section, method, path, op["x-kashoo-products"], op["x-kashoo-evidence"]))
    assert not wrong, f"products/evidence differ from the reference: {wrong}"


def test_spec_has_nothing_the_seed_does_not_document(spec: dict[str, Any]) -> None:
    seed = {(m, p) for _, m, p, _, _ in SEED_OPERATIONS}
    assert set(spec_operations(spec)) == seed
    assert len(seed) == 54


def test_every_operation_is_marked(spec: dict[str, Any]) -> None:
    for (method, path), op in spec_operations(spec).items():
        assert set(op["x-kashoo-products"]) <= {"kashoo", "tsa"} and op["x-kashoo-products"], (method, path)
        assert op["x-kashoo-evidence"] in {"seen", "inferred"}, (method, path)
        assert op.get("operationId") and op.get("tags"), (method, path)


def test_both_hosts_are_servers(spec: dict[str, Any]) -> None:
    urls = {s["url"] for s in spec["servers"]}
    assert urls == {"https://api.kashoo.com/api", "https://api.trulysmall.com/api"}


def test_security_schemes_the_api_uses(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["kashooToken"] == {**schemes["kashooToken"], "type": "apiKey", "in": "header"}
    assert schemes["oauth2"]["type"] == "oauth2"
    assert schemes["clientCredentials"]["scheme"] == "basic"
    assert schemes["subscriptionBearer"]["scheme"] == "bearer"
    ops = spec_operations(spec)
    assert ops[("POST", "/oauth2/token")]["security"] == [{"clientCredentials": []}]
    for key in [("GET", "/subscriptions"), ("POST", "/chargebee/checkout")]:
        assert ops[key]["security"] == [{"subscriptionBearer": []}]


def test_money_and_ids_are_int64(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    money = ["amount", "totalDue", "balanceDue"]
    for name in ["RecordSummaryFields", "InvoiceLikeFields"]:
        for field in money:
            prop = schemas[name]["properties"].get(field)
            if prop:
                assert prop["format"] == "int64", (name, field)
    for name, schema in schemas.items():
        for field in ("id", "business"):
            prop = schema.get("properties", {}).get(field)
            if prop and "integer" in str(prop.get("type")):
                assert prop["format"] == "int64", (name, field)


def test_operation_table_matches_the_spec(spec: dict[str, Any]) -> None:
    ops = spec_operations(spec)
    assert len(OPERATIONS) == len(ops)
    for op in OPERATIONS:
        source = ops[(op.method, op.path)]
        assert op.operation_id == source["operationId"]
        assert op.products == frozenset(source["x-kashoo-products"])
        assert op.evidence == source["x-kashoo-evidence"]
        module = importlib.import_module(op.module)
        assert callable(module.asyncio_detailed)
