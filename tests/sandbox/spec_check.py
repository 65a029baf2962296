"""Checking a sandbox answer against the response schema openapi/kashoo.yaml gives for it."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "kashoo.yaml"
_URI = "urn:kashoo-spec"
_BASES = ("/tsa/api", "/api")


@cache
def _spec() -> tuple[dict[str, Any], Registry[Any], list[tuple[re.Pattern[str], str]]]:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    registry: Registry[Any] = Registry().with_resource(_URI, Resource.from_contents(spec, DRAFT202012))
    templates = [(re.compile("^" + re.sub(r"\{[^}]+\}", r"[^/]+", p) + "$"), p) for p in spec["paths"]]
    # Literal segments win over parameters (e.g. /records/batch over /records/{record_id}).
    templates.sort(key=lambda t: t[1].count("{"))
    return spec, registry, templates


def operation_path(url_path: str) -> str | None:
    """The spec path template a request path answers to (None for sandbox extensions)."""
    for base in _BASES:
        if url_path.startswith(base + "/"):
            url_path = url_path[len(base) :]
            break
    for pattern, template in _spec()[2]:
        if pattern.match(url_path):
            return template
    return None


def assert_conforms(response: httpx.Response, method: str, path: str) -> None:
    """The 200 body matches the spec's schema for that operation (extensions are not checked)."""
    spec, registry, _ = _spec()
    template = operation_path(response.request.url.path)
    operation = spec["paths"].get(template, {}).get(method.lower()) if template else None
    if template is None or operation is None or "200" not in operation["responses"]:
        return
    content = operation["responses"]["200"].get("content", {})
    if "application/json" not in content:
        return
    pointer = "/".join(
        [
            "#",
            "paths",
            template.replace("~", "~0").replace("/", "~1"),
            method.lower(),
            "responses",
            "200",
            "content",
            "application~1json",
            "schema",
        ]
    )
    validator = jsonschema.Draft202012Validator({"$ref": _URI + pointer}, registry=registry)
    errors = list(validator.iter_errors(response.json()))
    assert not errors, f"{method} {template}: {errors[0].message} at {list(errors[0].absolute_path)}"


def assert_schema(value: Any, component: str) -> None:
    """`value` matches components/schemas/<component> of the spec."""
    _, registry, _ = _spec()
    validator = jsonschema.Draft202012Validator({"$ref": f"{_URI}#/components/schemas/{component}"}, registry=registry)
    errors = list(validator.iter_errors(value))
    assert not errors, f"{component}: {errors[0].message} at {list(errors[0].absolute_path)}"
