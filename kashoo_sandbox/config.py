"""Runtime options of a sandbox: set from the command line, changed via POST /_sandbox/config."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .errors import bad_request

QUIRKS = ("string-dates", "mixed-timestamps", "odd-types", "html-errors")


@dataclass
class SandboxConfig:
    fault_rate: float = 0.0
    post_commit_fault_rate: float = 0.0
    latency_ms: int = 0
    rate_limit: float = 10.0  # requests per second per token; 0 = off
    quirks: frozenset[str] = field(default_factory=frozenset)
    oauth_token_lifetime: int = 3600  # seconds
    seed: int | None = None

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["quirks"] = sorted(self.quirks)
        return data

    def update(self, changes: dict[str, Any]) -> None:
        """Apply a partial JSON update, validating every value before changing anything."""
        new = dataclasses.replace(self)
        for key, value in changes.items():
            if key == "fault_rate" or key == "post_commit_fault_rate":
                setattr(new, key, _rate(key, value))
            elif key in ("latency_ms", "oauth_token_lifetime"):
                setattr(new, key, _non_negative_int(key, value))
            elif key == "rate_limit":
                if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                    raise bad_request("rate_limit must be a number >= 0")
                new.rate_limit = float(value)
            elif key == "quirks":
                new.quirks = parse_quirks(value)
            elif key == "seed":
                if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                    raise bad_request("seed must be an integer or null")
                new.seed = value
            else:
                raise bad_request(f"unknown config key {key!r}")
        for f in dataclasses.fields(self):
            setattr(self, f.name, getattr(new, f.name))


def parse_quirks(value: Any) -> frozenset[str]:
    """`all`, a comma list, or a JSON list of quirk names."""
    if value is None:
        return frozenset()
    names = value.split(",") if isinstance(value, str) else value
    if not isinstance(names, list | tuple | frozenset | set):
        raise bad_request("quirks must be a comma list or a list")
    result: set[str] = set()
    for name in names:
        name = str(name).strip()
        if not name or name == "none":
            continue
        if name == "all":
            result.update(QUIRKS)
        elif name in QUIRKS:
            result.add(name)
        else:
            raise bad_request(f"unknown quirk {name!r}; known: {', '.join(QUIRKS)}, all")
    return frozenset(result)


def _rate(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise bad_request(f"{key} must be a number between 0 and 1")
    return float(value)


def _non_negative_int(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise bad_request(f"{key} must be an integer >= 0")
    return value
