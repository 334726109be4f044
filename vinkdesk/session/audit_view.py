"""The audit log as supervisors read it through the Session: filtered, newest first, each reading itself
audited, and told in words (domain.audit_words): the case's ref for a case's row id, "Samtale 29.11.2026 i
sag 2026-017" for a consultation's, the user's name for a user id, "Slettet sag" where the case is gone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from vinkdesk.domain import AuditLine, Role
from vinkdesk.domain import audit_words as words
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.session.core import SessionCore
from vinkdesk.vault import audit as audit_log
from vinkdesk.vault.audit import AuditEntry


@dataclass(frozen=True)
class AuditNames:
    """What the log's ids stand for, as far as the vault still holds them: only refs, days and names (no
    alias, no note), so a reader of the log learns nothing the log did not already point to."""

    users: dict[str, str] = field(default_factory=dict)  # user id → name
    cases: dict[int, str] = field(default_factory=dict)  # case id → ref
    consultations: dict[int, tuple[str, date]] = field(default_factory=dict)  # → its case's ref, its day
    assessments: dict[int, tuple[str, date]] = field(default_factory=dict)  # → its case's ref, its day
    actions: dict[int, str] = field(default_factory=dict)  # → its case's ref


_CASE_DETAIL = re.compile(r"case (\d+)")
_AMENDS = re.compile(r"amends (\d+)")
_CHUNK = 500


class AuditActs(SessionCore):
    def audit_log(
        self,
        *,
        case_id: int | None = None,
        user_id: str | None = None,
        action: str | None = None,
        since: date | None = None,
    ) -> list[AuditEntry]:
        """The audit trail, filtered, newest first; reading it is itself audited. Supervisors only."""
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
        entries = [AuditEntry(*r) for r in self._read(sql + " ORDER BY id DESC", params)]
        with self._write():
            self._audit(AuditAction.VIEW_AUDIT, "case" if case_id else "", case_id or "", "")
        return entries

    def audit_names(self, entries: Iterable[AuditEntry]) -> AuditNames:
        """What the ids in these rows stand for (refs, days, names), read without counting as a view of any
        case: the log already names these objects, this only says them as people know them. Supervisors
        only, like the log."""
        self._require(Role.SUPERVISOR, "read the audit trail")
        wanted: dict[str, set[int]] = {
            "case": set(),
            "consultation": set(),
            "assessment": set(),
            "action": set(),
        }
        for e in entries:
            if e.object_kind in wanted and e.object_id.isdigit():
                wanted[e.object_kind].add(int(e.object_id))
            if found := _CASE_DETAIL.fullmatch(e.detail):
                wanted["case"].add(int(found.group(1)))
            if e.action == AuditAction.AMEND_CONSULTATION and (found := _AMENDS.fullmatch(e.detail)):
                wanted["consultation"].add(int(found.group(1)))
        return AuditNames(
            users={u.id: u.display_name for u in self.users()},
            cases={int(r[0]): str(r[1]) for r in self._rows("SELECT id, ref FROM cases", wanted["case"])},
            consultations={
                int(r[0]): (str(r[1]), _day(r[2]))
                for r in self._rows(
                    "SELECT k.id, c.ref, k.occurred_at FROM consultations k JOIN cases c ON c.id = k.case_id",
                    wanted["consultation"],
                    "k.id",
                )
            },
            assessments={
                int(r[0]): (str(r[1]), _day(r[2]))
                for r in self._rows(
                    "SELECT a.id, c.ref, a.created_at FROM assessments a JOIN cases c ON c.id = a.case_id",
                    wanted["assessment"],
                    "a.id",
                )
            },
            actions={
                int(r[0]): str(r[1])
                for r in self._rows(
                    "SELECT a.id, c.ref FROM actions a JOIN cases c ON c.id = a.case_id",
                    wanted["action"],
                    "a.id",
                )
            },
        )

    def _rows(self, sql: str, ids: set[int], column: str = "id") -> list[Any]:
        """The rows of sql whose column is one of ids, read a few hundred ids at a time."""
        ordered, rows = sorted(ids), []
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            rows += self._read(f"{sql} WHERE {column} IN ({', '.join('?' * len(chunk))})", chunk)
        return rows


def _day(text: object) -> date:
    """The local day of a stored time (an aware time is taken to the local clock)."""
    moment = datetime.fromisoformat(str(text))
    return (moment.astimezone() if moment.tzinfo is not None else moment).date()


def audit_lines(
    entries: list[AuditEntry], names: AuditNames | Mapping[str, str], language: str = "da"
) -> list[AuditLine]:
    """Audit rows as people read them, in the order given (audit_log: newest first): the user's name, the
    object as people know it ("Sag 2026-017", "Samtale 29.11.2026 i sag 2026-017", "Slettet sag"), and the
    detail in words. The action stays the stored value (AuditAction): the reader names it
    (audit_words.action_name) and can filter by it. A plain mapping is the users' names alone (every case
    then reads as deleted)."""
    known = names if isinstance(names, AuditNames) else AuditNames(users=dict(names))
    return [
        AuditLine(
            e.id,
            datetime.fromisoformat(e.at),
            _who(e.user_id, known, language),
            e.action,
            _object(e, known, language),
            _detail(e, known, language),
        )
        for e in entries
    ]


def _who(user_id: str, names: AuditNames, language: str) -> str:
    if not user_id:
        return words.words("nobody", language)
    return names.users.get(user_id) or words.words("unknown user", language)


def _object(e: AuditEntry, names: AuditNames, language: str) -> str:
    kind, key = e.object_kind, int(e.object_id) if e.object_id.isdigit() else None
    if kind == "user":
        return _who(e.object_id, names, language)
    if key is None:
        return ""
    if kind == "case":
        return words.object_text("case", language, names.cases.get(key))
    if kind in ("consultation", "assessment"):
        table = names.consultations if kind == "consultation" else names.assessments
        found = table.get(key)
        return words.object_text(kind, language, *found) if found else words.object_text(kind, language)
    if kind == "action":
        return words.object_text(kind, language, names.actions.get(key))
    return ""  # no other kind is written


def _detail(e: AuditEntry, names: AuditNames, language: str) -> str:
    if found := _CASE_DETAIL.fullmatch(e.detail):
        if e.object_kind in ("consultation", "assessment", "action"):
            return ""  # the object already says which case
        ref = names.cases.get(int(found.group(1)))
        return ref if ref is not None else words.object_text("case", language)
    if e.action == AuditAction.AMEND_CONSULTATION and (found := _AMENDS.fullmatch(e.detail)):
        earlier = names.consultations.get(int(found.group(1)))
        return words.amends_text(language, earlier[1] if earlier else None)
    return words.detail_text(e.action, e.detail, language)
