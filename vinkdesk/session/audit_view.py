"""The audit log as supervisors read it through the Session: filtered, and each reading itself audited."""

from __future__ import annotations

from datetime import date, datetime

from vinkdesk.domain import AuditLine, Role
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.session.core import SessionCore
from vinkdesk.vault import audit as audit_log


class AuditActs(SessionCore):
    def audit_log(
        self,
        *,
        case_id: int | None = None,
        user_id: str | None = None,
        action: str | None = None,
        since: date | None = None,
    ) -> list[audit_log.AuditEntry]:
        """The audit trail, filtered; reading it is itself audited. Supervisors only."""
        self._require(Role.SUPERVISOR, "read the audit trail")
        where, params = [], []
        if case_id is not None:
            where.append("((object_kind = 'case' AND object_id = ?) OR detail = ?)")
            params += [str(case_id), f"case {case_id}"]
        if user_id:
            where.append("user_id = ?")
            params.append(user_id)
        if action:
            where.append("action = ?")
            params.append(action)
        if since:
            where.append("at >= ?")
            params.append(since.isoformat())
        sql = f"SELECT {audit_log.ENTRY_COLUMNS} FROM audit"
        if where:
            sql += " WHERE " + " AND ".join(where)
        entries = [audit_log.AuditEntry(*r) for r in self._read(sql + " ORDER BY id", params)]
        with self._write():
            self._audit(AuditAction.VIEW_AUDIT, "case" if case_id else "", case_id or "", "")
        return entries


def audit_lines(entries: list[audit_log.AuditEntry], names: dict[str, str]) -> list[AuditLine]:
    """Audit rows as people read them (the user's name, the object as "kind id")."""
    return [
        AuditLine(
            e.id,
            datetime.fromisoformat(e.at),
            names.get(e.user_id, e.user_id[:8]),
            e.action,
            f"{e.object_kind} {e.object_id}".strip(),
            e.detail,
        )
        for e in entries
    ]
