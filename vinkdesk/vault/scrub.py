"""Deletion that finishes: after text is deleted, no page of vault.db and no frame of its WAL may keep it.

A deletion commits a pending-scrub record (meta `scrub_pending`) in its own transaction. The scrub then merges
the search index (FTS5 'optimize': deleted words live on in old index segments until merged), checkpoints the
WAL into vault.db and truncates it, VACUUMs (every page rewritten, free pages gone) and checkpoints again.
An erasure that only rewrites rows in place (search criteria after their time) owes the checkpoint alone:
with secure_delete on, the old bytes in the page are zeroed, and the page's old images are in the WAL and,
until the checkpoint, in vault.db; a VACUUM of a large vault at every unlock would cost seconds for nothing.

A checkpoint cannot finish while another connection still reads an older snapshot: it answers busy. The scrub
retries for a bounded time; if the reader is still there it leaves the record and reports not done, and the
next unlock runs it again. Only a scrub that truncated the WAL after the VACUUM clears the record.
"""

from __future__ import annotations

import time
from typing import Any

import sqlcipher3

PENDING_KEY = "scrub_pending"
FULL = "full"  # text deleted: merge the index, checkpoint, VACUUM, checkpoint
WAL = "wal"  # rows rewritten in place only: checkpoint (the WAL emptied, vault.db holds the new pages)
WAIT_SECONDS = 5.0  # how long one scrub waits for readers before leaving the rest to the next unlock
_RETRY_SECONDS = 0.05
_BUSY_TIMEOUT_MS = 100  # while scrubbing: each checkpoint waits this long for readers, then is retried


def request(conn: Any, at: str, kind: str = FULL) -> None:
    """Record that a scrub is owed; call inside the transaction of the deletion. A full scrub owed stays
    owed when a lighter one is asked for."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        f" WHERE excluded.value LIKE '{FULL} %'",
        (PENDING_KEY, f"{kind} {at}"),
    )


def pending(conn: Any) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (PENDING_KEY,)).fetchone() is not None


def scrub(conn: Any, wait_seconds: float = WAIT_SECONDS) -> bool:
    """Run the owed scrub, outside any transaction. True when it is done (or none was owed); False when
    readers kept it from finishing within wait_seconds: the record stays for the next attempt."""
    found = conn.execute("SELECT value FROM meta WHERE key = ?", (PENDING_KEY,)).fetchone()
    if found is None:
        return True
    full = not str(found[0]).startswith(f"{WAL} ")
    deadline = time.monotonic() + wait_seconds
    timeout = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    try:
        if full:
            conn.execute("INSERT INTO consultations_fts(consultations_fts) VALUES ('optimize')")
            if not _checkpoint(conn, deadline):
                return False
            conn.execute("VACUUM")
        if not _checkpoint(conn, deadline):
            return False
        conn.execute("DELETE FROM meta WHERE key = ? AND value = ?", (PENDING_KEY, found[0]))
        # What clearing the record wrote holds nothing deleted; if a reader came back meanwhile, the WAL is
        # truncated at the next checkpoint (lock, quit, backup).
        _checkpoint(conn, deadline)
        return True
    except sqlcipher3.OperationalError as exc:
        if _busy(exc):
            return False
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout}")


def _checkpoint(conn: Any, deadline: float) -> bool:
    """wal_checkpoint(TRUNCATE) until it is not busy (every frame written back, the WAL emptied), or the
    deadline passes."""
    while True:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(_RETRY_SECONDS)


def _busy(exc: Exception) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text
