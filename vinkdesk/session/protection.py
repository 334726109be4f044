"""Data-protection duties through the Session: a person's right of access, retention and deletion without a
trace, and purging old audit rows while the chain stays verifiable."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from vinkdesk.domain import AccessData, AccessEvent, Role, SupervisorComment
from vinkdesk.session.assessments import AssessmentActs
from vinkdesk.session.cases import CaseActs
from vinkdesk.session.errors import InvalidInput, NotFound
from vinkdesk.session.reviews import ReviewActs


class ProtectionActs(CaseActs, AssessmentActs, ReviewActs):
    """Needs the other groups of acts: it gathers and deletes across them."""

    def access_data(self, case_id: int) -> AccessData:
        """Everything held about the person of a case: facts, every version of every consultation,
        assessments, actions, reviews, notifications, and the date and kind of every access to the case."""
        case = self.view_case(case_id)
        names = {u.id: u.display_name for u in self.users()}
        consultations = sorted(self.consultations(case_id), key=lambda c: (c.occurred_at, c.id))
        assessments = [self.assessment(a.id) for a in self.assessments(case_id)]
        reviews = [
            SupervisorComment(r.at, r.supervisor, r.verdict, r.text, f"{r.kind} {r.target_id}")
            for r in self.reviews(case_id)
        ]
        accesses = [
            AccessEvent(datetime.fromisoformat(e.at), names.get(e.user_id, ""), e.action)
            for e in self.audit_entries(case_id)
        ]
        return AccessData(
            case=case,
            counsellor=names.get(case.counsellor_id, ""),
            consultations=tuple(consultations),
            assessments=tuple(assessments),
            actions=tuple(self.actions(case_id)),
            reviews=tuple(reviews),
            notifications=tuple(self.notifications(case_id)),
            accesses=tuple(accesses),
            made_on=self.today(),
            made_by=self.user.display_name,
        )

    def retention_due(self) -> list[tuple[int, str, date]]:
        """Closed cases whose retention period has run out: (id, ref, closed on)."""
        cutoff = self.today() - timedelta(days=365 * self.setting("retention_years"))
        return [
            (r[0], r[1], date.fromisoformat(r[2]))
            for r in self._read(
                "SELECT id, ref, closed_on FROM cases WHERE status = 'closed' AND closed_on < ?"
                " ORDER BY closed_on",
                (cutoff.isoformat(),),
            )
        ]

    def delete_case(self, case_id: int) -> None:
        """Remove the case with its consultations, assessments, actions, drafts, reviews, notifications and
        search index rows; then rewrite the database so no page keeps the text. The audit row records the
        deletion without personal data."""
        self._require(Role.COUNSELLOR, "delete a case")
        if not self._read("SELECT 1 FROM cases WHERE id = ?", (case_id,)):
            raise NotFound(f"There is no case {case_id} in this vault.")
        with self._write() as conn:
            conn.execute("DELETE FROM drafts WHERE case_id = ?", (case_id,))
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # the rest cascades, FTS by trigger
            self._audit("delete-case", "case", case_id, "")
        self._scrub()

    def purge_audit(self, before: date) -> int:
        """Drop audit rows older than `before`, keeping the hash of the last one dropped as the chain's new
        anchor, so `verify` still checks everything kept. Returns how many rows went."""
        self._require(Role.COUNSELLOR, "purge the audit trail")
        limit = self.today() - timedelta(days=365 * self.setting("audit_retention_years"))
        if before > limit:
            raise InvalidInput(
                "before",
                f"Audit rows are kept {self.setting('audit_retention_years')} years; "
                f"purge only before {limit.isoformat()}.",
            )
        with self._write() as conn:
            last = conn.execute(
                "SELECT id, hash FROM audit WHERE at < ? ORDER BY id DESC LIMIT 1", (before.isoformat(),)
            ).fetchone()
            if last is None:
                return 0
            count = conn.execute("SELECT count(*) FROM audit WHERE id <= ?", (last[0],)).fetchone()[0]
            conn.execute("DROP TRIGGER audit_no_delete")
            conn.execute("DELETE FROM audit WHERE id <= ?", (last[0],))
            conn.execute(
                "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN"
                " SELECT RAISE(ABORT, 'audit rows are never deleted'); END"
            )
            self._set_meta("audit_anchor", last[1])
            self._audit("purge-audit", detail=f"{count} rows before {before.isoformat()}")
        self._scrub()
        return int(count)

    def _scrub(self) -> None:
        """Merge the search index, write the WAL back and vacuum: no freed page keeps deleted text."""
        with self._lock:
            conn = self._db
            conn.execute("INSERT INTO consultations_fts(consultations_fts) VALUES ('optimize')")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
