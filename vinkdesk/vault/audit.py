"""The audit trail: append-only rows inside the vault, each chained to the previous by SHA-256.

Two formats of row live side by side (`chain_version`):

- 1, rows written before schema 4: `hash = SHA-256(prev_hash ‖ id, at, user_id, action, object_kind,
  object_id, detail)`, every field length-prefixed. Their detail cannot be erased without the hash failing,
  so the upgrade sealed them (`seal-audit`: a running digest over everything of theirs but the detail, in a
  row of the new format); a search criterion erased from such a row is checked through that seal.
- 2, every row since: the hash covers a salted digest of the detail instead of the detail,
  `detail_digest = SHA-256(salt ‖ detail)` with a random 16-byte salt kept beside it, and
  `hash = SHA-256(prev_hash ‖ "vinkdesk.audit/2", id, at, user_id, action, object_kind, object_id,
  detail_digest)`. Erasing a search criterion sets detail to '' and forgets the salt: the digest stays, the
  chain still verifies, and the digest alone no longer lets anyone test a guess of what was typed.

The guard triggers refuse every DELETE and every UPDATE except exactly that erasure of a search row's detail.
`verify_chain` checks them by their SQL text, so a do-nothing trigger under the same name is reported.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.domain.audit_words import Problem, ProblemKind

GENESIS = "0" * 64
PURGE_MIN_DAYS = 365  # no purge takes rows younger than a year: audit rows are kept for years
HASH_DOMAIN = "vinkdesk.audit/2"
SALTED_SINCE_SCHEMA = 4  # the schema version that brought salted detail digests (chain_version 2)
SEARCH = "search"  # the one action whose detail (what the user typed) may be erased
SEAL_ACTION = AuditAction.SEAL_AUDIT
LEGACY_SEAL_KEY = "audit_legacy_seal"  # meta: the legacy seal's running digest where a purge cut it

# What the schema creates, by name. verify_chain compares each guard's SQL text (whitespace normalised) with
# these, so a trigger of the same name that does something else is found.
GUARD_NO_DELETE = """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
    SELECT RAISE(ABORT, 'audit rows are never deleted');
END"""
GUARD_NO_UPDATE = """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN NOT (
    old.action = 'search' AND new.detail = '' AND new.detail_salt IS NULL
    AND new.id IS old.id AND new.at IS old.at AND new.user_id IS old.user_id AND new.action IS old.action
    AND new.object_kind IS old.object_kind AND new.object_id IS old.object_id
    AND new.chain_version IS old.chain_version AND new.detail_digest IS old.detail_digest
    AND new.prev_hash IS old.prev_hash AND new.hash IS old.hash
)
BEGIN
    SELECT RAISE(ABORT, 'audit rows never change (only a search criterion may be erased)');
END"""
GUARDS = {"audit_no_update": GUARD_NO_UPDATE, "audit_no_delete": GUARD_NO_DELETE}


# What a row's hash covers after the previous row's hash, in this order, in both formats; then the detail
# itself (chain_version 1) or its salted digest (2). The legacy seal covers these too, with the two hashes.
ROW_FIELDS = ("id", "at", "user_id", "action", "object_kind", "object_id")


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user_id: str
    action: str
    object_kind: str
    object_id: str
    detail: str


def _fields_digest(start: str, fields: tuple[str, ...]) -> str:
    digest = hashlib.sha256(start.encode("ascii"))
    for field in fields:
        encoded = field.encode("utf-8")
        # Length-prefixed, so that moving text between fields changes the hash.
        digest.update(len(encoded).to_bytes(8, "big"))
        digest.update(encoded)
    return digest.hexdigest()


def _row_fields(entry: AuditEntry) -> tuple[str, ...]:
    return tuple(str(getattr(entry, name)) for name in ROW_FIELDS)


def row_hash(prev_hash: str, entry: AuditEntry) -> str:
    """The hash of a row of chain_version 1 (written before schema 4): it covers the detail itself."""
    return _fields_digest(prev_hash, (*_row_fields(entry), entry.detail))


def detail_digest(salt: bytes, detail: str) -> str:
    """SHA-256(salt ‖ detail in UTF-8), hex."""
    return hashlib.sha256(salt + detail.encode("utf-8")).hexdigest()


def salted_row_hash(prev_hash: str, entry: AuditEntry, digest: str) -> str:
    """The hash of a row of chain_version 2: it covers the detail's salted digest, not the detail."""
    return _fields_digest(prev_hash, (HASH_DOMAIN, *_row_fields(entry), digest))


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def append(
    conn: Any, user_id: str, action: AuditAction, object_kind: str = "", object_id: str = "", detail: str = ""
) -> int:
    """Add one row; call inside the transaction of the act it records. A vault still on an older schema (only
    while it is being made by a test as an earlier program made it) gets a row of the old format."""
    salted = int(conn.execute("PRAGMA user_version").fetchone()[0]) >= SALTED_SINCE_SCHEMA
    return _append(conn, AuditEntry(0, "", user_id, action, object_kind, str(object_id), detail), salted)


