"""The audit trail: append-only rows inside the vault, each chained to the previous by SHA-256."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

GENESIS = "0" * 64
PURGE_MIN_DAYS = 365  # no purge takes rows younger than a year: audit rows are kept for years


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


def head(conn: Any) -> tuple[int, str]:
    """The chain's head: the last row's number and hash (after a purge with no row since, the anchor)."""
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return (int(last[0]), str(last[1])) if last else (0, _anchor(conn))


def check_heads(conn: Any, heads: list[tuple[int, str, str]], today: date) -> tuple[list[str], list[str]]:
    """Does the trail still contain every head (row, digest, quarter shown) it once showed the coordinator?
    Returns (problems, notes). A head past the last row, or missing inside the kept rows, means rows were
    removed; a head whose row now has another hash means the chain was rewritten. A head before a purge is
    checked against the purge's anchor where it is the last purged row; a younger head than any purge may
    take (PURGE_MIN_DAYS) that is gone is a problem, an older one a note."""
    problems: list[str] = []
    notes: list[str] = []
    first_kept, last_row = conn.execute("SELECT min(id), max(id) FROM audit").fetchone()
    anchor = _anchor(conn)
    for row, digest, period in sorted(set(heads)):
        if row == 0:
            continue
        found = conn.execute("SELECT hash FROM audit WHERE id = ?", (row,)).fetchone()
        if found is not None:
            if found[0] != digest:
                problems.append(
                    f"audit: row {row} is not the row the coordinator was shown in {period}: the "
                    "trail has been rewritten"
                )
        elif last_row is None or row > last_row:
            problems.append(
                f"audit: the coordinator was shown row {row} in {period}, but the trail now ends at "
                f"row {last_row or 0}: rows have been removed"
            )
        elif row >= first_kept:
            problems.append(
                f"audit: row {row}, shown to the coordinator in {period}, is missing from the trail"
            )
        elif row == first_kept - 1 and anchor == digest:
            continue  # the purge's anchor is exactly the row the coordinator saw
        elif row == first_kept - 1:
            problems.append(
                f"audit: row {row}, where a purge ended, is not the row the coordinator was shown"
            )
        elif (today - _quarter_end(period)).days < PURGE_MIN_DAYS:
            problems.append(
                f"audit: row {row}, shown to the coordinator in {period}, is gone, but rows that "
                "young are never purged: the trail has been cut"
            )
        else:
            notes.append(
                f"audit: row {row} (shown in {period}) was purged under the retention rules and "
                "cannot be checked"
            )
    return problems, notes


def _quarter_end(period: str) -> date:
    year, quarter = int(period[:4]), int(period[5])
    return date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1)


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
