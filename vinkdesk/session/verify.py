"""Checking a whole vault: SQLCipher's page HMACs, SQLite's integrity, foreign keys, the search index and
the audit chain. One line per problem; an empty list means all hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vinkdesk.vault import audit
from vinkdesk.vault.database import DatabaseError

if TYPE_CHECKING:
    from vinkdesk.session.session import Session


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
