"""`make check-generated` proves the committed client is exactly what the spec produces."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def check_generated(spec: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", "check-generated", f"SPEC={spec}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_check_generated_fails_after_an_unregenerated_spec_edit(tmp_path: Path) -> None:
    edited = tmp_path / "kashoo.yaml"
    spec = (ROOT / "openapi" / "kashoo.yaml").read_text()
    edited.write_text(spec.replace("        poNumber: {type: [string, 'null']}\n", "", 1))
    assert edited.read_text() != spec

    result = check_generated(edited)
    assert result.returncode != 0
    assert "po_number" in result.stdout  # the diff names what changed


@pytest.mark.slow
def test_check_generated_passes_on_the_committed_spec() -> None:
    result = check_generated(ROOT / "openapi" / "kashoo.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
