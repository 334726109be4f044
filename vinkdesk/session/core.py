"""The Session's foundation: the unlocked vault and its user, one write transaction at a time, the audit row
written inside it, and the role check."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from vinkdesk.domain import Case, Role, User
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.session import rows
from vinkdesk.session.errors import NotFound, PermissionDenied
from vinkdesk.vault import Home, Vault
from vinkdesk.vault import audit as audit_log
from vinkdesk.vault.database import translate_errors

if TYPE_CHECKING:
    from vinkdesk.assessment import DefinitionRegistry

EARLIEST_BIRTH_YEAR = 1920
LOCK_AFTER_DAYS = 7
CONSULTATION_DRAFT = "consultation"  # the kind of draft an unfinished consultation is kept as
ASSESSMENT_DRAFT = "assessment"  # an assessment wizard left half-way
ACTION_DRAFT = "action"  # an action being added or edited when vinkdesk locked
VIEW_DRAFT = "view"  # where the windows stood at a lock (case, tab, search, filters), kept in the vault
# The vault's own settings (kept in meta, changed by a counsellor): name -> default.
SETTINGS = {
    "lock_after_days": LOCK_AFTER_DAYS,
    "retention_years": 5,
    "audit_retention_years": 10,
    "search_criteria_months": 6,  # what was typed into a search is erased from the audit trail after this
}


class SessionCore:
    """An unlocked vault and the user who unlocked it: what every group of acts builds on."""

    def __init__(
        self, vault: Vault, today: date | None = None, definitions: DefinitionRegistry | None = None
    ) -> None:
        self._vault = vault
        self._definitions = definitions  # the shipped definitions unless given; loaded on first use
        self._depth = 0
        # The windows use the Session from a background worker and, for quick reads, the UI thread: one
        # thread at a time, and a transaction belongs to the thread that opened it.
        self._lock = threading.RLock()
        self._today = today
        row = vault.connection.execute(
            "SELECT id, display_name, role FROM users WHERE id = ?", (vault.opened_by.user_id,)
        ).fetchone()
        self.user = User(row[0], row[1], Role(row[2]))
        self.via_recovery = vault.opened_by.via_recovery

    # --- state -------------------------------------------------------------------------------------------

    @property
    def home(self) -> Home:
        return self._vault.home

    @property
    def is_locked(self) -> bool:
        return not self._vault.is_open

    def lock(self) -> None:
        with self._lock:
            self._vault.lock()

    def today(self) -> date:
        return self._today or date.today()

    @property
    def definitions(self) -> DefinitionRegistry:
        """The assessment definitions this Session judges assessments by."""
        if self._definitions is None:
            from vinkdesk.assessment import shipped_definitions

            self._definitions = shipped_definitions()
        return self._definitions

    # --- transactions and audit ----------------------------------------------------------------------------

    @property
    def _db(self) -> Any:
        return self._vault.connection

    @contextmanager
    def _write(self) -> Iterator[Any]:
        """One write transaction; nested uses join the outer one (how demo data is written in bulk)."""
        with self._lock:
            with self._transaction() as conn:
                yield conn

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        conn = self._db
        if self._depth:
            self._depth += 1
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        with translate_errors(self.home.db_path):
            conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0
            conn.execute("COMMIT")

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many acts into one transaction (all or nothing)."""
        with self._write():
            yield

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock, translate_errors(self.home.db_path):
            return list(self._db.execute(sql, params).fetchall())

    def _audit(
        self, action: AuditAction, object_kind: str = "", object_id: object = "", detail: str = ""
    ) -> None:
        if not isinstance(action, AuditAction):  # the log holds only what its reader can name
            raise TypeError(f"not an audit action: {action!r}")
        audit_log.append(self._db, self.user.id, action, object_kind, str(object_id), detail)

    def _require(self, role: Role, what: str) -> None:
        if self.user.role != role:
            raise PermissionDenied(
                f"Only a {role.value} can {what}; you are signed in as {self.user.role.value}."
            )

    def _case(self, case_id: int) -> Case:
        found = self._read(f"SELECT {rows.CASE_COLUMNS} FROM cases c WHERE c.id = ?", (case_id,))
        if not found:
            raise NotFound(f"There is no case {case_id} in this vault.")
        return rows.case_from_row(found[0])

    def users(self) -> list[User]:
        return [User(r[0], r[1], Role(r[2])) for r in self._read("SELECT id, display_name, role FROM users")]

    def setting(self, name: str) -> int:
        value = self._meta(f"setting:{name}")
        return int(value) if value else SETTINGS[name]

    def _meta(self, key: str) -> str:
        """A value the vault keeps about itself (settings, sync identity, audit anchor); "" if none."""
        found = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return str(found[0][0]) if found else ""

    def _set_meta(self, key: str, value: str) -> None:
        """Set a meta value; inside a caller's transaction it joins it."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def audit_entries(self, case_id: int | None = None) -> list[audit_log.AuditEntry]:
        """The audit rows (of one case), for the Session's own use; the audit viewer uses audit_log()."""
        sql = f"SELECT {audit_log.ENTRY_COLUMNS} FROM audit"
        params: list[Any] = []
        if case_id is not None:
            sql += " WHERE (object_kind = 'case' AND object_id = ?) OR detail = ?"
            params = [str(case_id), f"case {case_id}"]
        return [audit_log.AuditEntry(*r) for r in self._read(sql + " ORDER BY id", params)]

    def case_id_of(self, ref: str) -> int:
        """A case's id from its ref, without counting as a view of the case."""
        found = self._read("SELECT id FROM cases WHERE ref = ?", (ref.strip(),))
        if not found:
            raise NotFound(f"There is no case with the reference {ref.strip()} in this vault.")
        return int(found[0][0])

    def case_ref_of(self, case_id: int) -> str:
        found = self._read("SELECT ref FROM cases WHERE id = ?", (case_id,))
        return str(found[0][0]) if found else ""
