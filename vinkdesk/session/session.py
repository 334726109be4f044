"""The Session: the one gate to personal data. It checks the role and writes the audit row in the same
transaction as every act it records."""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from vinkdesk.domain import (
    Action,
    AgeBand,
    AssessmentDetail,
    Case,
    CaseStatus,
    CaseSummary,
    Consultation,
    District,
    Level,
    NewCase,
    NewConsultation,
    Notification,
    Role,
    SearchHit,
    SubjectKind,
    User,
)
from vinkdesk.session import rows
from vinkdesk.session.errors import InvalidInput, NotFound, PermissionDenied
from vinkdesk.session.search import SEARCH_SQL, fts_query
from vinkdesk.vault import Home, KdfParams, Vault
from vinkdesk.vault import audit as audit_log
from vinkdesk.vault.backup import write_backup
from vinkdesk.vault.database import translate_errors

log = logging.getLogger(__name__)

EARLIEST_BIRTH_YEAR = 1920
CONSULTATION_DRAFT = "consultation"  # the kind of draft an unfinished consultation is kept as
ASSESSMENT_DRAFT = "assessment"  # an assessment wizard left half-way
ASSESSMENT_COLUMNS = (
    "id, case_id, definition_id, definition_version, answers, evidence, suggested_level, reasons, gaps,"
    " chosen_level, justification, author_id, created_at, status"
)
NOTIFICATION_COLUMNS = "id, case_id, assessment_id, kind, done, done_on, reason, receipt_on"


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
    )


def _notification_from_row(row: Any) -> Notification:
    return Notification(
        id=row[0],
        case_id=row[1],
        assessment_id=row[2],
        kind=row[3],
        done=bool(row[4]),
        done_on=date.fromisoformat(row[5]) if row[5] else None,
        reason=row[6],
        receipt_on=date.fromisoformat(row[7]) if row[7] else None,
    )


LOCK_AFTER_DAYS = 7


@dataclass(frozen=True)
class AssessmentRecord:
    """What the assessment wizard hands over to be stored."""

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


@dataclass(frozen=True)
class NotificationDecision:
    """The counsellor's answer to a prompt: done on a date, or not done and why."""

    kind: str  # duty-to-notify | police-referral
    done: bool
    on: date | None = None
    reason: str = ""


@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    case_id: int
    created_at: datetime
    suggested_level: Level | None
    chosen_level: Level | None
    final: bool


def _level(text: str | None) -> Level | None:
    return Level(text) if text else None


