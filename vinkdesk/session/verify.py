"""Checking a whole vault: SQLCipher's page HMACs, SQLite's integrity, foreign keys, the search index and
the audit chain. One line per problem; an empty list means all hold."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from vinkdesk.vault import Home, audit
from vinkdesk.vault.database import DatabaseError

if TYPE_CHECKING:
    from vinkdesk.session.session import Session
    from vinkdesk.vault.anchor import BackupHead


def wal_at_rest(home: Home) -> list[str]:
    """Before the vault is opened (opening writes the log back): a non-empty vault.db-wal at rest means the
    vault was not closed properly, and what the log holds may be lost (a damaged byte drops every later
    transaction without a word). One line saying so and what to do; empty when the log is empty or gone."""
    from vinkdesk.vault.locks import OpenLock

    wal = home.db_path.with_name(home.db_path.name + "-wal")
    if not home.db_path.exists():
        return []
    OpenLock.acquire(home.folder).release()  # open in another program: AlreadyOpen, at once
    try:
        size = os.lstat(wal).st_size
    except FileNotFoundError:
        return []
    if size == 0:
        return []
    return [
        f"{wal}: the write-ahead log holds {size} bytes not written back into {home.db_path.name}: the vault "
        "was not closed properly (vinkdesk was killed, crashed or lost power), or vinkdesk has it open now. "
        "Nothing was opened or changed. Close vinkdesk if it is open; otherwise first copy the whole folder "
        f"{home.folder} somewhere safe, then open vinkdesk once (it writes the log back) and run verify "
        "again. If consultations are missing then, restore your latest backup and keep the copy."
    ]


def verify(session: Session) -> list[str]:
    # The Session's lock for the whole check: no other thread may use the connection meanwhile (a write
    # beside the check would share its connection and its transaction).
    with session._lock:  # noqa: SLF001 - verify is part of the gate
        return _verify(session)


def _verify(session: Session) -> list[str]:
    conn = session._vault.connection  # noqa: SLF001 - verify is part of the gate
    path = session.home.db_path
    problems: list[str] = []
    try:
        for (line,) in conn.execute("PRAGMA cipher_integrity_check"):
            problems.append(f"{path.name}: {line}")
        for (line,) in conn.execute("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(f"{path.name}: {line}")
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{path.name}: {table} row {rowid} points to a missing {parent} row")
        try:
            conn.execute(
                "INSERT INTO consultations_fts(consultations_fts, rank) VALUES ('integrity-check', 1)"
            )
        except DatabaseError as exc:
            problems.append(f"{path.name}: the search index does not match the consultations ({exc})")
        problems += audit.verify_chain(conn)
    except DatabaseError as exc:
        problems.append(f"{path.name}: cannot be read ({exc}); restore it from your latest backup")
    return problems


def verify_anchor(
    session: Session, device: str, heads: list[tuple[int, str, str]]
) -> tuple[list[str], list[str]]:
    """Does the vault's audit trail still contain every head it once showed the coordinator (the witness
    file's rows and digests)? The witness must be this laptop's, or that of the laptop whose backup this vault
    was restored from. Returns (problems, notes)."""
    mine = {session.known_device(), session.replaced_device()} - {""}
    if device not in mine:
        return [
            f"the witness file is for the laptop {device or '(none named)'}, not this vault "
            f"({', '.join(sorted(mine)) or 'which has never synced'}): nothing was compared"
        ], []
    with session._lock:  # noqa: SLF001 - verify is part of the gate
        return audit.check_heads(session._vault.connection, heads, session.today())  # noqa: SLF001


def verify_backup_anchor(session: Session, head: BackupHead, source: str) -> tuple[list[str], list[str]]:
    """Does the vault's audit trail still hold the head a backup recorded (row, hash, row count)? The backup
    must be of this vault. Returns (problems, notes): truncation and rewriting are problems
    (audit.check_anchor)."""
    with session._lock:  # noqa: SLF001 - verify is part of the gate
        conn = session._vault.connection  # noqa: SLF001
        found = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        vault_id = str(found[0]) if found else ""
        if head.vault_id != vault_id:
            return [
                f"{source} is a backup of another vault ({head.vault_id or 'none named'}), not of this one "
                f"({vault_id}): nothing was compared"
            ], []
        today = session.today()
        return audit.check_anchor(conn, head.row, head.hash, head.count, head.made_on, today, source)
