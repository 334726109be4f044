"""Assessments through the Session: storing the wizard's result, reading it back, and the recorded duty to
notify and police referral."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from vinkdesk.assessment.definition import DefinitionError, Text
from vinkdesk.assessment.engine import AnswerError, Suggestion, suggest
from vinkdesk.assessment.reading import choice_problem
from vinkdesk.domain import AssessmentDetail, Level, Notification, Role
from vinkdesk.domain.audit_actions import AuditAction
from vinkdesk.session.casework import CaseworkActs, insert_disclosure, notification_disclosure
from vinkdesk.session.errors import InvalidInput, NotFound
from vinkdesk.vault import audit as audit_log
from vinkdesk.vault.normal_form import nfc, nfc_all

ASSESSMENT_COLUMNS = (
    "id, case_id, definition_id, definition_version, answers, evidence, suggested_level, reasons, gaps,"
    " chosen_level, justification, author_id, created_at, status, undetermined"
)
# With the definition of the assessment a notification was made in: it gives the deadline for the receipt.
NOTIFICATION_COLUMNS = (
    "n.id, n.case_id, n.assessment_id, n.kind, n.done, n.done_on, n.reason, n.receipt_on,"
    " a.definition_id, a.definition_version"
)
NOTIFICATIONS = "notifications n LEFT JOIN assessments a ON a.id = n.assessment_id"


CHOICE_PROBLEMS = {
    "choose-level": ("chosen_level", "Choose a level before finishing the assessment."),
    "justify": ("justification", "Explain why you chose another level than the one suggested."),
    "justify-undetermined": (
        "justification",
        "Key factors are unknown, so green is not an all-clear: explain why green is right.",
    ),
}


def _assessment_from_row(row: Any) -> AssessmentDetail:
    return AssessmentDetail(
        id=row[0],
        case_id=row[1],
        definition_id=row[2],
        definition_version=row[3],
        answers=json.loads(row[4]),
        evidence=json.loads(row[5]),
        suggested_level=_level(row[6]),
        reasons=json.loads(row[7]),
        gaps=json.loads(row[8]),
        chosen_level=_level(row[9]),
        justification=row[10],
        author_id=row[11],
        created_at=datetime.fromisoformat(row[12]),
        final=row[13] == "final",
        undetermined=bool(row[14]),
    )


def _notification_from_row(row: Any, receipt_weekdays: int | None) -> Notification:
    return Notification(
        id=row[0],
        case_id=row[1],
        assessment_id=row[2],
        kind=row[3],
        done=bool(row[4]),
        done_on=date.fromisoformat(row[5]) if row[5] else None,
        reason=row[6],
        receipt_on=date.fromisoformat(row[7]) if row[7] else None,
        receipt_weekdays=receipt_weekdays,
    )


@dataclass(frozen=True)
class AssessmentRecord:
    """What the assessment wizard hands over to be stored. The suggestion it saw (suggested level, reasons,
    gaps, undetermined) is not trusted: the Session works it out again from the answers and stores its own."""

    definition_id: str
    definition_version: int
    answers: dict[str, Any]
    suggested_level: Level | None
    reasons: Sequence[Any]  # texts as {"da": …, "en": …} (older vaults may hold plain strings)
    gaps: Sequence[Any]
    chosen_level: Level | None
    justification: str = ""
    final: bool = True
    evidence: dict[str, Any] = field(default_factory=dict)
    undetermined: bool = False  # the suggestion was not an all-clear: key factors were unknown


@dataclass(frozen=True)
class NotificationDecision:
    """The counsellor's answer to a prompt: done on a date, or not done and why."""

    kind: str  # duty-to-notify | police-referral
    done: bool
    on: date | None = None
    reason: str = ""
    # Done, it is a disclosure too: on this legal basis (the kind's usual one when empty), for this purpose.
    legal_basis: str = ""
    basis_text: str = ""
    purpose: str = ""


@dataclass(frozen=True)
class TickedAction:
    """A recommended action of the chosen level, ticked on the wizard's last page: its id in the definition's
    guidance (whose horizon gives the due date) and its title as the counsellor read it."""

    action_id: str
    title: str


@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    case_id: int
    created_at: datetime
    suggested_level: Level | None
    chosen_level: Level | None
    final: bool


def _texts(texts: Iterable[Text]) -> list[dict[str, str]]:
    return [{"da": t.da, "en": t.en} for t in texts]


