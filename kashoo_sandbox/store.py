"""SQLite storage: every entity is a JSON document plus the indexed columns lists filter on.

One connection, used only from the event loop thread. Handlers run synchronously inside
`transaction()`, so a request's writes all happen or none do (and requests never interleave
inside a transaction, as nothing awaits there).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

Doc = dict[str, Any]

FIRST_ID = 5_000_000_000  # above 2^32, so int32 bugs show (CONTRACT.md "Ids")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    business INTEGER,
    type TEXT,
    date TEXT,
    due TEXT,
    amount INTEGER,
    balance INTEGER,
    contact INTEGER,
    modified INTEGER NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0,
    search TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_by_business ON docs(kind, business, id);
CREATE INDEX IF NOT EXISTS docs_by_modified ON docs(kind, business, modified);
CREATE INDEX IF NOT EXISTS docs_by_date ON docs(kind, business, date);
CREATE INDEX IF NOT EXISTS docs_by_contact ON docs(contact);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY,
    business INTEGER NOT NULL,
    record INTEGER NOT NULL,
    account INTEGER NOT NULL,
    contact INTEGER,
    date TEXT,
    amount INTEGER NOT NULL,
    modified INTEGER NOT NULL,
    search TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS journal_by_account ON journal(account, date);
CREATE INDEX IF NOT EXISTS journal_by_contact ON journal(contact, date);
CREATE INDEX IF NOT EXISTS journal_by_record ON journal(record);
CREATE TABLE IF NOT EXISTS allocations (
    id INTEGER PRIMARY KEY,
    business INTEGER NOT NULL,
    payment INTEGER NOT NULL,
    record INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    date TEXT
);
CREATE INDEX IF NOT EXISTS allocations_by_record ON allocations(record);
CREATE INDEX IF NOT EXISTS allocations_by_payment ON allocations(payment);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password TEXT,
    mfa_phone TEXT,
    sso TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS grants (
    user INTEGER NOT NULL,
    business INTEGER NOT NULL,
    PRIMARY KEY (user, business)
);
CREATE TABLE IF NOT EXISTS secrets (
    value TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    user INTEGER NOT NULL,
    expiry INTEGER,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS secrets_by_user ON secrets(user, kind);
CREATE TABLE IF NOT EXISTS sequences (
    business INTEGER NOT NULL,
    type TEXT NOT NULL,
    next INTEGER NOT NULL,
    PRIMARY KEY (business, type)
);
"""

