"""Export files that are written atomically and resume exactly where they stopped.

While an export runs, records go to ``OUT.part`` and, after every page, a checkpoint
``OUT.checkpoint`` records how far the list was read and how many bytes of ``OUT.part`` are
complete. The order matters: the page's bytes are flushed and fsynced *before* the
checkpoint (itself written atomically) says they exist, so after a crash at any point the
checkpoint never claims more than is on disk. ``--resume`` cuts ``OUT.part`` back to the
checkpoint's size (dropping a half-written page), re-reads the ids it holds so that none is
written twice, and continues from the checkpoint's offset. Only a finished export is renamed
to ``OUT``: a reader never sees a partial file under the final name.
"""

from __future__ import annotations

import collections
import contextlib
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Literal

import attrs

Format = Literal["jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv")
CHECKPOINT_VERSION = 1

#: CSV columns: the fields a spreadsheet user wants, flattened; JSONL keeps everything.
CSV_COLUMNS = (
    "id",
    "type",
    "number",
    "date",
    "contact",
    "contactName",
    "currency",
    "amount",
    "totalDue",
    "balanceDue",
    "paid",
    "description",
    "lastModified",
    "removed",
)


class ExportError(Exception):
    """The export cannot start or resume; the message says what to do."""


@attrs.frozen
class Checkpoint:
    """How far an export got: the next list offset and the complete bytes of the part file."""

    query: Mapping[str, Any]
    format: Format
    offset: int
    bytes: int
    records: int
    requests: int = 0

    def to_json(self) -> str:
        return json.dumps({"version": CHECKPOINT_VERSION, **attrs.asdict(self)}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Checkpoint:
        data = json.loads(text)
        if data.pop("version", None) != CHECKPOINT_VERSION:
            raise ValueError("unknown checkpoint version")
        return cls(**data)


def record_amount(record: Mapping[str, Any]) -> int:
    """The money a record moves, in cents: totalDue for invoices and bills, else amount."""
    for key in ("totalDue", "amount"):
        value = record.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return 0


@attrs.define
class Summary:
    """Records per type and totals per currency, built as records are written."""

    per_type: collections.Counter[str] = attrs.field(factory=collections.Counter)
    per_currency: collections.Counter[str] = attrs.field(factory=collections.Counter)
    records: int = 0

    def add(self, record: Mapping[str, Any]) -> None:
        self.records += 1
        self.per_type[str(record.get("type") or "UNKNOWN")] += 1
        self.per_currency[str(record.get("currency") or "???")] += record_amount(record)

    def lines(self) -> list[str]:
        out = [f"{self.records:,} records"]
        out += [f"  {kind:<16} {count:>9,}" for kind, count in sorted(self.per_type.items())]
        out.append("totals per currency:")
        out += [
            f"  {currency:<4} {Decimal(cents).scaleb(-2):>16,.2f}"
            for currency, cents in sorted(self.per_currency.items())
        ]
        return out


def _date_text(value: Any) -> Any:
    if isinstance(value, Mapping) and {"year", "month", "dayOfMonth"} <= value.keys():
        return f"{value['year']:04d}-{value['month']:02d}-{value['dayOfMonth']:02d}"
    return value


def _csv_row(record: Mapping[str, Any]) -> list[Any]:
    return [_date_text(record.get(c)) if c == "date" else record.get(c, "") for c in CSV_COLUMNS]


def _encode(fmt: Format, records: Iterable[Mapping[str, Any]]) -> bytes:
    if fmt == "jsonl":
        return b"".join(json.dumps(r, separators=(",", ":"), ensure_ascii=False).encode() + b"\n" for r in records)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(_csv_row(r) for r in records)
    return buffer.getvalue().encode()


def _header(fmt: Format) -> bytes:
    if fmt == "csv":
        return (",".join(CSV_COLUMNS) + "\n").encode()
    return b""


def _read_back(fmt: Format, data: IO[bytes]) -> Iterator[dict[str, Any]]:
    """The records already in a part file (only the id, type, currency and amounts matter)."""
    if fmt == "jsonl":
        for line in data:
            yield json.loads(line)
        return
    text = io.TextIOWrapper(data, encoding="utf-8", newline="")
    try:
        for row in csv.DictReader(text):
            yield {
                "id": int(row["id"]),
                "type": row["type"],
                "currency": row["currency"],
                **{k: int(row[k]) for k in ("totalDue", "amount") if row[k]},
            }
    finally:
        text.detach()  # the part file stays open for appending


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class ExportFile:
    """The files of one export. Use :meth:`start` or :meth:`resume`, then :meth:`write_page`
    for every page and :meth:`finish` at the end."""

    def __init__(self, out: Path, fmt: Format, query: Mapping[str, Any]) -> None:
        self.out = out
        self.fmt = fmt
        self.query = dict(query)
        self.part = out.with_name(out.name + ".part")
        self.checkpoint_path = out.with_name(out.name + ".checkpoint")
        self.summary = Summary()
        self.seen: set[int] = set()
        self.offset = 0
        self.requests = 0
        self._file: IO[bytes] | None = None

    def check_destination(self) -> None:
        """Fail before any request if the file cannot be written where it is to go."""
        if not self.out.parent.is_dir():
            raise ExportError(f"cannot write {self.out}: folder {self.out.parent} does not exist")
        try:  # a real probe: permission bits say little to root or on special file systems
            fd, probe = tempfile.mkstemp(prefix=f".{self.out.name}.", suffix=".probe", dir=self.out.parent)
        except OSError as error:
            raise ExportError(f"cannot write {self.out}: {error.strerror}") from None
        os.close(fd)
        os.unlink(probe)

    def start(self) -> None:
        """A new export. Refuses to overwrite one that can be resumed."""
        if self.checkpoint_path.exists():
            raise ExportError(
                f"{self.out} has an unfinished export ({self.checkpoint_path.name}); "
                "add --resume to continue it, or delete that file to start over"
            )
        self.check_destination()
        self._file = open(self.part, "wb")  # noqa: SIM115 - closed by finish()/close()
        self._file.write(_header(self.fmt))
        self._commit()

    def resume(self) -> None:
        """Continue from the checkpoint: cut the part file back and re-read its ids."""
        try:
            checkpoint = Checkpoint.from_json(self.checkpoint_path.read_text())
        except FileNotFoundError:
            raise ExportError(f"nothing to resume: {self.checkpoint_path} does not exist") from None
        except (ValueError, TypeError, KeyError) as exc:
            raise ExportError(f"{self.checkpoint_path} is unreadable ({exc}); delete it to start over") from None
        if checkpoint.query != self.query or checkpoint.format != self.fmt:
            raise ExportError(
                f"{self.checkpoint_path} belongs to another export ({dict(checkpoint.query)}, "
                f"{checkpoint.format}); resume with the same options, or delete it to start over"
            )
        if not self.part.exists() or self.part.stat().st_size < checkpoint.bytes:
            raise ExportError(f"{self.part} is missing or shorter than its checkpoint; delete both to start over")
        self._file = open(self.part, "r+b")  # noqa: SIM115 - closed by finish()/close()
        self._file.truncate(checkpoint.bytes)
        self._file.seek(0)
        for existing in _read_back(self.fmt, self._file):
            self.seen.add(existing["id"])
            self.summary.add(existing)
        self._file.seek(checkpoint.bytes)
        self.offset = checkpoint.offset
        self.requests = checkpoint.requests

    def write_page(self, records: Iterable[Mapping[str, Any]], next_offset: int, requests: int = 1) -> int:
        """Write a page's new records (ids already written are skipped); checkpoint. Returns
        how many were written."""
        fresh = []
        for record in records:
            record_id = record.get("id")
            if isinstance(record_id, int):
                if record_id in self.seen:
                    continue
                self.seen.add(record_id)
            fresh.append(record)
            self.summary.add(record)
        assert self._file is not None
        self._file.write(_encode(self.fmt, fresh))
        self.offset = next_offset
        self.requests += requests
        self._commit()
        return len(fresh)

    def _commit(self) -> None:
        assert self._file is not None
        self._file.flush()
        os.fsync(self._file.fileno())
        checkpoint = Checkpoint(
            query=self.query,
            format=self.fmt,
            offset=self.offset,
            bytes=self._file.tell(),
            records=self.summary.records,
            requests=self.requests,
        )
        _atomic_write(self.checkpoint_path, checkpoint.to_json())

    def finish(self) -> None:
        """The export is complete: publish OUT atomically and drop the checkpoint."""
        self.close()
        os.replace(self.part, self.out)
        self.checkpoint_path.unlink()

    def discard(self) -> None:
        """Nothing worth resuming was written (the export failed before its first page)."""
        self.close()
        for path in (self.part, self.checkpoint_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