def _level(text: str | None) -> Level | None:
    return Level(text) if text else None


class AssessmentActs(CaseworkActs):
    def save_assessment(self, case_id: int, record: AssessmentRecord, at: datetime | None = None) -> int:
        """Stored with the Session's own suggestion from the answers, by the definition the record names;
        another level than that suggestion (or green on an undetermined one) needs the justification."""
        self._require(Role.COUNSELLOR, "make an assessment")
        self._case(case_id)
        answers, evidence = nfc_all(record.answers), nfc_all(record.evidence)
        justification = nfc(record.justification).strip()
        suggestion = self._suggestion(record.definition_id, record.definition_version, answers)
        if record.final:  # the wizard's own rule, asked again on the Session's own suggestion: it is the gate
            problem = choice_problem(
                suggestion.level, record.chosen_level, justification, suggestion.undetermined
            )
            if problem:
                raise InvalidInput(*CHOICE_PROBLEMS[problem])
        moment = (at or datetime.now()).isoformat(timespec="seconds")
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO assessments (case_id, definition_id, definition_version, answers, evidence,"
                " suggested_level, reasons, gaps, chosen_level, justification, author_id, created_at,"
                " finalised_at, status, undetermined) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    record.definition_id,
                    record.definition_version,
                    json.dumps(answers, ensure_ascii=False),
                    json.dumps(evidence, ensure_ascii=False),
                    suggestion.level.value,
                    json.dumps(_texts(suggestion.reasons), ensure_ascii=False),
                    json.dumps(_texts(g.text for g in suggestion.gaps), ensure_ascii=False),
                    record.chosen_level.value if record.chosen_level else None,
                    justification,
                    self.user.id,
                    moment,
                    moment if record.final else None,
                    "final" if record.final else "draft",
                    int(suggestion.undetermined),
                ),
            )
            if record.final and record.chosen_level is not None:  # the next review follows from the level
                review = self.default_review_day(record.chosen_level, datetime.fromisoformat(moment).date())
                conn.execute(
                    "UPDATE cases SET review_on = ? WHERE id = ? AND status = 'open'",
                    (review.isoformat(), case_id),
                )
            self._audit(AuditAction.CREATE_ASSESSMENT, "assessment", cursor.lastrowid, f"case {case_id}")
        return int(cursor.lastrowid)

    def _suggestion(self, definition_id: str, version: int, answers: dict[str, Any]) -> Suggestion:
        try:
            definition = self.definitions.get(definition_id, version)
        except DefinitionError:
            raise InvalidInput(
                "definition_id",
                f"There is no assessment definition {definition_id!r} version {version} here, so the level"
                " cannot be checked and nothing was saved. Start a new assessment: it uses the current"
                " definition.",
            ) from None
        try:
            return suggest(definition, answers)
        except AnswerError as error:
            raise InvalidInput("answers", f"An answer cannot be read: {error}. Nothing was saved.") from None

    def _action_due(self, record: AssessmentRecord, action_id: str, day: date) -> date:
        """When a ticked recommended action falls due: the assessment's day plus the horizon the definition
        gives the action in the guidance of the chosen level."""
        try:
            definition = self.definitions.get(record.definition_id, record.definition_version)
        except DefinitionError:
            raise InvalidInput(
                "definition_id",
                f"There is no assessment definition {record.definition_id!r} version"
                f" {record.definition_version} here, so nothing was saved.",
            ) from None
        guidance = definition.guidance.get(record.chosen_level) if record.chosen_level else None
        found = next((a for a in guidance.actions if a.id == action_id), None) if guidance else None
        if found is None:
            raise InvalidInput(
                "actions",
                f"The action {action_id!r} is not one the definition recommends at the chosen level, so"
                " nothing was saved. Untick it and add it to the action plan yourself.",
            )
        return day + timedelta(days=found.horizon_days)

    def _receipt_weekdays(self, definition_id: str | None, version: int | None) -> int | None:
        """The weekdays the municipality has to confirm a notification, as the definition of the assessment it
        was made in says (the current definition for one recorded on its own); None: no deadline."""
        try:
            definition = (
                self.definitions.get(definition_id, version)
                if definition_id and version is not None
                else self.definitions.latest()
            )
        except DefinitionError:
            return None
        prompt = definition.prompts.get("duty_to_notify")
        return prompt.receipt_weekdays if prompt else None

    def _notifications(self, where: str, params: Sequence[Any]) -> list[Notification]:
        return [
            _notification_from_row(r, self._receipt_weekdays(r[8], r[9]))
            for r in self._read(f"SELECT {NOTIFICATION_COLUMNS} FROM {NOTIFICATIONS} WHERE {where}", params)
        ]

    def assessment(self, assessment_id: int) -> AssessmentDetail:
        found = self._read(f"SELECT {ASSESSMENT_COLUMNS} FROM assessments WHERE id = ?", (assessment_id,))
        if not found:
            raise NotFound(f"There is no assessment {assessment_id} in this vault.")
        return _assessment_from_row(found[0])

    def latest_assessment(self, case_id: int, *, before: int | None = None) -> AssessmentDetail | None:
        """The newest final assessment of a case (before another one, to show what changed)."""
        sql = f"SELECT {ASSESSMENT_COLUMNS} FROM assessments WHERE case_id = ? AND status = 'final'"
        params: list[Any] = [case_id]
        if before is not None:
            sql += " AND id < ?"
            params.append(before)
        found = self._read(sql + " ORDER BY finalised_at DESC, id DESC LIMIT 1", params)
        return _assessment_from_row(found[0]) if found else None

    # --- duty to notify and police referral ----------------------------------------------------------------

    def record_notification(
        self, case_id: int, decision: NotificationDecision, assessment_id: int | None = None
    ) -> Notification:
        self._require(Role.COUNSELLOR, "record a notification")
        if decision.kind not in ("duty-to-notify", "police-referral"):
            raise InvalidInput("kind", f"Unknown kind of notification: {decision.kind}.")
        if decision.done and decision.on is None:
            raise InvalidInput("done_on", "Give the date it was done.")
        if decision.done and decision.on is not None and decision.on > self.today():
            raise InvalidInput("done_on", "The date cannot lie in the future.")
        if not decision.done and not decision.reason.strip():
            raise InvalidInput("reason", "Write why it was not done.")
        case = self._case(case_id)
        disclosure = None
        if decision.done and decision.on is not None:
            disclosure = self._checked_disclosure(notification_disclosure(decision), case.opened_on)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO notifications (case_id, assessment_id, kind, done, done_on, reason, author_id,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    assessment_id,
                    decision.kind,
                    int(decision.done),
                    decision.on.isoformat() if decision.done and decision.on else None,
                    "" if decision.done else nfc(decision.reason).strip(),
                    self.user.id,
                    audit_log.now_utc(),
                ),
            )
            notification_id = int(cursor.lastrowid)
            if disclosure is not None:  # one place for all sharing: the disclosures log
                insert_disclosure(conn, case_id, disclosure, self.user.id, notification_id)
            self._audit(AuditAction.RECORD_NOTIFICATION, "case", case_id, decision.kind)
        return self.notification(notification_id)

    def record_receipt(self, notification_id: int, on: date) -> Notification:
        """The municipality confirmed it received the notification."""
        self._require(Role.COUNSELLOR, "record a receipt")
        current = self.notification(notification_id)
        if current.kind != "duty-to-notify" or not current.done:
            raise InvalidInput("receipt_on", "Only a sent notification has a receipt.")
        if current.done_on and on < current.done_on:
            raise InvalidInput("receipt_on", "The receipt cannot come before the notification.")
        with self._write() as conn:
            conn.execute(
                "UPDATE notifications SET receipt_on = ? WHERE id = ?", (on.isoformat(), notification_id)
            )
            self._audit(AuditAction.RECORD_RECEIPT, "case", current.case_id, "duty-to-notify")
        return self.notification(notification_id)

    def notification(self, notification_id: int) -> Notification:
        found = self._notifications("n.id = ?", (notification_id,))
        if not found:
            raise NotFound(f"There is no notification {notification_id} in this vault.")
        return found[0]

    def notifications(self, case_id: int) -> list[Notification]:
        return self._notifications("n.case_id = ? ORDER BY n.id", (case_id,))

    def assessments(self, case_id: int) -> list[AssessmentSummary]:
        """A case's assessments, oldest first (the level over time)."""
        return [
            AssessmentSummary(
                r[0], r[1], datetime.fromisoformat(r[2]), _level(r[3]), _level(r[4]), r[5] == "final"
            )
            for r in self._read(
                "SELECT id, case_id, created_at, suggested_level, chosen_level, status FROM assessments"
                " WHERE case_id = ? ORDER BY created_at, id",
                (case_id,),
            )
        ]