_INSERT_DOC = (
    "INSERT OR REPLACE INTO docs (id, kind, business, type, date, due, amount, balance, contact, modified, removed,"
    " search, body) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_SEARCH_KEYS = ("number", "description", "memo", "contactName", "name", "email", "sku", "poNumber")


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _int64(value: Any) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63
    return value if ok else None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _doc_row(kind: str, doc: Doc) -> tuple[Any, ...]:
    """The indexed columns of a document, read from its conventional fields (kept only if well typed)."""
    parts = [str(doc[k]) for k in _SEARCH_KEYS if doc.get(k)]
    info = doc.get("contactInformation")
    if isinstance(info, dict):
        parts.extend(str(v) for v in info.values() if isinstance(v, str))
    return (
        doc["id"],
        kind,
        _int64(doc.get("business")),
        _text(doc.get("type")),
        _text(doc.get("date")),
        _text(doc.get("dueDate")),
        _int64(doc.get("totalDue", doc.get("amount"))),
        _int64(doc.get("balanceDue")),
        _int64(doc.get("contact")),
        _int64(doc.get("lastModified")) or 0,
        1 if doc.get("removed") else 0,
        " ".join(parts).lower(),
        dumps(doc),
    )


class Store:
    def __init__(self, path: str | None = None) -> None:
        # check_same_thread=False: created on one thread, then used only by the server's loop thread.
        self.db = sqlite3.connect(path or ":memory:", isolation_level=None, check_same_thread=False)
        if path:
            # WAL + NORMAL: a committed transaction survives the process being killed.
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        top = FIRST_ID
        for table in ("docs", "journal", "allocations", "users"):
            (value,) = self.db.execute(f"SELECT max(id) FROM {table}").fetchone()  # noqa: S608
            top = max(top, value or 0)
        self._next_id = top + 1
        (last,) = self.db.execute("SELECT max(modified) FROM docs").fetchone()
        self._last_ms = last or 0
        self._depth = 0
        # Facts derived from the data that never change once written (such as a business's
        # system accounts), kept per store so separate sandboxes never share them.
        self.cache: dict[Any, Any] = {}

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._depth = 0

    def new_id(self) -> int:
        value = self._next_id
        self._next_id += 1
        return value

    def now_ms(self) -> int:
        """The server's now in epoch ms, strictly increasing across calls."""
        self._last_ms = max(int(time.time() * 1000), self._last_ms + 1)
        return self._last_ms

    # ---------------------------------------------------------------- documents
    def put(self, kind: str, doc: Doc) -> None:
        self.db.execute(_INSERT_DOC, _doc_row(kind, doc))

    def put_many(self, kind: str, docs: Iterable[Doc]) -> None:
        self.db.executemany(
            _INSERT_DOC,
            (_doc_row(kind, d) for d in docs),
        )

    def get(self, doc_id: int, kind: str | None = None) -> Doc | None:
        row = self.db.execute("SELECT kind, body FROM docs WHERE id = ?", (doc_id,)).fetchone()
        if row is None or (kind is not None and row[0] != kind):
            return None
        doc: Doc = json.loads(row[1])
        return doc

    def business_of(self, doc_id: int, kind: str) -> int | None:
        """The business a `kind` document belongs to (None if there is no such document)."""
        row = self.db.execute("SELECT business FROM docs WHERE id = ? AND kind = ?", (doc_id, kind)).fetchone()
        return None if row is None else row[0]

    def field(self, doc_id: int, name: str) -> Any:
        """One top-level field of a document, without loading all of it."""
        row = self.db.execute("SELECT json_extract(body, ?) FROM docs WHERE id = ?", (f"$.{name}", doc_id)).fetchone()
        return None if row is None else row[0]

    def kind_of(self, doc_id: int) -> str | None:
        row = self.db.execute("SELECT kind FROM docs WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else str(row[0])

    def select(
        self,
        table: str,
        where: Sequence[str],
        params: Sequence[Any],
        order: str = "id",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Doc]:
        """Bodies of `table` rows matching all `where` clauses (trusted SQL from our code)."""
        sql = f"SELECT body FROM {table} WHERE {' AND '.join(where) or '1'} ORDER BY {order}"  # noqa: S608 - our SQL
        args = list(params)
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            args += [-1 if limit is None else limit, offset]
        return [json.loads(body) for (body,) in self.db.execute(sql, args)]

    def docs(self, kind: str, business: int, *, include_removed: bool = False) -> list[Doc]:
        where = ["kind = ?", "business = ?"] + ([] if include_removed else ["removed = 0"])
        return self.select("docs", where, [kind, business])

    # ---------------------------------------------------------------- journal and allocations
    def replace_journal(self, record_id: int, entries: Sequence[Doc], modified: int, new: bool = False) -> None:
        if not new:
            self.db.execute("DELETE FROM journal WHERE record = ?", (record_id,))
        self.add_journal(entries, modified)

    def add_journal(self, entries: Iterable[Doc], modified: int) -> None:
        self.db.executemany(
            "INSERT INTO journal (id, business, record, account, contact, date, amount, modified, search, body)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    e["id"],
                    e["business"],
                    e["record"],
                    e["account"],
                    e.get("contact"),
                    e.get("date"),
                    e["debit"] or e["credit"],
                    modified,
                    " ".join(str(e[k]) for k in ("recordNumber", "description") if e.get(k)).lower(),
                    dumps(e),
                )
                for e in entries
            ),
        )

    def replace_allocations(self, payment: Doc, allocations: Sequence[Doc]) -> None:
        self.db.execute("DELETE FROM allocations WHERE payment = ?", (payment["id"],))
        self.db.executemany(
            "INSERT INTO allocations (id, business, payment, record, amount, date) VALUES (?,?,?,?,?,?)",
            [
                (a["id"], payment["business"], payment["id"], a["record"], a["amount"], payment.get("date"))
                for a in allocations
            ],
        )

    def allocations_to(self, record_id: int) -> list[Doc]:
        rows = self.db.execute(
            "SELECT id, payment, amount, date FROM allocations WHERE record = ? ORDER BY id", (record_id,)
        )
        return [{"id": i, "payment": p, "amount": a, "date": d} for i, p, a, d in rows]

    # ---------------------------------------------------------------- sequences
    def next_number(self, business: int, rtype: str, advance: bool) -> int:
        row = self.db.execute(
            "SELECT next FROM sequences WHERE business = ? AND type = ?", (business, rtype)
        ).fetchone()
        value = 1 if row is None else int(row[0])
        if advance:
            self.db.execute(
                "INSERT OR REPLACE INTO sequences (business, type, next) VALUES (?,?,?)",
                (business, rtype, value + 1),
            )
        return value

    # ---------------------------------------------------------------- users, grants, secrets
    def add_user(self, user: Doc, password: str | None, mfa_phone: str | None, sso: Sequence[str]) -> None:
        self.db.execute(
            "INSERT INTO users (id, email, password, mfa_phone, sso, body) VALUES (?,?,?,?,?,?)",
            (user["id"], user["email"], password, mfa_phone, "," + ",".join(sso) + ",", dumps(user)),
        )

    def save_user(self, user: Doc) -> None:
        self.db.execute("UPDATE users SET body = ? WHERE id = ?", (dumps(user), user["id"]))

    def user(self, user_id: int) -> Doc | None:
        row = self.db.execute("SELECT body FROM users WHERE id = ?", (user_id,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def user_login(self, email: str) -> tuple[int, str | None, str | None] | None:
        """(id, password hash, MFA phone) of the user with that email."""
        row = self.db.execute("SELECT id, password, mfa_phone FROM users WHERE email = ?", (email,)).fetchone()
        return None if row is None else (int(row[0]), row[1], row[2])

    def sso_user(self, provider: str, email: str | None) -> int | None:
        """The user registered for an SSO provider (that email's, else the first one)."""
        sql = "SELECT id FROM users WHERE sso LIKE ?"
        args: list[Any] = [f"%,{provider},%"]
        if email:
            sql += " AND email = ?"
            args.append(email)
        row = self.db.execute(sql + " ORDER BY id LIMIT 1", args).fetchone()
        return None if row is None else int(row[0])

    def grant(self, user_id: int, business_id: int) -> None:
        self.db.execute("INSERT OR IGNORE INTO grants (user, business) VALUES (?,?)", (user_id, business_id))

    def granted(self, user_id: int, business_id: int) -> bool:
        row = self.db.execute("SELECT 1 FROM grants WHERE user = ? AND business = ?", (user_id, business_id)).fetchone()
        return row is not None

    def businesses_of(self, user_id: int) -> list[Doc]:
        return self.select(
            "docs", ["kind = 'business'", "id IN (SELECT business FROM grants WHERE user = ?)"], [user_id]
        )

    def put_secret(self, value: str, kind: str, user_id: int, expiry: int | None, data: Doc | None = None) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO secrets (value, kind, user, expiry, data) VALUES (?,?,?,?,?)",
            (value, kind, user_id, expiry, dumps(data or {})),
        )

    def secret(self, value: str, kind: str, now_ms: int) -> tuple[int, Doc] | None:
        """(user id, data) of an unexpired secret of that kind."""
        row = self.db.execute(
            "SELECT user, expiry, data FROM secrets WHERE value = ? AND kind = ?", (value, kind)
        ).fetchone()
        if row is None or (row[1] is not None and row[1] <= now_ms):
            return None
        return int(row[0]), dict(json.loads(row[2]))

    def user_secret(self, user_id: int, kind: str, now_ms: int) -> str | None:
        """The newest unexpired secret of that kind for a user."""
        row = self.db.execute(
            "SELECT value FROM secrets WHERE user = ? AND kind = ? AND (expiry IS NULL OR expiry > ?)"
            " ORDER BY rowid DESC LIMIT 1",
            (user_id, kind, now_ms),
        ).fetchone()
        return None if row is None else str(row[0])

    def drop_secret(self, value: str) -> None:
        self.db.execute("DELETE FROM secrets WHERE value = ?", (value,))

    def drop_user_secrets(self, user_id: int, kind: str) -> None:
        self.db.execute("DELETE FROM secrets WHERE user = ? AND kind = ?", (user_id, kind))
