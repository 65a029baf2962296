"""Keep a SQLite copy of a business's records up to date; safe to re-run at any time.

    python examples/sync_to_sqlite.py records.sqlite3   (configuration: see examples/_common.py)

The first run copies every record; later runs ask only for what changed since the last
checkpoint (`modifiedSince`). Records are upserted by id and the new checkpoint is saved in
the same transaction, so a run that dies halfway saves nothing and the next run simply
starts from the old checkpoint. Deleted records arrive as updates with `removed` set.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys

from _common import business_id

from kashoo_api_client.api.records import list_records
from kashoo_ext import IncrementalSync, KashooClient, to_date

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY,
    business INTEGER NOT NULL,
    type TEXT,
    date TEXT,
    currency TEXT,
    amount INTEGER,
    removed INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_state (business INTEGER PRIMARY KEY, checkpoint INTEGER);
"""
UPSERT = """
INSERT INTO records (id, business, type, date, currency, amount, removed, data)
VALUES (:id, :business, :type, :date, :currency, :amount, :removed, :data)
ON CONFLICT (id) DO UPDATE SET
    type = excluded.type, date = excluded.date, currency = excluded.currency,
    amount = excluded.amount, removed = excluded.removed, data = excluded.data
"""


async def sync(db: sqlite3.Connection) -> None:
    async with KashooClient.from_env() as kc:
        business = await business_id(kc)
        row = db.execute("SELECT checkpoint FROM sync_state WHERE business = ?", (business,)).fetchone()
        since = row[0] if row else None
        incremental = IncrementalSync(list_records.asyncio_detailed, business, client=kc.api, since=since)
        rows = []
        async for record in incremental:
            data = record.to_dict()
            rows.append(
                {
                    "id": record.id,
                    "business": business,
                    "type": data.get("type"),
                    "date": to_date(record.date).isoformat() if record.date else None,
                    "currency": data.get("currency"),
                    "amount": data.get("totalDue", data.get("amount")),
                    "removed": bool(data.get("removed")),
                    "data": json.dumps(data),
                }
            )
        with db:  # one transaction: the upserts and the checkpoint together, or neither
            db.executemany(UPSERT, rows)
            db.execute(
                "INSERT INTO sync_state (business, checkpoint) VALUES (?, ?) "
                "ON CONFLICT (business) DO UPDATE SET checkpoint = excluded.checkpoint",
                (business, incremental.checkpoint),
            )
        total = db.execute("SELECT count(*) FROM records WHERE business = ?", (business,)).fetchone()[0]
        kind = "changes since the last run" if since is not None else "records (first run)"
        print(f"synced {len(rows)} {kind}; {total} records in the copy; checkpoint {incremental.checkpoint}")


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "kashoo-records.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    try:
        asyncio.run(sync(db))
    finally:
        db.close()


if __name__ == "__main__":
    main()
