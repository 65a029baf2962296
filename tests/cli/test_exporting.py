"""Export files: atomic publish, exact resume after a crash, refusal to mix exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from kashoo_cli.exporting import ExportError, ExportFile, Format

QUERY = {"business": 5000000001, "since": None, "type": None}


def records(start: int, count: int) -> list[dict[str, Any]]:
    return [
        {
            "id": 5_000_000_000 + i,
            "type": "INVOICE" if i % 2 else "BILL",
            "currency": "CAD" if i % 3 else "USD",
            "totalDue": 100 * i,
            "date": {"year": 2024, "month": 1, "dayOfMonth": 1 + i % 28},
            "description": f'record, with "quotes" {i}',
        }
        for i in range(start, start + count)
    ]


def ids_in(path: Path, fmt: Format) -> list[int]:
    if fmt == "jsonl":
        return [json.loads(line)["id"] for line in path.read_text().splitlines()]
    with open(path, newline="") as f:
        return [int(row["id"]) for row in csv.DictReader(f)]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_finished_export_is_published_whole(tmp_path: Path, fmt: Format) -> None:
    out = tmp_path / f"records.{fmt}"
    export = ExportFile(out, fmt, QUERY)
    export.start()
    assert not out.exists()  # nothing under the final name until it is complete
    export.write_page(records(0, 100), next_offset=100)
    export.write_page(records(100, 40), next_offset=200)
    export.finish()
    assert ids_in(out, fmt) == [r["id"] for r in records(0, 140)]
    assert not export.part.exists() and not export.checkpoint_path.exists()
    assert export.summary.records == 140
    assert export.summary.per_type == {"INVOICE": 70, "BILL": 70}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_after_a_crash_mid_page_writes_every_record_exactly_once(tmp_path: Path, fmt: Format) -> None:
    out = tmp_path / f"records.{fmt}"
    first = ExportFile(out, fmt, QUERY)
    first.start()
    first.write_page(records(0, 100), next_offset=100)
    first.write_page(records(100, 100), next_offset=200)
    # The process dies while writing page 3: some bytes reached the part file, the
    # checkpoint still says 200.
    assert first._file is not None
    first._file.write(b'{"id": 5000000200, "type": "INV')
    first._file.flush()
    first.close()

    second = ExportFile(out, fmt, QUERY)
    second.resume()
    assert second.offset == 200
    assert second.summary.records == 200
    # The server's list shifted by one meanwhile: the page repeats the last record seen.
    written = second.write_page(records(199, 100), next_offset=300)
    assert written == 99
    second.write_page(records(299, 1), next_offset=400)
    second.finish()

    assert ids_in(out, fmt) == [r["id"] for r in records(0, 300)]
    assert second.summary.records == 300


def test_start_refuses_to_clobber_a_resumable_export(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    export = ExportFile(out, "jsonl", QUERY)
    export.start()
    export.write_page(records(0, 10), next_offset=100)
    export.close()
    with pytest.raises(ExportError, match="--resume"):
        ExportFile(out, "jsonl", QUERY).start()


def test_resume_refuses_another_query(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    export = ExportFile(out, "jsonl", QUERY)
    export.start()
    export.close()
    with pytest.raises(ExportError, match="another export"):
        ExportFile(out, "jsonl", {**QUERY, "type": "INVOICE"}).resume()
    with pytest.raises(ExportError, match="another export"):
        ExportFile(out, "csv", QUERY).resume()


def test_resume_without_checkpoint_says_so(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="nothing to resume"):
        ExportFile(tmp_path / "x.jsonl", "jsonl", QUERY).resume()


def test_discard_leaves_no_files(tmp_path: Path) -> None:
    out = tmp_path / "records.csv"
    export = ExportFile(out, "csv", QUERY)
    export.start()
    export.discard()
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        ExportFile(tmp_path / "nope" / "r.jsonl", "jsonl", QUERY).start()


def test_summary_totals_per_currency() -> None:
    from kashoo_cli.exporting import Summary

    summary = Summary()
    for r in records(0, 6):
        summary.add(r)
    summary.add({"id": 1, "type": "TRANSFER", "currency": "CAD", "amount": 5})
    assert summary.per_currency == {"USD": 0 + 300, "CAD": 100 + 200 + 400 + 500 + 5}
    assert any(line.split() == ["CAD", "12.05"] for line in summary.lines())