class Session:
    """An unlocked vault and the user who unlocked it."""

    def __init__(self, vault: Vault, today: date | None = None) -> None:
        self._vault = vault
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

    # --- opening and closing -------------------------------------------------------------------------------

    @classmethod
    def create(
        cls, home: Home, display_name: str, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[Session, str]:
        vault, recovery_code = Vault.create(home, display_name, passphrase, kdf)
        return cls(vault), recovery_code

    @classmethod
    def unlock(cls, home: Home, passphrase: str) -> Session:
        session = cls(Vault.unlock(home, passphrase))
        with session._write():
            session._audit("unlock", detail="recovery code" if session.via_recovery else "")
        return session

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

    def _audit(self, action: str, object_kind: str = "", object_id: object = "", detail: str = "") -> None:
        audit_log.append(self._db, self.user.id, action, object_kind, str(object_id), detail)

    def _require(self, role: Role, what: str) -> None:
        if self.user.role != role:
            raise PermissionDenied(
                f"Only a {role.value} can {what}; you are signed in as {self.user.role.value}."
            )

    # --- users and key slots -------------------------------------------------------------------------------

    def users(self) -> list[User]:
        return [User(r[0], r[1], Role(r[2])) for r in self._read("SELECT id, display_name, role FROM users")]

    def add_supervisor(self, display_name: str, passphrase: str, kdf: KdfParams | None = None) -> User:
        """A supervisor's own slot on this vault; the supervisor types their passphrase."""
        self._require(Role.COUNSELLOR, "add a supervisor")
        name = display_name.strip()
        if not name:
            raise InvalidInput("display_name", "Enter the supervisor's name.")
        user = User(uuid.uuid4().hex, name, Role.SUPERVISOR)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO users (id, display_name, role, created_at) VALUES (?, ?, ?, ?)",
                (user.id, user.display_name, user.role.value, audit_log.now_utc()),
            )
            self._audit("add-slot", "user", user.id, "supervisor")
            # Written inside the transaction: if the keys file cannot be written, the user is not added.
            self._vault.add_slot(user.id, "supervisor", name, passphrase, kdf)
        return user

    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        self._vault.change_passphrase(old, new, kdf)
        with self._write():
            self._audit("change-passphrase", "user", self.user.id)

    def reset_passphrase(self, new: str, kdf: KdfParams | None = None) -> None:
        """After unlocking with the recovery code: a new passphrase, and a new recovery code to write down."""
        self._vault.reset_passphrase(new, kdf)
        with self._write():
            self._audit("reset-passphrase", "user", self.user.id)

    def new_recovery_code(self, kdf: KdfParams | None = None) -> str:
        self._require(Role.COUNSELLOR, "make a new recovery code")
        code = self._vault.new_recovery_code(kdf)
        with self._write():
            self._audit("new-recovery-code", "user", self.user.id)
        return code

    # --- cases ---------------------------------------------------------------------------------------------

    def create_case(self, new: NewCase) -> Case:
        self._require(Role.COUNSELLOR, "open a case")
        opened_on = new.opened_on or self.today()
        age_band = self._validate_case(new, opened_on)
        with self._write() as conn:
            ref = self._next_ref(conn, opened_on.year)
            cursor = conn.execute(
                "INSERT INTO cases (ref, subject_kind, alias, birth_year, age_band, gender, "
                "district, concern_type,"
                " referral_source, counsellor_id, opened_on, status) VALUES (?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, 'open')",
                (
                    ref,
                    new.subject_kind.value,
                    new.alias.strip(),
                    new.birth_year,
                    age_band.value,
                    new.gender.value,
                    new.district.value,
                    new.concern_type.value,
                    new.referral_source.value,
                    self.user.id,
                    opened_on.isoformat(),
                ),
            )
            case_id = cursor.lastrowid
            self._audit("create-case", "case", case_id)
        return self._case(case_id)

    def _validate_case(self, new: NewCase, opened_on: date) -> AgeBand:
        if opened_on > self.today():
            raise InvalidInput("opened_on", "A case cannot be opened on a future date.")
        if new.subject_kind is SubjectKind.PERSON:
            if not new.alias.strip():
                raise InvalidInput("alias", "Give the person an alias (never the real name).")
            if new.birth_year is None:
                raise InvalidInput(
                    "birth_year", "Enter the birth year, or choose 'anonymous' if it is not known."
                )
        if new.subject_kind is SubjectKind.GROUP and not new.alias.strip():
            raise InvalidInput("alias", "Give the group a name that does not identify anyone.")
        if new.birth_year is not None:
            if not EARLIEST_BIRTH_YEAR <= new.birth_year <= opened_on.year:
                raise InvalidInput(
                    "birth_year",
                    f"The birth year must lie between {EARLIEST_BIRTH_YEAR} and {opened_on.year}.",
                )
            return AgeBand.UNKNOWN if new.age_band is None else new.age_band
        if new.age_band is None:
            raise InvalidInput(
                "age_band", "Choose an age band (or 'unknown') for an anonymous subject or a group."
            )
        return new.age_band

    @staticmethod
    def _next_ref(conn: Any, year: int) -> str:
        row = conn.execute(
            "SELECT max(CAST(substr(ref, 6) AS INTEGER)) FROM cases WHERE ref LIKE ?", (f"{year}-%",)
        ).fetchone()
        return f"{year}-{(row[0] or 0) + 1:03d}"

    def _case(self, case_id: int) -> Case:
        found = self._read(f"SELECT {rows.CASE_COLUMNS} FROM cases c WHERE c.id = ?", (case_id,))
        if not found:
            raise NotFound(f"There is no case {case_id} in this vault.")
        return rows.case_from_row(found[0])

    def view_case(self, case_id: int) -> Case:
        """The case, with an audit row saying this user looked at it."""
        case = self._case(case_id)
        with self._write():
            self._audit("view-case", "case", case_id)
        return case

    def case_by_ref(self, ref: str) -> Case:
        found = self._read("SELECT id FROM cases WHERE ref = ?", (ref.strip(),))
        if not found:
            raise NotFound(f"There is no case with the reference {ref.strip()} in this vault.")
        return self.view_case(found[0][0])

    def list_cases(
        self,
        *,
        status: CaseStatus | None = None,
        level: Level | None = None,
        district: District | None = None,
        mine: bool = False,
        text: str = "",
    ) -> list[CaseSummary]:
        """The case list with its filters; text matches the start of the ref or of the alias."""
        where, params = [], []
        if status is not None:
            where.append("c.status = ?")
            params.append(status.value)
        if district is not None:
            where.append("c.district = ?")
            params.append(district.value)
        if mine:
            where.append("c.counsellor_id = ?")
            params.append(self.user.id)
        if text.strip():
            pattern = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(c.ref LIKE ? ESCAPE '\\' OR c.alias LIKE ? ESCAPE '\\')")
            params += [pattern, pattern]
        sql = f"SELECT {rows.SUMMARY_COLUMNS} FROM cases c"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.opened_on DESC, c.id DESC"
        summaries = [rows.summary_from_row(r) for r in self._read(sql, params)]
        if level is not None:
            summaries = [s for s in summaries if s.level == level]
        return summaries

    def close_case(self, case_id: int, on: date | None = None) -> Case:
        self._require(Role.COUNSELLOR, "close a case")
        closed_on = on or self.today()
        case = self._case(case_id)
        if closed_on < case.opened_on:
            raise InvalidInput("closed_on", "A case cannot close before it was opened.")
        with self._write() as conn:
            conn.execute(
                "UPDATE cases SET status = 'closed', closed_on = ? WHERE id = ?",
                (closed_on.isoformat(), case_id),
            )
            self._audit("close-case", "case", case_id)
        return self._case(case_id)

    def reopen_case(self, case_id: int) -> Case:
        self._require(Role.COUNSELLOR, "reopen a case")
        self._case(case_id)
        with self._write() as conn:
            conn.execute("UPDATE cases SET status = 'open', closed_on = NULL WHERE id = ?", (case_id,))
            self._audit("reopen-case", "case", case_id)
        return self._case(case_id)

    # --- consultations -------------------------------------------------------------------------------------

    def add_consultation(self, case_id: int, new: NewConsultation) -> Consultation:
        self._require(Role.COUNSELLOR, "write a consultation")
        self._case(case_id)
        self._validate_consultation(new)
        with self._write() as conn:
            consultation_id = self._insert_consultation(conn, case_id, new, supersedes=None)
            self._audit("create-consultation", "consultation", consultation_id, f"case {case_id}")
        return self.consultation(consultation_id)

    def update_consultation(self, consultation_id: int, new: NewConsultation) -> Consultation:
        """Edit in place while the consultation is open; once locked, write an amendment that keeps the
        original (supersedes)."""
        self._require(Role.COUNSELLOR, "change a consultation")
        current = self.consultation(consultation_id)
        if current.superseded_by is not None:
            raise InvalidInput(
                "consultation", "This version has already been amended; amend the latest version."
            )
        if current.author_id != self.user.id:
            raise PermissionDenied("Only the author of a consultation can change it.")
        self._validate_consultation(new)
        with self._write() as conn:
            if self.is_locked_consultation(current):
                new_id = self._insert_consultation(conn, current.case_id, new, supersedes=current.id)
                self._audit("amend-consultation", "consultation", new_id, f"amends {current.id}")
                return self.consultation(new_id)
            conn.execute(
                "UPDATE consultations SET occurred_at = ?, channel = ?, inquirer_role = ?, "
                "duration_minutes = ?,"
                " body = ?, advice = ?, next_steps = ? WHERE id = ?",
                (
                    new.occurred_at.isoformat(timespec="minutes"),
                    new.channel.value,
                    new.inquirer_role.value,
                    new.duration_minutes,
                    new.body,
                    new.advice,
                    new.next_steps,
                    current.id,
                ),
            )
            self._audit("edit-consultation", "consultation", current.id)
        return self.consultation(current.id)

    def amend_consultation(self, consultation_id: int, new: NewConsultation) -> Consultation:
        """Always an amendment: a new version that supersedes the original, which stays as history."""
        self._require(Role.COUNSELLOR, "amend a consultation")
        current = self.consultation(consultation_id)
        if current.superseded_by is not None:
            raise InvalidInput(
                "consultation", "This version has already been amended; amend the latest version."
            )
        if current.author_id != self.user.id:
            raise PermissionDenied("Only the author of a consultation can amend it.")
        self._validate_consultation(new)
        with self._write() as conn:
            new_id = self._insert_consultation(conn, current.case_id, new, supersedes=current.id)
            self._audit("amend-consultation", "consultation", new_id, f"amends {current.id}")
        return self.consultation(new_id)

    def is_locked_consultation(self, consultation: Consultation) -> bool:
        if consultation.locked_at is not None:
            return True
        return consultation.created_at.date() + timedelta(days=LOCK_AFTER_DAYS) <= self.today()

    def _validate_consultation(self, new: NewConsultation) -> None:
        if not new.body.strip():
            raise InvalidInput("body", "Write what the consultation was about before saving.")
        if not 0 <= new.duration_minutes <= 24 * 60:
            raise InvalidInput("duration_minutes", "The duration must be between 0 and 1440 minutes.")
        if new.occurred_at.date() > self.today() + timedelta(days=1):
            raise InvalidInput("occurred_at", "A consultation cannot lie in the future.")

    def _insert_consultation(
        self, conn: Any, case_id: int, new: NewConsultation, supersedes: int | None
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO consultations (case_id, occurred_at, channel, inquirer_role, duration_minutes, body,"
            " advice, next_steps, author_id, created_at, supersedes) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?)",
            (
                case_id,
                new.occurred_at.isoformat(timespec="minutes"),
                new.channel.value,
                new.inquirer_role.value,
                new.duration_minutes,
                new.body,
                new.advice,
                new.next_steps,
                self.user.id,
                audit_log.now_utc(),
                supersedes,
            ),
        )
        return int(cursor.lastrowid)

    def consultation(self, consultation_id: int) -> Consultation:
        found = self._read(
            f"SELECT {rows.CONSULTATION_COLUMNS} FROM consultations k WHERE k.id = ?", (consultation_id,)
        )
        if not found:
            raise NotFound(f"There is no consultation {consultation_id} in this vault.")
        return rows.consultation_from_row(found[0])

    def consultations(self, case_id: int, *, include_history: bool = True) -> list[Consultation]:
        """A case's consultations, newest first; amended originals included unless include_history is
        False."""
        sql = f"SELECT {rows.CONSULTATION_COLUMNS} FROM consultations k WHERE k.case_id = ?"
        if not include_history:
            sql += " AND NOT EXISTS (SELECT 1 FROM consultations n WHERE n.supersedes = k.id)"
        sql += " ORDER BY k.occurred_at DESC, k.id DESC"
        return [rows.consultation_from_row(r) for r in self._read(sql, (case_id,))]

    def search(self, text: str, *, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        """Current versions of consultations containing every word (newest written first); audited with the
        criterion."""
        query = fts_query(text)
        if query is None:
            return []
        with self._write():
            self._audit("search", detail=text.strip())
        found = self._read(SEARCH_SQL, (query, limit, offset))
        return [SearchHit(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4]) for r in found]

    # --- actions -------------------------------------------------------------------------------------------

    def add_action(
        self,
        case_id: int,
        title: str,
        responsible: str = "",
        due: date | None = None,
        assessment_id: int | None = None,
    ) -> Action:
        self._require(Role.COUNSELLOR, "add to the action plan")
        if not title.strip():
            raise InvalidInput("title", "Describe the action before adding it.")
        self._case(case_id)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO actions (case_id, assessment_id, title, responsible, due, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    assessment_id,
                    title.strip(),
                    responsible.strip(),
                    due.isoformat() if due else None,
                    audit_log.now_utc(),
                ),
            )
            self._audit("create-action", "action", cursor.lastrowid, f"case {case_id}")
        return self.action(int(cursor.lastrowid))

    def update_action(
        self,
        action_id: int,
        *,
        title: str | None = None,
        responsible: str | None = None,
        due: date | None = None,
        clear_due: bool = False,
        done: bool | None = None,
    ) -> Action:
        self._require(Role.COUNSELLOR, "change the action plan")
        current = self.action(action_id)
        if title is not None and not title.strip():
            raise InvalidInput("title", "An action needs a description.")
        new_due = None if clear_due else (due or current.due)
        with self._write() as conn:
            conn.execute(
                "UPDATE actions SET title = ?, responsible = ?, due = ?, done = ? WHERE id = ?",
                (
                    (title or current.title).strip(),
                    (current.responsible if responsible is None else responsible),
                    new_due.isoformat() if new_due else None,
                    int(current.done if done is None else done),
                    action_id,
                ),
            )
            self._audit("update-action", "action", action_id, f"case {current.case_id}")
        return self.action(action_id)

    def action(self, action_id: int) -> Action:
        found = self._read(f"SELECT {rows.ACTION_COLUMNS} FROM actions WHERE id = ?", (action_id,))
        if not found:
            raise NotFound(f"There is no action {action_id} in this vault.")
        return rows.action_from_row(found[0])

    def actions(self, case_id: int) -> list[Action]:
        return [
            rows.action_from_row(r)
            for r in self._read(
                f"SELECT {rows.ACTION_COLUMNS} FROM actions WHERE case_id = ? ORDER BY done, due "
                f"IS NULL, due, id",
                (case_id,),
            )
        ]

    # --- assessments (stored here; the wizard and its engine live in vinkdesk.assessment) ------------------

    def save_assessment(self, case_id: int, record: AssessmentRecord, at: datetime | None = None) -> int:
        self._require(Role.COUNSELLOR, "make an assessment")
        self._case(case_id)
        if record.final and record.chosen_level is None:
            raise InvalidInput("chosen_level", "Choose a level before finishing the assessment.")
        if (
            record.final
            and record.suggested_level is not None
            and record.chosen_level != record.suggested_level
            and not record.justification.strip()
        ):
            raise InvalidInput("justification", "Explain why you chose another level than the one suggested.")
        moment = (at or datetime.now()).isoformat(timespec="seconds")
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO assessments (case_id, definition_id, definition_version, answers, evidence,"
                " suggested_level, reasons, gaps, chosen_level, justification, author_id, created_at,"
                " finalised_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    record.definition_id,
                    record.definition_version,
                    json.dumps(record.answers, ensure_ascii=False),
                    json.dumps(record.evidence, ensure_ascii=False),
                    record.suggested_level.value if record.suggested_level else None,
                    json.dumps(list(record.reasons), ensure_ascii=False),
                    json.dumps(list(record.gaps), ensure_ascii=False),
                    record.chosen_level.value if record.chosen_level else None,
                    record.justification.strip(),
                    self.user.id,
                    moment,
                    moment if record.final else None,
                    "final" if record.final else "draft",
                ),
            )
            self._audit("create-assessment", "assessment", cursor.lastrowid, f"case {case_id}")
        return int(cursor.lastrowid)

    def finish_assessment(
        self,
        case_id: int,
        record: AssessmentRecord,
        actions: Sequence[str] = (),
        decisions: Sequence[NotificationDecision] = (),
        at: datetime | None = None,
    ) -> int:
        """The wizard's last step, all or nothing: the assessment, the recommended actions the counsellor
        ticked, and the decisions on the duty to notify and the police referral."""
        with self._write():
            assessment_id = self.save_assessment(case_id, record, at)
            for title in actions:
                self.add_action(case_id, title, assessment_id=assessment_id)
            for decision in decisions:
                self.record_notification(case_id, decision, assessment_id)
            self._discard_draft_in(ASSESSMENT_DRAFT, case_id)
        return assessment_id

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
                    "" if decision.done else decision.reason.strip(),
                    self.user.id,
                    audit_log.now_utc(),
                ),
            )
            self._audit("record-notification", "case", case_id, decision.kind)
        return self.notification(int(cursor.lastrowid))

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
            self._audit("record-receipt", "case", current.case_id, "duty-to-notify")
        return self.notification(notification_id)

    def notification(self, notification_id: int) -> Notification:
        found = self._read(
            f"SELECT {NOTIFICATION_COLUMNS} FROM notifications WHERE id = ?", (notification_id,)
        )
        if not found:
            raise NotFound(f"There is no notification {notification_id} in this vault.")
        return _notification_from_row(found[0])

    def notifications(self, case_id: int) -> list[Notification]:
        return [
            _notification_from_row(r)
            for r in self._read(
                f"SELECT {NOTIFICATION_COLUMNS} FROM notifications WHERE case_id = ? ORDER BY id", (case_id,)
            )
        ]

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

    # --- drafts --------------------------------------------------------------------------------------------

    def save_draft(
        self, kind: str, content: dict[str, Any], case_id: int | None = None, target_id: int | None = None
    ) -> None:
        """Unfinished work, kept inside the vault so an empty battery loses at most seconds."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO drafts (user_id, kind, case_id, target_id, content, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, kind, ifnull(case_id, 0), "
                "ifnull(target_id, 0))"
                " DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at",
                (
                    self.user.id,
                    kind,
                    case_id,
                    target_id,
                    json.dumps(content, ensure_ascii=False),
                    audit_log.now_utc(),
                ),
            )

    def drafts(self) -> list[tuple[str, int | None, int | None, dict[str, Any]]]:
        """This user's surviving drafts: (kind, case id, target id, content)."""
        return [
            (r[0], r[1], r[2], json.loads(r[3]))
            for r in self._read(
                "SELECT kind, case_id, target_id, content FROM drafts WHERE user_id = ? ORDER BY "
                "updated_at DESC",
                (self.user.id,),
            )
        ]

    def draft(
        self, kind: str, case_id: int | None = None, target_id: int | None = None
    ) -> dict[str, Any] | None:
        for found_kind, found_case, found_target, content in self.drafts():
            if (found_kind, found_case, found_target) == (kind, case_id, target_id):
                return content
        return None

    def _discard_draft_in(self, kind: str, case_id: int | None) -> None:
        self._db.execute(
            "DELETE FROM drafts WHERE user_id = ? AND kind = ? AND ifnull(case_id, 0) = ?",
            (self.user.id, kind, case_id or 0),
        )

    def discard_draft(self, kind: str, case_id: int | None = None, target_id: int | None = None) -> None:
        with self._write() as conn:
            conn.execute(
                "DELETE FROM drafts WHERE user_id = ? AND kind = ? AND ifnull(case_id, 0) = ?"
                " AND ifnull(target_id, 0) = ?",
                (self.user.id, kind, case_id or 0, target_id or 0),
            )

    # --- whole-vault acts ----------------------------------------------------------------------------------

    def backup(self, out: Path) -> None:
        with self._write():
            self._audit("backup")
        keys_bytes = self.home.keys_path.read_bytes()
        vault_id = self._read("SELECT value FROM meta WHERE key = 'vault_id'")[0][0]
        with translate_errors(self.home.db_path):
            write_backup(self._db, keys_bytes, vault_id, out)

    def audit_entries(self, case_id: int | None = None) -> list[audit_log.AuditEntry]:
        sql = "SELECT id, at, user_id, action, object_kind, object_id, detail FROM audit"
        params: list[Any] = []
        if case_id is not None:
            sql += " WHERE (object_kind = 'case' AND object_id = ?) OR detail = ?"
            params = [str(case_id), f"case {case_id}"]
        return [audit_log.AuditEntry(*r) for r in self._read(sql + " ORDER BY id", params)]
