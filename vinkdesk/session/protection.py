"""Data-protection duties through the Session: a person's right of access, retention and deletion without a
trace (finished at the next unlock when a reader held it up), search criteria kept for a limited time, and
purging old audit rows while the chain stays verifiable."""

from __future__ import annotations

import bisect
import calendar
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from vinkdesk.domain import AccessData, AccessEvent, Role, SupervisorComment
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.session.assessments import AssessmentActs
from vinkdesk.session.cases import CaseActs
from vinkdesk.session.errors import InvalidInput, NotFound
from vinkdesk.session.reviews import ReviewActs
from vinkdesk.vault import audit as audit_log
from vinkdesk.vault import scrub
from vinkdesk.vault.database import translate_errors

_WORD = re.compile(r"[^\W_]+")  # a word as the search index's unicode61 tokenizer sees one


class ProtectionActs(CaseActs, AssessmentActs, ReviewActs):
    """Needs the other groups of acts: it gathers and deletes across them."""

    def access_data(self, case_id: int, *, include_source_name: bool = False) -> AccessData:
        """Everything held about the person of a case: facts, who raised the concern (the source's name and
        contact only where the counsellor decided the person may see them), every version of every
        consultation, assessments, actions, reviews, every sharing with another agency, notifications,
        follow-ups, and the date and kind of every access to the case; with what article 15 asks besides:
        the retention period and the unit (Settings)."""
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
            concern_source=self.concern_source(case_id),
            disclosures=tuple(self.disclosures(case_id)),
            follow_ups=tuple(self.follow_ups(case_id)),
            retention_years=self.setting("retention_years"),
            unit=self.unit_details(),
            source_name_included=include_source_name,
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

    def delete_case(self, case_id: int) -> bool:
        """Remove the case with its consultations, assessments, actions, drafts, reviews, notifications and
        search index rows, and erase the search criteria that name it (criteria_naming); then rewrite the
        database so no page keeps the text. The audit row records the deletion without personal data.

        A pending-scrub record is committed with the deletion. Returns True when the scrub finished; False
        when another reader held it up past scrub.WAIT_SECONDS: the record stays and the next unlock
        finishes it."""
        self._require(Role.COUNSELLOR, "delete a case")
        if not self._read("SELECT 1 FROM cases WHERE id = ?", (case_id,)):
            raise NotFound(f"There is no case {case_id} in this vault.")
        with self._write() as conn:
            audit_log.erase_criteria(conn, self._criteria_naming(conn, case_id))
            conn.execute("DELETE FROM drafts WHERE case_id = ?", (case_id,))
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # the rest cascades, FTS by trigger
            self._audit(AuditAction.DELETE_CASE, "case", case_id, "")
            scrub.request(conn, audit_log.now_utc())
        return self._scrub()

    def upkeep(self) -> bool:
        """What every unlock does: erase search criteria older than the setting search_criteria_months, and
        finish a scrub that a deletion (or an erasure) left pending. True when no scrub is left pending."""
        cutoff = months_before(self.today(), self.setting("search_criteria_months"))
        with self._write() as conn:
            erased = audit_log.erase_criteria_before(conn, cutoff.isoformat())
            if erased:
                self._audit(
                    AuditAction.ERASE_CRITERIA, detail=f"{erased} search criteria before {cutoff.isoformat()}"
                )
                scrub.request(conn, audit_log.now_utc(), scrub.WAL)
        self._fill_review_dates()  # a vault from before review dates: every open case gets one
        return self._scrub()

    @property
    def scrub_pending(self) -> bool:
        """A deletion's scrub is still owed (a reader held it up); the next unlock finishes it."""
        return bool(self._meta(scrub.PENDING_KEY))

    def _criteria_naming(self, conn: Any, case_id: int) -> list[int]:
        """The audit rows whose search criterion names the case: see criteria_naming."""
        ref, alias = conn.execute("SELECT ref, alias FROM cases WHERE id = ?", (case_id,)).fetchone()
        texts = [str(r[0] or "") for r in conn.execute(_CASE_TEXT_SQL, {"case": case_id})]
        return criteria_naming(audit_log.criteria(conn), str(ref), str(alias), texts)

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
            count = audit_log.purge_through(conn, last[0])
            self._audit(AuditAction.PURGE_AUDIT, detail=f"{count} rows before {before.isoformat()}")
            scrub.request(conn, audit_log.now_utc())
        self._scrub()
        return int(count)

    scrub_wait = scrub.WAIT_SECONDS  # how long a scrub waits for other readers (tests shorten it)

    def _scrub(self) -> bool:
        """Merge the search index, write the WAL back and vacuum: no freed page keeps deleted text. True when
        done; False when a reader held it up (the pending record stays)."""
        with self._lock, translate_errors(self.home.db_path):
            return scrub.scrub(self._db, self.scrub_wait)


# Every text kept about a case, for finding the search criteria that name it.
_CASE_TEXT_SQL = """
SELECT body || ' ' || advice || ' ' || next_steps FROM consultations WHERE case_id = :case
UNION ALL SELECT content FROM drafts WHERE case_id = :case
UNION ALL SELECT title || ' ' || responsible FROM actions WHERE case_id = :case
UNION ALL SELECT justification || ' ' || evidence FROM assessments WHERE case_id = :case
UNION ALL SELECT reason FROM notifications WHERE case_id = :case
UNION ALL SELECT r.text FROM reviews r JOIN consultations k ON k.id = r.consultation_id
    WHERE k.case_id = :case
UNION ALL SELECT r.text FROM reviews r JOIN assessments a ON a.id = r.assessment_id
    WHERE a.case_id = :case
"""


def words_of(text: str) -> list[str]:
    """The words of a text as the search index sees them: NFC, lower case, runs of letters and digits."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def criteria_naming(
    criteria: Iterable[tuple[int, str]], ref: str, alias: str, texts: Iterable[str]
) -> list[int]:
    """The rows (of (row, criterion) pairs) whose criterion names the case, erased when it is deleted. A
    criterion names the case when

    - it contains the case's ref (ignoring case), or
    - one of its words is a word of three or more letters of the case's alias, or
    - every one of its words is a word of the case's ref, alias or text (its consultations in every version,
      drafts, actions, assessments' justification and evidence, notifications, reviews), the last one as a
      prefix: a search that could have led to this case, search-as-you-type fragments included.

    Criteria that share only some words with the case (a common word beside another name) are kept: they do
    not point to this case, and an audit trail stripped of every search would no longer show who looked for
    what."""
    ref_key = unicodedata.normalize("NFC", ref).lower().strip()
    alias_words = {w for w in words_of(alias) if len(w) >= 3}
    known = set(words_of(ref)) | set(words_of(alias))
    for text in texts:
        known.update(words_of(text))
    ordered = sorted(known)
    found = []
    for row, criterion in criteria:
        words = words_of(criterion)
        if not words:
            continue
        typed = unicodedata.normalize("NFC", criterion).lower()
        if (ref_key and ref_key in typed) or alias_words.intersection(words):
            found.append(row)
        elif all(w in known for w in words[:-1]) and (
            _has_prefix(ordered, words[-1]) if len(words[-1]) >= 2 else words[-1] in known
        ):
            found.append(row)
    return found


def _has_prefix(ordered: list[str], prefix: str) -> bool:
    at = bisect.bisect_left(ordered, prefix)
    return at < len(ordered) and ordered[at].startswith(prefix)


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier (the month's last day where it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
