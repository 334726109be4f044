"""The audit trail: append-only rows inside the vault, each chained to the previous by SHA-256."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user_id: str
    action: str
    object_kind: str
    object_id: str
    detail: str


def row_hash(prev_hash: str, entry: AuditEntry) -> str:
    fields = (
        str(entry.id),
        entry.at,
        entry.user_id,
        entry.action,
        entry.object_kind,
        entry.object_id,
        entry.detail,
    )
    digest = hashlib.sha256(prev_hash.encode("ascii"))
    for field in fields:
        encoded = field.encode("utf-8")
        # Length-prefixed, so that moving text between fields changes the hash.
        digest.update(len(encoded).to_bytes(8, "big"))
        digest.update(encoded)
    return digest.hexdigest()


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def append(
    conn: Any, user_id: str, action: str, object_kind: str = "", object_id: str = "", detail: str = ""
) -> int:
    """Add one row; call inside the transaction of the act it records."""
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, _anchor(conn))
    entry = AuditEntry(prev_id + 1, now_utc(), user_id, action, object_kind, str(object_id), detail)
    conn.execute(
        "INSERT INTO audit (id, at, user_id, action, object_kind, object_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.id,
            entry.at,
            entry.user_id,
            entry.action,
            entry.object_kind,
            entry.object_id,
            entry.detail,
            prev_hash,
            row_hash(prev_hash, entry),
        ),
    )
    return entry.id


def _anchor(conn: Any) -> str:
    """The hash the first kept row chains to: GENESIS, or after a purge the hash of the last purged row."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_anchor'").fetchone()
    return str(row[0]) if row else GENESIS


def verify_chain(conn: Any) -> list[str]:
    """One line per problem: a row whose content or link does not match, or a missing guard trigger."""
    problems = []
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for guard in ("audit_no_update", "audit_no_delete"):
        if guard not in triggers:
            problems.append(
                f"audit: the guard trigger {guard} is missing; audit rows could have been changed"
            )
    expected_prev = _anchor(conn)
    expected_id: int | None = None
    for row in conn.execute(
        "SELECT id, at, user_id, action, object_kind, object_id, detail, prev_hash, hash FROM "
        "audit ORDER BY id"
    ):
        entry = AuditEntry(*row[:7])
        prev_hash, stored = row[7], row[8]
        if expected_id is not None and entry.id != expected_id:
            problems.append(f"audit: rows {expected_id}..{entry.id - 1} are missing before row {entry.id}")
        if prev_hash != expected_prev:
            problems.append(f"audit: row {entry.id} does not link to the row before it")
        if row_hash(prev_hash, entry) != stored:
            problems.append(f"audit: row {entry.id} has been changed since it was written")
        expected_prev = stored
        expected_id = entry.id + 1
    return problems
