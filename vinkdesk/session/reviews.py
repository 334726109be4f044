"""Supervision through the Session: the review queue, what a supervisor reads to judge an item, verdicts under
the four-eyes rule, what was returned to a counsellor, locking on approval, and the vault's data-protection
settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vinkdesk.domain import AssessmentDetail, Case, Consultation, Notification, Role, SubjectKind
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.session import rows
from vinkdesk.session.assessments import (
    ASSESSMENT_COLUMNS,
    NOTIFICATION_COLUMNS,
    NOTIFICATIONS,
    _assessment_from_row,
    _notification_from_row,
)
from vinkdesk.session.core import SETTINGS, SessionCore
from vinkdesk.session.errors import InvalidInput, NotFound, PermissionDenied
from vinkdesk.vault import audit as audit_log
from vinkdesk.vault.normal_form import nfc

VERDICTS = ("approved", "returned", "comment")


@dataclass(frozen=True)
class ReviewItem:
    """Work waiting for a supervisor, with the case context needed to judge it."""

    kind: str  # consultation | assessment
    id: int
    case_id: int
    case_ref: str
    case_level: str | None
    author: str
    at: datetime
    text: str  # the consultation's notes, or the assessment's suggested and chosen level
    subject_kind: SubjectKind = SubjectKind.PERSON  # with the alias: who the case is about, as the list says
    alias: str = ""
    author_id: str = ""


@dataclass(frozen=True)
class Review:
    id: int
    kind: str
    target_id: int
    case_id: int
    supervisor: str
    verdict: str
    text: str
    at: datetime


@dataclass(frozen=True)
class ConsultationUnderReview:
    """A consultation as the supervisor judges it: every field, the versions it amends (newest first), and
    what supervisors said before about it or an earlier version."""

    case: Case
    consultation: Consultation
    earlier: list[Consultation]
    reviews: list[Review]


@dataclass(frozen=True)
class AssessmentUnderReview:
    """An assessment as the supervisor judges it: the record itself, the case's previous final assessment (to
    show what changed), the duty-to-notify and police decisions recorded with it, and earlier comments."""

    case: Case
    assessment: AssessmentDetail
    previous: AssessmentDetail | None
    notifications: list[Notification]
    reviews: list[Review]


class ReviewActs(SessionCore):
    # --- settings kept in the vault ------------------------------------------------------------------------

    def set_setting(self, name: str, value: int) -> None:
        self._require(Role.COUNSELLOR, "change the vault's settings")
        if name not in SETTINGS or not 1 <= value <= 100:
            raise InvalidInput(name, "Choose a whole number from 1 to 100.")
        with self._write():
            self._set_meta(f"setting:{name}", str(value))
            self._audit(AuditAction.CHANGE_SETTING, detail=f"{name}={value}")

    # --- the review queue ----------------------------------------------------------------------------------

    def review_queue(self) -> list[ReviewItem]:
        """Final assessments and current consultations nobody has approved or returned yet, oldest first."""
        self._require(Role.SUPERVISOR, "see the review queue")
        names = {u.id: u.display_name for u in self.users()}
        items = []
        for row in self._read(
            "SELECT k.id, k.case_id, c.ref, k.author_id, k.occurred_at, k.body, c.subject_kind, c.alias"
            " FROM consultations k"
            " JOIN cases c ON c.id = k.case_id"
            " WHERE NOT EXISTS (SELECT 1 FROM consultations n WHERE n.supersedes = k.id)"
            " AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.consultation_id = k.id"
            " AND r.verdict IN ('approved', 'returned'))"
        ):
            items.append(
                ReviewItem(
                    "consultation",
                    row[0],
                    row[1],
                    row[2],
                    None,
                    names.get(row[3], ""),
                    datetime.fromisoformat(row[4]),
                    row[5],
                    SubjectKind(row[6]),
                    row[7],
                    row[3],
                )
            )
        for row in self._read(
            "SELECT a.id, a.case_id, c.ref, a.author_id, a.finalised_at, a.suggested_level, a.chosen_level,"
            " c.subject_kind, c.alias FROM assessments a JOIN cases c ON c.id = a.case_id"
            " WHERE a.status = 'final' AND a.review_state = 'pending'"
        ):
            items.append(
                ReviewItem(
                    "assessment",
                    row[0],
                    row[1],
                    row[2],
                    row[6],
                    names.get(row[3], ""),
                    datetime.fromisoformat(row[4]),
                    f"{row[5] or ''} → {row[6] or ''}",
                    SubjectKind(row[7]),
                    row[8],
                    row[3],
                )
            )
        return sorted(items, key=lambda item: (item.at, item.kind, item.id))

    def review_detail(self, kind: str, target_id: int) -> ConsultationUnderReview | AssessmentUnderReview:
        """Everything a supervisor reads to judge one item of the queue; audited as a view of its case."""
        self._require(Role.SUPERVISOR, "read work for review")
        if kind == "consultation":
            found = self._read(
                f"SELECT {rows.CONSULTATION_COLUMNS} FROM consultations k WHERE k.id = ?", (target_id,)
            )
            if not found:
                raise NotFound(f"There is no consultation {target_id} in this vault.")
            consultation = rows.consultation_from_row(found[0])
            earlier: list[Consultation] = []
            supersedes = consultation.supersedes
            while supersedes is not None:
                older = self._read(
                    f"SELECT {rows.CONSULTATION_COLUMNS} FROM consultations k WHERE k.id = ?", (supersedes,)
                )
                if not older:
                    break
                earlier.append(rows.consultation_from_row(older[0]))
                supersedes = earlier[-1].supersedes
            versions = [consultation.id, *(c.id for c in earlier)]
            marks = ", ".join("?" * len(versions))
            reviews = self._reviews_where(f"r.consultation_id IN ({marks})", versions)
            detail: ConsultationUnderReview | AssessmentUnderReview = ConsultationUnderReview(
                self._case(consultation.case_id), consultation, earlier, reviews
            )
        elif kind == "assessment":
            found = self._read(f"SELECT {ASSESSMENT_COLUMNS} FROM assessments WHERE id = ?", (target_id,))
            if not found:
                raise NotFound(f"There is no assessment {target_id} in this vault.")
            assessment = _assessment_from_row(found[0])
            before = self._read(
                f"SELECT {ASSESSMENT_COLUMNS} FROM assessments WHERE case_id = ? AND status = 'final'"
                " AND id < ? ORDER BY finalised_at DESC, id DESC LIMIT 1",
                (assessment.case_id, assessment.id),
            )
            notifications = [
                _notification_from_row(r, None)
                for r in self._read(
                    f"SELECT {NOTIFICATION_COLUMNS} FROM {NOTIFICATIONS} WHERE n.assessment_id = ?"
                    " ORDER BY n.id",
                    (assessment.id,),
                )
            ]
            detail = AssessmentUnderReview(
                self._case(assessment.case_id),
                assessment,
                _assessment_from_row(before[0]) if before else None,
                notifications,
                self._reviews_where("r.assessment_id = ?", [assessment.id]),
            )
        else:
            raise InvalidInput("kind", f"Unknown kind {kind!r}.")
        with self._write():
            self._audit(AuditAction.VIEW_CASE, "case", detail.case.id)
        return detail

    def _reviews_where(self, where: str, params: list[Any]) -> list[Review]:
        return [
            self._review_from(row)
            for row in self._read(f"{_REVIEW_SQL} WHERE {where} ORDER BY r.created_at, r.id", params)
        ]

    def review(self, kind: str, target_id: int, verdict: str, text: str = "") -> Review:
        """A supervisor's verdict: approve, return with a comment, or comment only. Nobody reviews their own
        work; an approved consultation locks."""
        self._require(Role.SUPERVISOR, "review")
        if verdict not in VERDICTS:
            raise InvalidInput("verdict", f"Unknown verdict {verdict!r}.")
        if verdict in ("returned", "comment") and not text.strip():
            raise InvalidInput("text", "Write the comment the counsellor will see.")
        table = {"consultation": "consultations", "assessment": "assessments"}.get(kind)
        if table is None:
            raise InvalidInput("kind", f"Unknown kind {kind!r}.")
        found = self._read(f"SELECT author_id, case_id FROM {table} WHERE id = ?", (target_id,))
        if not found:
            raise NotFound(f"There is no {kind} {target_id} in this vault.")
        author, case_id = found[0]
        if author == self.user.id:
            raise PermissionDenied("Nobody reviews their own work.")
        column = "consultation_id" if kind == "consultation" else "assessment_id"
        with self._write() as conn:
            cursor = conn.execute(
                f"INSERT INTO reviews ({column}, supervisor_id, verdict, text, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (target_id, self.user.id, verdict, nfc(text).strip(), audit_log.now_utc()),
            )
            if kind == "consultation" and verdict == "approved":
                conn.execute(
                    "UPDATE consultations SET locked_at = ? WHERE id = ? AND locked_at IS NULL",
                    (audit_log.now_utc(), target_id),
                )
            if kind == "assessment" and verdict in ("approved", "returned"):
                conn.execute("UPDATE assessments SET review_state = ? WHERE id = ?", (verdict, target_id))
            self._audit(AuditAction(f"review-{verdict}"), kind, target_id, f"case {case_id}")
        return self._review(int(cursor.lastrowid))

    def reviews(self, case_id: int) -> list[Review]:
        return [
            self._review_from(row)
            for row in self._read(
                f"{_REVIEW_SQL} WHERE ifnull(k.case_id, a.case_id) = ? ORDER BY r.created_at, r.id",
                (case_id,),
            )
        ]

    def returned_to_me(self) -> list[Review]:
        """Work a supervisor returned to this counsellor that has not been amended or reassessed since."""
        return [
            self._review_from(row)
            for row in self._read(
                f"{_REVIEW_SQL} WHERE r.verdict = 'returned' AND ifnull(k.author_id, a.author_id) = ?"
                " AND NOT EXISTS (SELECT 1 FROM consultations n WHERE n.supersedes = r.consultation_id)"
                " AND NOT EXISTS (SELECT 1 FROM assessments b WHERE b.case_id = a.case_id AND b.id > a.id"
                " AND b.status = 'final')"
                " ORDER BY r.created_at",
                (self.user.id,),
            )
        ]

    def _review(self, review_id: int) -> Review:
        return self._review_from(self._read(f"{_REVIEW_SQL} WHERE r.id = ?", (review_id,))[0])

    def _review_from(self, row: Any) -> Review:
        names = {u.id: u.display_name for u in self.users()}
        kind = "consultation" if row[1] is not None else "assessment"
        return Review(
            row[0],
            kind,
            row[1] if row[1] is not None else row[2],
            row[3],
            names.get(row[4], ""),
            row[5],
            row[6],
            datetime.fromisoformat(row[7]),
        )


_REVIEW_SQL = (
    "SELECT r.id, r.consultation_id, r.assessment_id, ifnull(k.case_id, a.case_id), r.supervisor_id,"
    " r.verdict, r.text, r.created_at FROM reviews r LEFT JOIN consultations k ON k.id = r.consultation_id"
    " LEFT JOIN assessments a ON a.id = r.assessment_id"
)
