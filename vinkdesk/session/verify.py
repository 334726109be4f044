"""Checking a whole vault: SQLCipher's page HMACs, SQLite's integrity, foreign keys, the search index and
the audit chain. One line per problem; an empty list means all hold."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vinkdesk.domain.audit_words import Problem, ProblemKind
from vinkdesk.vault import Home, audit
from vinkdesk.vault.database import DatabaseError

if TYPE_CHECKING:
    from vinkdesk.session.session import Session
    from vinkdesk.vault.anchor import BackupHead
    from vinkdesk.vault.wal import WalState


def wal_at_rest(home: Home) -> list[str]:
    """Before the vault is opened (opening writes the log back): a non-empty vault.db-wal at rest means the
    vault was not closed properly. The log is read without opening it (vault/wal.py): intact, the next unlock
    writes every saved change in it back; damaged, that unlock would drop the changes after the damage
    without a word. One line saying which, what it means and what to do; empty when the log is empty or
    gone."""
    from vinkdesk.vault.wal import log_at_rest

    found = log_at_rest(home)
    return [wal_message(home, *found)] if found is not None else []


def wal_message(home: Home, wal: Path, state: WalState) -> str:
    """What a log left at rest means and what to do, in one line."""
    db = home.db_path.name
    cause = (
        f"{wal}: the vault was not closed properly (vinkdesk was killed, crashed or lost power), and its "
        f"write-ahead log holds {state.size} bytes not written back into {db}"
    )
    keep = f"first copy the whole folder {home.folder} somewhere safe (the copy keeps the log as it is), then"
    backup = f"vinkdesk backup --home {home.folder} --out FILE"
    if not state.damaged:
        saved = _changes(state.kept)
        cut = (
            " (a change that was being written when it stopped was never saved and is not in it)"
            if state.unfinished
            else ""
        )
        return (
            f"{cause}: {saved} saved since it was last closed{cut}. The log is intact, so nothing saved is "
            "lost, but verify checks only a vault at rest and opened nothing. To write the log back, unlock "
            f"the vault once and lock it again: open vinkdesk and lock it, or run '{backup}' (which also "
            "makes a backup); then run verify again."
        )
    where = "its header" if state.damaged_at == 0 else f"byte {state.damaged_at}"
    kept = (
        f"keeps the {_changes(state.kept)} before the damage and drops the rest"
        if state.kept
        else "drops them all"
    )
    return (
        f"{cause}, and the log is damaged at {where}: {_changes(state.lost)} saved after that point would be "
        f"dropped without a word the next time the vault is opened. Nothing was opened or changed. Do not "
        f"open vinkdesk yet: {keep} either restore your latest backup (move {db}, vault.keys, {wal.name} and "
        f"{db}-shm aside first), or open vinkdesk once, which {kept}, and enter again what is missing."
    )


def _changes(count: int) -> str:
    return "1 change" if count == 1 else f"{count} changes"


def verify(session: Session) -> list[str]:
    """One line of the core's English per problem; empty when all hold. check() gives each its kind."""
    return [problem.detail for problem in check(session)]


def check(session: Session) -> list[Problem]:
    """The whole check, each problem with its kind and the audit row it concerns, so that a window can say
    what it means in the user's language (domain.audit_words.check_result) and keep the English as a
    detail."""
    # The Session's lock for the whole check: no other thread may use the connection meanwhile (a write
    # beside the check would share its connection and its transaction).
    with session._lock:  # noqa: SLF001 - verify is part of the gate
        return _check(session)


def _check(session: Session) -> list[Problem]:
    conn = session._vault.connection  # noqa: SLF001 - verify is part of the gate
    path = session.home.db_path
    problems: list[Problem] = []

    def found(kind: ProblemKind, text: str) -> None:
        problems.append(Problem(kind, 0, text))

    try:
        for (line,) in conn.execute("PRAGMA cipher_integrity_check"):
            found(ProblemKind.FILE_DAMAGED, f"{path.name}: {line}")
        for (line,) in conn.execute("PRAGMA integrity_check"):
            if line != "ok":
                found(ProblemKind.FILE_DAMAGED, f"{path.name}: {line}")
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            found(
                ProblemKind.LINKS_MISSING,
                f"{path.name}: {table} row {rowid} points to a missing {parent} row",
            )
        try:
            conn.execute(
                "INSERT INTO consultations_fts(consultations_fts, rank) VALUES ('integrity-check', 1)"
            )
        except DatabaseError as exc:
            found(
                ProblemKind.SEARCH_INDEX,
                f"{path.name}: the search index does not match the consultations ({exc})",
            )
        problems += audit.chain_problems(conn)
    except DatabaseError as exc:
        found(
            ProblemKind.FILE_DAMAGED,
            f"{path.name}: cannot be read ({exc}); restore it from your latest backup",
        )
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
