"""Parsing: a 100-record page into the generated models vs json.loads alone."""

from __future__ import annotations

import json
from pathlib import Path

from kashoo_api_client.models import RecordInfo

from .harness import Figure, interleaved_medians, per_call, records_page


def run(scale: float, out_dir: Path) -> list[Figure]:
    payload = records_page(100)
    calls = max(5, int(100 * scale))
    times = interleaved_medians(
        {
            "json": per_call(lambda: json.loads(payload), calls),
            "models": per_call(lambda: [RecordInfo.from_dict(d) for d in json.loads(payload)], calls),
        },
        repeats=max(3, int(15 * scale)),
    )
    decode, total = times["json"], times["models"]
    building = total - decode
    ratio = building / decode
    return [
        Figure(
            name="parsing: model building vs JSON decode (100-record page)",
            value=f"{ratio:.2f}x",
            measured=(
                f"json.loads {decode * 1e3:.2f} ms; RecordInfo.from_dict for all 100 "
                f"{building * 1e3:.2f} ms more (decode + models {total / decode:.2f}x decode alone)"
            ),
            target="<= 2x",
            met=ratio <= 2.0,
        )
    ]