def _append(conn: Any, new: AuditEntry, salted: bool) -> int:
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, _anchor(conn))
    entry = AuditEntry(
        prev_id + 1, now_utc(), new.user_id, new.action, new.object_kind, new.object_id, new.detail
    )
    values = tuple(getattr(entry, name) for name in (*ROW_FIELDS, "detail"))
    if not salted:
        conn.execute(
            f"INSERT INTO audit ({ENTRY_COLUMNS}, prev_hash, hash) VALUES ({_marks(len(values) + 2)})",
            (*values, prev_hash, row_hash(prev_hash, entry)),
        )
        return entry.id
    salt = secrets.token_bytes(16)
    digest = detail_digest(salt, entry.detail)
    conn.execute(
        f"INSERT INTO audit ({ENTRY_COLUMNS}, chain_version, detail_salt, detail_digest, prev_hash, hash)"
        f" VALUES ({_marks(len(values))}, 2, ?, ?, ?, ?)",
        (*values, salt.hex(), digest, prev_hash, salted_row_hash(prev_hash, entry, digest)),
    )
    return entry.id


ENTRY_COLUMNS = ", ".join((*ROW_FIELDS, "detail"))  # an AuditEntry's columns, in its order
_ENTRY_WIDTH = len(ROW_FIELDS) + 1


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def head(conn: Any) -> tuple[int, str]:
    """The chain's head: the last row's number and hash (after a purge with no row since, the anchor)."""
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return (int(last[0]), str(last[1])) if last else (0, _anchor(conn))


# --- erasing search criteria -------------------------------------------------------------------------------


# The search rows whose criterion is still kept; as written here it is the partial index audit_criteria's
# condition (schema 4), so finding them reads no other row.
_KEPT_CRITERIA = "action = 'search' AND detail <> ''"


def erase_criteria(conn: Any, row_ids: list[int]) -> int:
    """Erase the detail (what was typed) of these search rows; the chain still verifies. Returns how many
    were erased. Call inside a transaction."""
    erased = 0
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        erased += conn.execute(
            f"UPDATE audit SET detail = '', detail_salt = NULL WHERE {_KEPT_CRITERIA} AND id IN ({marks})",
            chunk,
        ).rowcount
    return erased


def erase_criteria_before(conn: Any, before: str) -> int:
    """Erase the criteria of search rows written before `before` (an ISO date or time, UTC)."""
    return int(
        conn.execute(
            f"UPDATE audit SET detail = '', detail_salt = NULL WHERE {_KEPT_CRITERIA} AND at < ?", (before,)
        ).rowcount
    )


def criteria(conn: Any) -> list[tuple[int, str]]:
    """The search rows whose criterion is still kept: (row, what was typed)."""
    return [
        (int(r[0]), str(r[1])) for r in conn.execute(f"SELECT id, detail FROM audit WHERE {_KEPT_CRITERIA}")
    ]


# --- the upgrade to salted digests, and purging ------------------------------------------------------------


def _legacy_step(state: str, row: tuple[Any, ...]) -> str:
    """One step of the legacy seal's running digest over a chain_version 1 row: every column but detail
    (id, at, user_id, action, object_kind, object_id, prev_hash, hash)."""
    return _fields_digest(state, tuple(str(v) for v in row))


_LEGACY_COLUMNS = ", ".join((*ROW_FIELDS, "prev_hash", "hash"))


def seal_legacy_rows(conn: Any) -> None:
    """Part of the migration to schema 4: seal the rows written in the old format with one row of the new
    format, so their criteria can be erased and everything else of theirs is still checked."""
    state = GENESIS
    last = 0
    for row in conn.execute(f"SELECT {_LEGACY_COLUMNS} FROM audit WHERE chain_version = 1 ORDER BY id"):
        state = _legacy_step(state, row)
        last = int(row[0])
    if last:
        seal = json.dumps({"through": last, "digest": state})
        _append(conn, AuditEntry(0, "", "", SEAL_ACTION, "", "", seal), salted=True)


def purge_through(conn: Any, last_id: int) -> int:
    """Delete every row up to last_id (the guard is lifted for this statement only) and keep what lets the
    rest verify: the last purged row's hash as the chain's anchor, and where old-format rows remain, the
    legacy seal's running digest at the cut. Returns how many rows went. Call inside a transaction."""
    state = _legacy_start(conn)
    for row in conn.execute(
        f"SELECT {_LEGACY_COLUMNS} FROM audit WHERE chain_version = 1 AND id <= ? ORDER BY id", (last_id,)
    ):
        state = _legacy_step(state, row)
    count = int(conn.execute("SELECT count(*) FROM audit WHERE id <= ?", (last_id,)).fetchone()[0])
    anchor = conn.execute("SELECT hash FROM audit WHERE id = ?", (last_id,)).fetchone()[0]
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE id <= ?", (last_id,))
    conn.execute(GUARD_NO_DELETE)
    _put_meta(conn, "audit_anchor", str(anchor))
    _put_meta(conn, LEGACY_SEAL_KEY, state)
    return count


def _put_meta(conn: Any, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _legacy_start(conn: Any) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (LEGACY_SEAL_KEY,)).fetchone()
    return str(row[0]) if row else GENESIS


# --- checking ----------------------------------------------------------------------------------------------


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


def check_anchor(
    conn: Any, row: int, digest: str, count: int, made_on: date | None, today: date, source: str
) -> tuple[list[str], list[str]]:
    """Does the trail still hold the head a backup recorded (its last row, that row's hash, and how many rows
    there were)? Returns (problems, notes). Truncation: the trail ends before the anchored row, the row is
    missing, or fewer rows lead up to it than the backup counted and no purge since explains the difference.
    Rewriting: the anchored row has another hash. A purge since the backup may have taken the anchored row
    itself: then its anchor must be the row, or the backup must be older than any purge may take."""
    problems: list[str] = []
    notes: list[str] = []
    if row == 0:
        return problems, notes
    first_kept, last_row = conn.execute("SELECT min(id), max(id) FROM audit").fetchone()
    found = conn.execute("SELECT hash FROM audit WHERE id = ?", (row,)).fetchone()
    if found is not None:
        if found[0] != digest:
            problems.append(
                f"audit: row {row} is not the row {source} recorded as the head: the trail has been rewritten"
            )
            return problems, notes
        now = int(conn.execute("SELECT count(*) FROM audit WHERE id <= ?", (row,)).fetchone()[0])
        purged = _purged_since(conn, row)
        if now + purged < count:
            problems.append(
                f"audit: {source} counted {count} rows up to row {row}, the trail now holds {now}"
                + (f" and purges since took {purged}" if purged else "")
                + ": rows have been removed"
            )
        elif now + purged > count:
            problems.append(
                f"audit: {source} counted {count} rows up to row {row}, the trail now holds {now + purged}: "
                "the trail has been rewritten"
            )
        elif purged:
            notes.append(f"audit: {purged} of the {count} rows in {source} were purged since")
        return problems, notes
    if last_row is None or row > last_row:
        problems.append(
            f"audit: {source} recorded row {row} as the head, but the trail now ends at row {last_row or 0}: "
            "the trail has been truncated"
        )
    elif row >= first_kept:
        problems.append(f"audit: row {row}, the head {source} recorded, is missing from the trail")
    elif row == first_kept - 1 and _anchor(conn) == digest:
        notes.append(f"audit: a purge ended at row {row}, the head {source} recorded, and its anchor matches")
    elif row == first_kept - 1:
        problems.append(f"audit: row {row}, where a purge ended, is not the head {source} recorded")
    elif made_on is not None and (today - made_on).days < PURGE_MIN_DAYS:
        problems.append(
            f"audit: row {row}, the head {source} recorded on {made_on.isoformat()}, is gone, but rows that "
            "young are never purged: the trail has been cut"
        )
    else:
        notes.append(f"audit: row {row}, the head {source} recorded, was purged and cannot be checked")
    return problems, notes


def _purged_since(conn: Any, row: int) -> int:
    """How many rows the purges recorded after `row` say they took."""
    total = 0
    for (detail,) in conn.execute("SELECT detail FROM audit WHERE action = 'purge-audit' AND id > ?", (row,)):
        first = str(detail).split(" ", 1)[0]
        total += int(first) if first.isdigit() else 0
    return total


def _quarter_end(period: str) -> date:
    year, quarter = int(period[:4]), int(period[5])
    return date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1)


def _anchor(conn: Any) -> str:
    """The hash the first kept row chains to: GENESIS, or after a purge the hash of the last purged row."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_anchor'").fetchone()
    return str(row[0]) if row else GENESIS


def normalise_sql(sql: str) -> str:
    """SQL text compared for sameness: runs of whitespace made one space, no trailing semicolon."""
    return " ".join(sql.split()).rstrip(";").rstrip()


def check_guards(conn: Any) -> list[str]:
    """Every guard trigger present with the SQL text the schema creates, and no other trigger on audit."""
    return [p.detail for p in guard_problems(conn)]


def guard_problems(conn: Any) -> list[Problem]:
    """check_guards, each problem with its kind (the words people read are in domain.audit_words)."""
    problems: list[str] = []
    found = {
        str(r[0]): str(r[1] or "")
        for r in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"
        )
    }
    for name, sql in GUARDS.items():
        if name not in found:
            problems.append(f"audit: the guard trigger {name} is missing; audit rows could have been changed")
        elif normalise_sql(found[name]) != normalise_sql(sql):
            problems.append(
                f"audit: the guard trigger {name} is not the one vinkdesk creates (its SQL differs); audit "
                "rows could have been changed"
            )
    for name in sorted(set(found) - set(GUARDS)):
        problems.append(
            f"audit: an unknown trigger {name} is on the audit table; audit rows could be changed"
        )
    return [Problem(ProblemKind.GUARD, 0, text) for text in problems]


def verify_chain(conn: Any) -> list[str]:
    """One line per problem: a row whose content or link does not match, an erased detail that was not a
    search criterion, old-format rows that no longer match their seal, or a guard trigger missing or not the
    schema's own."""
    return [p.detail for p in chain_problems(conn)]


def chain_problems(conn: Any) -> list[Problem]:
    """verify_chain, each problem with its kind and row (the words people read are in domain.audit_words)."""
    problems = guard_problems(conn)

    def found(kind: ProblemKind, row: int, text: str) -> None:
        problems.append(Problem(kind, row, text))

    changed = ProblemKind.ROW_CHANGED
    salted = {r[1] for r in conn.execute("PRAGMA table_info(audit)")} >= {"chain_version", "detail_salt"}
    columns = "chain_version, detail_salt, detail_digest" if salted else "1, NULL, ''"
    seal = conn.execute(
        "SELECT id, detail FROM audit WHERE action = ? ORDER BY id LIMIT 1", (SEAL_ACTION,)
    ).fetchone()
    sealed_through = _seal_through(seal[1]) if seal else None
    legacy_state, legacy_rows = _legacy_start(conn), 0
    expected_prev = _anchor(conn)
    expected_id: int | None = None
    for row in conn.execute(f"SELECT {ENTRY_COLUMNS}, prev_hash, hash, {columns} FROM audit ORDER BY id"):
        entry = AuditEntry(*row[:_ENTRY_WIDTH])
        prev_hash, stored, version, salt, digest = row[_ENTRY_WIDTH:]
        if expected_id is not None and entry.id != expected_id:
            found(
                ProblemKind.ROWS_MISSING,
                entry.id,
                f"audit: rows {expected_id}..{entry.id - 1} are missing before row {entry.id}",
            )
        if prev_hash != expected_prev:
            found(
                ProblemKind.LINK_BROKEN, entry.id, f"audit: row {entry.id} does not link to the row before it"
            )
        if version == 1:
            legacy_rows += 1
            legacy_state = _legacy_step(legacy_state, (*_row_fields(entry), prev_hash, stored))
            erased = entry.action == SEARCH and entry.detail == ""
            if salted and (sealed_through is None or entry.id > sealed_through):
                found(
                    changed,
                    entry.id,
                    f"audit: row {entry.id} is in the old format but was not sealed at the upgrade",
                )
            elif not erased and row_hash(prev_hash, entry) != stored:
                found(changed, entry.id, f"audit: row {entry.id} has been changed since it was written")
        elif version == 2:
            if salt is None and entry.action != SEARCH:
                found(
                    changed,
                    entry.id,
                    f"audit: row {entry.id} has had its detail erased, but it is no search criterion",
                )
            elif salt is None and entry.detail != "":
                found(
                    changed,
                    entry.id,
                    f"audit: row {entry.id} has been changed since its criterion was erased",
                )
            elif (salt is not None and _digest_of(salt, entry.detail) != digest) or salted_row_hash(
                prev_hash, entry, str(digest)
            ) != stored:
                found(changed, entry.id, f"audit: row {entry.id} has been changed since it was written")
        else:
            found(changed, entry.id, f"audit: row {entry.id} is of an unknown format {version!r}")
        expected_prev = stored
        expected_id = entry.id + 1
    if salted and (legacy_rows or seal is not None):
        if seal is None or sealed_through is None:
            found(
                ProblemKind.OLD_ROWS_CHANGED,
                0,
                "audit: the rows written before the upgrade have lost their seal",
            )
        elif legacy_state != _seal_digest(seal[1]):
            found(
                ProblemKind.OLD_ROWS_CHANGED,
                0,
                "audit: rows written before the upgrade have been changed since it sealed them",
            )
    return problems


def _digest_of(salt: object, detail: str) -> str:
    try:
        return detail_digest(bytes.fromhex(str(salt)), detail)
    except ValueError:
        return ""


def _seal_through(detail: str) -> int | None:
    try:
        doc = json.loads(detail)
        through = doc["through"]
    except (ValueError, TypeError, KeyError):
        return None
    return through if isinstance(through, int) and not isinstance(through, bool) else None


def _seal_digest(detail: str) -> str:
    try:
        return str(json.loads(detail)["digest"])
    except (ValueError, TypeError, KeyError):
        return ""
